import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { t } from '../i18n';
import { a11y } from './a11y';
import { currentScreenUrl } from '../i18n/switchLocale';
import { SCREENS } from '../services/roles';

/** "我的 · Me" from any screen: the page remembers where it was opened from, to come back there. */
export function MeLink({ className = '' }: { className?: string }) {
  return (
    <Text
      className={`link me-link ${className}`}
      {...a11y({ role: 'link' })}
      data-testid="me-link"
      onClick={() => void Taro.navigateTo({ url: SCREENS.me(currentScreenUrl()) })}
    >
      {t('me.link')}
    </Text>
  );
}
