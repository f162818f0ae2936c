import type { Plan, PlanSchedule } from '@contract/planned';
import { pick, t } from '../../../../i18n';

/** "每月", "每 14 天", "按读数：每 500 h". */
export function frequencyText(s: PlanSchedule): string {
  if (s.frequency === 'everyNDays') return t('plans.freqEvery', { n: s.everyDays ?? '?' });
  if (s.frequency === 'meter' && s.meter) return t('plans.freqMeter', { every: s.meter.every, unit: s.meter.unit });
  return t(`plans.freq.${s.frequency}`);
}

/** The device, "空调 · 12 台", or "巡检 4 个检查点". */
export function targetText(p: Plan): string {
  const x = p.target;
  if (x.kind === 'asset') return x.assetName;
  if (x.kind === 'assetType') return t('plans.targetType', { type: x.assetType, n: x.assetCount });
  return t('plans.targetRound', { n: x.checkpoints.length });
}

export const planName = (p: Pick<Plan, 'name'>) => pick(p.name.zh, p.name.en);

/** The next due day, or with a meter plan the reading at which it falls due. */
export function nextDueText(p: Plan): string {
  if (p.nextDueOn) return p.nextDueOn;
  if (p.meter) return t('plans.nextAt', { value: p.meter.nextAt, unit: p.meter.unit });
  return '—';
}
