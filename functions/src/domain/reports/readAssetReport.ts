import type { AssetReport } from '../../contract/reports';
import type { AggregateRepository } from './aggregatePort';
import { C, get } from './counters';
import { openDowntimeMinutes, type OpenFault } from './openFaults';
import { periodView, type Period } from './period';
import { group, mean, round, yuan } from './readReports';

const MINUTES_PER_DAY = 1440;

/** Availability (开机率) of one asset over a period: 1 − downtime / period, within 0..1. */
export function availability(downtimeMinutes: number, periodDays: number): number {
  return Math.min(1, Math.max(0, 1 - downtimeMinutes / (periodDays * MINUTES_PER_DAY)));
}

/** A device's open faults: the earliest report (its open faults all run until now, so their union starts there) and its name. */
function openByAsset(faults: readonly OpenFault[]): Map<string, { since: string; fault: OpenFault }> {
  const byAsset = new Map<string, { since: string; fault: OpenFault }>();
  for (const f of faults) {
    const seen = byAsset.get(f.assetId);
    if (!seen || f.reportedAt < seen.since) byAsset.set(f.assetId, { since: f.reportedAt, fault: f });
  }
  return byAsset;
}

/**
 * The league table. Downtime = the confirmed faults reported in the period (from the aggregates)
 * + the open faults' time inside the period up to `now` (read from the open-fault items, a
 * bounded Query): a device that is broken right now is never shown as 100 % available, and a
 * device still broken since before the period is listed with its downtime in it.
 */
export async function readAssetReport(repo: AggregateRepository, hospitalId: string, period: Period, now: Date, category?: string): Promise<AssetReport> {
  const ofCategory = (code: string | undefined) => !category || code === category;
  const [rows, faults] = await Promise.all([repo.listDays(hospitalId, 'ASSET', period.from, period.to), repo.listOpenFaults(hospitalId)]);
  const groups = group(rows.filter((r) => ofCategory(r.attrs.categoryCode)), (r) => r.value);
  const open = openByAsset(faults.filter((f) => ofCategory(f.categoryCode) && f.reportedAt < period.endsAt));
  const periodMinutes = period.days * MINUTES_PER_DAY;
  const assetIds = new Set([...groups.keys(), ...open.keys()]);
  const items = [...assetIds].map((assetId) => {
    const g = groups.get(assetId);
    const down = open.get(assetId);
    const counters = g?.counters ?? {};
    const failures = get(counters, C.failures);
    const openMinutes = down ? openDowntimeMinutes({ reportedAt: down.since }, period, now) : 0;
    const downtime = Math.min(periodMinutes, get(counters, C.downMinutes) + openMinutes);
    return {
      assetId,
      name: g?.attrs.label ?? down?.fault.assetName ?? assetId,
      categoryCode: g?.attrs.categoryCode ?? down?.fault.categoryCode ?? '',
      failures,
      downtimeMinutes: downtime,
      availability: round(availability(downtime, period.days), 4),
      mtbfHours: failures > 0 ? round((periodMinutes - downtime) / failures / 60) : null,
      mttrMinutes: mean(get(counters, C.durationMinutes('cmp')), get(counters, C.durationCount('cmp'))),
      partsCost: yuan(get(counters, C.partsFen)),
      downNow: down !== undefined,
      downSince: down?.since ?? null,
    };
  });
  // The league table: devices down now first, then most failures, then least available.
  items.sort((a, b) => Number(b.downNow) - Number(a.downNow) || b.failures - a.failures || a.availability - b.availability || a.assetId.localeCompare(b.assetId));
  return { period: periodView(period), items };
}
