import { View, Text } from '@tarojs/components';
import { Image } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import type { Ticket } from '@contract/tickets';
import { formatTime, t } from '../../i18n';
import './CompletionRecord.scss';

/**
 * What the technician recorded on completing the job: the note, the parts and their cost, the
 * photos after the repair. The reporter reads it before confirming; the technician sees it on
 * the completed job.
 */
export function CompletionRecord({ ticket }: { ticket: Ticket }) {
  const completion = ticket.completion;
  if (!completion) return null;
  const urls = completion.photos.map((p) => p.url);
  return (
    <View className="card completion-record" data-testid="completion">
      <View className="card-title">
        {t('ticket.completion')}
        {ticket.times.completedAt ? <Text className="card-title__extra">{formatTime(ticket.times.completedAt)}</Text> : null}
      </View>
      <View className="completion-record__note">{completion.note || t('ticket.noCompletionNote')}</View>
      {completion.parts.length > 0 ? (
        <View className="completion-record__parts" data-testid="completion-parts">
          {completion.parts.map((p, i) => (
            <View key={i} className="muted">
              {t('ticket.part', { name: p.name, quantity: p.quantity, unitCost: p.unitCost.toFixed(2) })}
            </View>
          ))}
          <View className="completion-record__cost">{t('ticket.partsCost', { cost: completion.partsCost.toFixed(2) })}</View>
        </View>
      ) : null}
      {urls.length > 0 ? (
        <View className="completion-record__photos-block">
          <View className="muted">{t('ticket.afterPhotos')}</View>
          <View className="completion-record__photos" data-testid="completion-photos">
            {urls.map((url, i) => (
              <View
                key={completion.photos[i]!.key}
                className="completion-record__photo"
                data-testid="completion-photo"
                onClick={() => void Taro.previewImage({ urls, current: url }).catch(() => undefined)}
              >
                <Image src={url} width="100%" height="100%" mode="aspectFill" radius={6} />
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </View>
  );
}
