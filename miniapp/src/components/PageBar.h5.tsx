import { View, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { t } from '../i18n';
import { HOME_URL } from '../services/auth';
import { usePageTitle } from './pageTitle';
import './PageBar.scss';

/**
 * The web build has no navigation bar (Taro shows none unless asked): the page's title and a
 * back control, which goes home when the page was opened directly (a scanned link, a reload).
 */
export function PageBar({ title }: { title: string }) {
  usePageTitle(title);
  function back() {
    if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
    else void Taro.reLaunch({ url: HOME_URL });
  }
  return (
    <View className="page-bar" data-testid="page-bar">
      <View className="page-bar__back" role="button" aria-label={t('common.back')} data-testid="page-back" onClick={back}>
        <Text className="page-bar__chevron">‹</Text>
        <Text>{t('common.back')}</Text>
      </View>
      <View className="page-bar__title" role="heading" aria-level={1}>
        {title}
      </View>
    </View>
  );
}
