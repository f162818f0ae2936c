import type { Compliance, PlannedMonth } from '@contract/planned';
import { percent } from '../../../components/manager/format';
import { t } from '../../../i18n';

/** red: below a 100 % target (life support, high risk) or overdue work now; good: the target met; plain: no target. */
export type PlannedTone = 'red' | 'good' | 'plain' | 'none';

export interface PlannedCard {
  key: 'maintenance' | 'critical' | 'rounds' | 'overdue' | 'failed';
  label: string;
  value: string;
  sub?: string;
  target?: string;
  tone: PlannedTone;
}

const ratio = (c: Compliance) => t('pm.onTimeOfDue', { onTime: c.onTime, due: c.due });

/** The month's planned-maintenance numbers as cards: life-support/high-risk against their 100 % target, overdue work red while any is left. */
export function plannedCards(m: PlannedMonth): PlannedCard[] {
  const critical = m.critical.rate;
  const criticalTone: PlannedTone = critical === null ? 'none' : critical < m.criticalTarget ? 'red' : 'good';
  return [
    { key: 'maintenance', label: t('pm.kpi.maintenance'), value: percent(m.maintenance.rate), sub: ratio(m.maintenance), tone: m.maintenance.rate === null ? 'none' : 'plain' },
    { key: 'critical', label: t('pm.kpi.critical'), value: percent(critical), sub: ratio(m.critical), target: t('dash.kpi.target', { n: `${Math.round(m.criticalTarget * 100)}%` }), tone: criticalTone },
    { key: 'rounds', label: t('pm.kpi.rounds'), value: percent(m.rounds.rate), sub: ratio(m.rounds), tone: m.rounds.rate === null ? 'none' : 'plain' },
    { key: 'overdue', label: t('pm.kpi.overdue'), value: String(m.overdueNow), tone: m.overdueNow > 0 ? 'red' : 'good' },
    { key: 'failed', label: t('pm.kpi.failed'), value: String(m.failedItems), sub: t('pm.kpi.failedTickets', { n: m.correctiveTickets.length }), tone: 'plain' },
  ];
}
