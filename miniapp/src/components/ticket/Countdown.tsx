import { useEffect, useState } from 'react';
import { Text } from '@tarojs/components';
import type { TicketSummary } from '@contract/tickets';
import { hasMessage, t } from '../../i18n';
import { formatRemaining } from './countdown';
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

/** "接单 剩 12:05" ticking down; red "已超时" once the deadline has passed. */
export function Countdown({ deadline, now }: { deadline: TicketSummary['nextDeadline']; now: number }) {
  if (!deadline) return null;
  const { text, overdue } = formatRemaining(deadline.dueAt, now);
  const kindKey = `deadline.${deadline.kind}`;
  const late = overdue || deadline.overdue;
  return (
    <Text className={`countdown ${late ? 'countdown--overdue' : ''}`} data-testid="countdown" data-overdue={late ? 'true' : 'false'}>
      {hasMessage(kindKey) ? t(kindKey) : deadline.kind} {text}
    </Text>
  );
}
