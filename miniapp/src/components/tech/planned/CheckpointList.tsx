import type { ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import type { ChecklistItem, ItemResult } from '@contract/planned';
import { formatTime, pick, t } from '../../../i18n';
import type { ShownCheckpoint, ShownStatus } from './workOrderView';
import './CheckpointList.scss';

const STATUS_TEXT: Record<ShownStatus, 'planned.cp.pending' | 'planned.cp.done' | 'planned.cp.skipped' | 'planned.cp.queued'> = {
  pending: 'planned.cp.pending',
  done: 'planned.cp.done',
  skipped: 'planned.cp.skipped',
  queued: 'planned.cp.queued',
};

function resultText(item: ChecklistItem | undefined, r: ItemResult): string {
  if (r.pass !== null) return t(r.pass ? 'planned.pass' : 'planned.fail');
  if (r.value !== null) return `${r.value}${item?.unit ? ` ${item.unit}` : ''}`;
  if (r.text) return r.text;
  return r.photoKey ? '📷' : '—';
}

/** When the phone recorded it, if that was offline: a minute's difference from the server's time is clock skew, not offline (as the ticket timeline). */
function offlineTime(c: { at: string | null; deviceAt: string | null }): string | null {
  if (!c.at || !c.deviceAt) return null;
  return Math.abs(Date.parse(c.at) - Date.parse(c.deviceAt)) >= 60_000 ? c.deviceAt : null;
}

interface Props {
  checkpoints: ShownCheckpoint[];
  checklist: ChecklistItem[];
  /** The current checkpoint's index: its row holds `current` (scan, then its checklist). */
  currentIndex: number | null;
  current?: ReactNode;
  onOpenTicket: (ticketId: string) => void;
}

/** The checkpoints in order: each one's state, its readings once recorded (a failed one with the repair ticket it opened). */
export function CheckpointList({ checkpoints, checklist, currentIndex, current, onOpenTicket }: Props) {
  const itemOf = (id: string) => checklist.find((i) => i.id === id);
  return (
    <View className="checkpoints" data-testid="checkpoints">
      {checkpoints.map((c) => (
        <View key={c.index} className={`checkpoint checkpoint--${c.shown} ${c.index === currentIndex ? 'checkpoint--current' : ''}`} data-testid="checkpoint">
          <View className="checkpoint__head">
            <Text className="checkpoint__no">{c.index + 1}</Text>
            <Text className="checkpoint__name">{c.name}</Text>
            <Text className={`checkpoint__status checkpoint__status--${c.shown}`} data-testid="checkpoint-status">
              {t(STATUS_TEXT[c.shown])}
            </Text>
          </View>
          {c.skipReason ? <View className="muted">{t('planned.skipReason', { reason: c.skipReason })}</View> : null}
          {c.results.length ? (
            <View className="checkpoint__results">
              {c.results.map((r) => {
                const item = itemOf(r.itemId);
                return (
                  <View key={r.itemId} className={`checkpoint__result ${r.failed ? 'checkpoint__result--failed' : ''}`} data-testid="result">
                    <Text>{item ? pick(item.label.zh, item.label.en) : r.itemId}</Text>
                    <Text className="checkpoint__value">{resultText(item, r)}</Text>
                    {r.ticketId ? (
                      <View className="link checkpoint__ticket" data-testid="corrective-ticket" onClick={() => r.ticketId && onOpenTicket(r.ticketId)}>
                        {t('planned.ticketOpened', { number: r.ticketNumber ?? '' })}
                      </View>
                    ) : null}
                  </View>
                );
              })}
            </View>
          ) : null}
          {c.at ? (
            <View className="muted">
              {t('planned.by', { who: c.by ?? '', time: formatTime(c.at) })}
              {offlineTime(c) ? t('planned.offlineAt', { time: formatTime(offlineTime(c)) }) : ''}
            </View>
          ) : null}
          {c.index === currentIndex ? current : null}
        </View>
      ))}
    </View>
  );
}
