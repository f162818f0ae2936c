import type { TimeStateView } from '@contract/tickets';
import { t } from '../../i18n';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** "12:05" under an hour (minutes:seconds ticking), "2小时05分" above. */
export function formatLeft(ms: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (ms >= HOUR_MS) return t('countdown.hours', { h: Math.floor(ms / HOUR_MS), m: pad(Math.floor((ms % HOUR_MS) / MINUTE_MS)) });
  return `${pad(Math.floor(ms / MINUTE_MS))}:${pad(Math.floor((ms % MINUTE_MS) / 1000))}`;
}

/**
 * The server's time state carried forward to `serverNow` (the server's clock, see useServerNow):
 * a running deadline that passes turns breached, a breach keeps counting its minutes. Nothing
 * else is decided here: the state is the API's (domain/sla/timeState.ts).
 */
export function liveTimeState(ts: TimeStateView, serverNow: number): TimeStateView {
  if (!ts.dueAt || (ts.state !== 'running' && ts.state !== 'breached')) return ts;
  const lateMs = serverNow - Date.parse(ts.dueAt);
  if (lateMs <= 0) return ts;
  return { ...ts, state: 'breached', overdueMinutes: Math.max(ts.overdueMinutes, Math.floor(lateMs / MINUTE_MS)) };
}

/** How many of the rows are breached now: the header counts exactly the rows shown red. */
export function countBreached(items: readonly { timeState: TimeStateView }[], serverNow: number): number {
  return items.filter((x) => liveTimeState(x.timeState, serverNow).state === 'breached').length;
}

const STATE_RANK: Record<TimeStateView['state'], number> = { breached: 0, running: 1, paused: 2, none: 3 };

/** Sort key: breached first (the latest first), then the nearest deadline, paused and done last. */
export function byTimeState(a: { timeState: TimeStateView }, b: { timeState: TimeStateView }): number {
  const ra = STATE_RANK[a.timeState.state];
  const rb = STATE_RANK[b.timeState.state];
  if (ra !== rb) return ra - rb;
  const da = a.timeState.dueAt ? Date.parse(a.timeState.dueAt) : Number.POSITIVE_INFINITY;
  const db = b.timeState.dueAt ? Date.parse(b.timeState.dueAt) : Number.POSITIVE_INFINITY;
  return da - db;
}
