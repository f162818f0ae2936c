import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { formatTime, t } from '../../i18n';
import type { DroppedCommand, QueuedCommand } from '../../services/offline';
import { queuedLabel } from './queuedLabel';
import './OfflineNotice.scss';

interface Props {
  pending: QueuedCommand[];
  dropped: DroppedCommand[];
  onDismiss: (key: string) => void;
}

/** What the phone keeps for this job (or planned work order) until there is a signal, and what the server refused once it had one. */
export function OfflineNotice({ pending, dropped, onDismiss }: Props) {
  if (!pending.length && !dropped.length) return null;
  return (
    <View className="offline-notice">
      {pending.length ? (
        <View className="offline-notice__saved" data-testid="offline-saved" role="status">
          <View className="offline-notice__title">{t('offline.saved')}</View>
          {pending.map((q) => (
            <View key={q.key} className="offline-notice__item" data-testid="offline-item">
              {t('offline.queued', { what: queuedLabel(q), time: formatTime(q.deviceTime) })}
            </View>
          ))}
        </View>
      ) : null}
      {dropped.map((d) => {
        const what = queuedLabel(d);
        return (
          <View key={d.key} className="offline-notice__dropped" data-testid="offline-conflict" role="alert">
            <View>{d.why === 'reassigned' ? t('offline.reassigned', { what }) : t('offline.refused', { what, message: d.message })}</View>
            <Button size="small" data-testid="offline-dismiss" onClick={() => onDismiss(d.key)}>
              {t('offline.dismiss')}
            </Button>
          </View>
        );
      })}
    </View>
  );
}
