import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { t } from '../i18n';
import { EmptyState } from './EmptyState';

/** What a screen shows before its data is there: the error with a retry, or "loading". */
export function LoadState({ error, onRetry }: { error: string | null; onRetry: () => void }) {
  if (error) {
    return (
      <View className="page">
        <EmptyState error description={error} />
        <Button type="primary" block onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </View>
    );
  }
  return <View className="page center-state">{t('common.loading')}</View>;
}
