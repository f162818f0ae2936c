import { View, Text } from '@tarojs/components';
import type { ComplaintItem } from '../../services/commands';
import { formatTime, t } from '../../i18n';
import { formatLeft } from '../ticket/countdown';
import '../ticket/Countdown.scss';
import './ComplaintClocks.scss';

const MINUTE_MS = 60_000;
type Clock = ComplaintItem['clocks'][number];

/** One clock as the API gave it, carried on to `serverNow`: running turns red once its deadline passes. */
function ClockChip({ clock, serverNow }: { clock: Clock; serverNow: number }) {
  const step = t(`complaints.step.${clock.step}`);
  if (clock.state === 'done') {
    return (
      <Text className={`countdown complaint-clock--done ${clock.late ? 'complaint-clock--late' : ''}`} data-testid={`clock-${clock.step}`} data-state="done">
        {t('complaints.doneAt', { step, time: formatTime(clock.doneAt) })}
        {clock.late ? t('complaints.doneLate', { n: clock.overdueMinutes }) : ''}
      </Text>
    );
  }
  const lateMs = serverNow - Date.parse(clock.dueAt);
  const breached = clock.state === 'breached' || lateMs > 0;
  const minutes = Math.max(clock.overdueMinutes, Math.floor(lateMs / MINUTE_MS));
  return (
    <Text className={`countdown ${breached ? 'countdown--overdue' : ''}`} data-testid={`clock-${clock.step}`} data-state={breached ? 'breached' : 'running'}>
      {step} {breached ? t('countdown.overdueMinutes', { n: minutes }) : t('countdown.left', { span: formatLeft(-lateMs) })}
      {breached && clock.escalationLevel > 0 ? ` · ${t('countdown.escalated', { n: clock.escalationLevel })}` : ''}
    </Text>
  );
}

/** A complaint's three clocks (respond 2 h, resolve 24 h, call back 48 h), in the order the desk works them. */
export function ComplaintClocks({ clocks, serverNow }: { clocks: readonly Clock[]; serverNow: number }) {
  return (
    <View className="complaint-clocks" data-testid="complaint-clocks">
      {clocks.map((c) => (
        <ClockChip key={c.step} clock={c} serverNow={serverNow} />
      ))}
    </View>
  );
}
