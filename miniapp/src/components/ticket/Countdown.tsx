import { useEffect, useMemo, useState } from 'react';
import { Text } from '@tarojs/components';
import type { TimeStateView } from '@contract/tickets';
import { hasMessage, t } from '../../i18n';
import { formatLeft, liveTimeState } from './countdown';
import './Countdown.scss';

/** The current time, re-read every `intervalMs` (one timer per list is enough: pass `now` down). */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

/** The server's clock now, from the instant of its last answer (`at`) plus the time passed since it arrived. */
export function useServerNow(at: string | undefined, now: number): number {
  const skewMs = useMemo(() => (at ? Date.parse(at) - Date.now() : 0), [at]);
  return now + skewMs;
}

function label(kind: string | null): string {
  if (!kind) return '';
  const key = `deadline.${kind}`;
  return hasMessage(key) ? t(key) : kind;
}

/** "接单 剩 12:05" ticking down; red "接单 超时 12 分钟" once missed; "已挂起：等配件" on hold. */
export function Countdown({ state, serverNow }: { state: TimeStateView; serverNow: number }) {
  const live = liveTimeState(state, serverNow);
  if (live.state === 'none') return null;
  if (live.state === 'paused') {
    return (
      <Text className="countdown countdown--paused" data-testid="countdown" data-state="paused">
        {live.pauseReason ? t('countdown.pausedBecause', { reason: live.pauseReason }) : t('countdown.paused')}
      </Text>
    );
  }
  const breached = live.state === 'breached';
  const text = breached ? t('countdown.overdueMinutes', { n: live.overdueMinutes }) : t('countdown.left', { span: formatLeft(Date.parse(live.dueAt!) - serverNow) });
  return (
    <Text className={`countdown ${breached ? 'countdown--overdue' : ''}`} data-testid="countdown" data-state={live.state} data-overdue={breached ? 'true' : 'false'}>
      {label(live.kind)} {text}
      {breached && live.escalationLevel > 0 ? ` · ${t('countdown.escalated', { n: live.escalationLevel })}` : ''}
    </Text>
  );
}
