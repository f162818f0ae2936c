import type { PlanCriticality, WorkOrderStatus } from '@contract/planned';
import { t } from '../../../i18n';
import { day, hospitalDate } from '../../manager/format';

const DAY_MS = 86_400_000;

/** Whole days from one hospital calendar day to another (yyyy-MM-dd), counted at noon UTC so no zone shifts it. */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / DAY_MS);
}

/** The hospital's today (yyyy-MM-dd). */
export function hospitalToday(now = new Date()): string {
  return day(hospitalDate(now));
}

/** A calendar day as "12月1日" / "12/1". */
export function dayLabel(d: string): string {
  const [, , m, dd] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d) ?? [];
  return m && dd ? t('planned.day', { m: Number(m), d: Number(dd) }) : d;
}

export type WindowTone = 'notOpen' | 'open' | 'lastDay' | 'overdue';

/**
 * Where today is in an order's window: not open yet ("3 天后开始"), open ("还剩 N 天", to the
 * last on-time day), its last day ("今天截止") or past it ("已逾期 N 天").
 */
export function windowState(order: { opensOn: string; closesOn: string }, today: string): { tone: WindowTone; text: string } {
  const toOpen = daysFrom(today, order.opensOn);
  if (toOpen > 0) return { tone: 'notOpen', text: t('planned.opensIn', { n: toOpen }) };
  const left = daysFrom(today, order.closesOn);
  if (left > 0) return { tone: 'open', text: t('planned.daysLeft', { n: left }) };
  if (left === 0) return { tone: 'lastDay', text: t('planned.dueToday') };
  return { tone: 'overdue', text: t('planned.overdue', { n: -left }) };
}

export function windowRange(order: { opensOn: string; closesOn: string }): string {
  return t('planned.window', { opens: dayLabel(order.opensOn), closes: dayLabel(order.closesOn) });
}

export const criticalityLabel = (c: PlanCriticality): string => t(`planned.crit.${c}`);
export const statusLabel = (s: WorkOrderStatus): string => t(`planned.status.${s}`);

/** Open orders whose last on-time day has passed. */
export function countOverdue(orders: readonly { closesOn: string; status: WorkOrderStatus }[], today: string): number {
  return orders.filter((o) => o.status !== 'done' && daysFrom(today, o.closesOn) < 0).length;
}

/** The most pressing first: the earliest last day, then life support, then high risk. */
export function byUrgency(a: { closesOn: string; criticality: PlanCriticality }, b: { closesOn: string; criticality: PlanCriticality }): number {
  const rank: Record<PlanCriticality, number> = { lifeSupport: 0, highRisk: 1, normal: 2 };
  return a.closesOn.localeCompare(b.closesOn) || rank[a.criticality] - rank[b.criticality];
}
