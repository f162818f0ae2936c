import { addDays, addMonths, format, parseISO } from 'date-fns';
import type { ChecklistItemInput, CreatePlanBody, PlanSuggestion, PlanSuggestionList } from '../../contract/planned';
import type { CatalogRepository } from '../ports';
import type { AssetRecord, CategoryRecord } from '../records';
import type { AggregateRepository, AggregateRow } from '../reports/aggregatePort';
import { C, get } from '../reports/counters';
import { dayIn } from '../reports/period';
import type { DeviceOfType, PlannedReportRepository } from './reportPort';

/** Failures are counted over the last 90 days, today included (the "last 90 days"). */
export const SUGGESTION_DAYS = 90;
export const DEFAULT_SUGGESTION_THRESHOLD = 3;

/** The checklist a suggested plan starts from; the manager edits it before accepting. */
export const DEFAULT_CHECKLIST: ChecklistItemInput[] = [
  { id: 'visual', kind: 'passFail', label: { zh: '外观与运行状态检查', en: 'Appearance and running condition' }, required: true },
  { id: 'function', kind: 'passFail', label: { zh: '功能测试', en: 'Function test' }, required: true },
  { id: 'safety', kind: 'passFail', label: { zh: '安全检查（接地、报警、防护）', en: 'Safety check (earthing, alarms, guards)' }, required: true },
  { id: 'notes', kind: 'text', label: { zh: '维护记录', en: 'Maintenance notes' }, required: false },
];

/** One device type's failures in the window: how many, and under which category most of them were reported. */
export interface TypeFailures {
  assetType: string;
  failures: number;
  categoryCode: string;
}

/**
 * Failures per device type from the ASSET aggregates (one item per device and reported day) and
 * the faulted devices' types. A device no longer in the ledger is left out. The category is the
 * one most of the type's failures were reported under (ties: the first code in order).
 */
export function failuresByType(rows: readonly AggregateRow[], typeOf: ReadonlyMap<string, string>): TypeFailures[] {
  const byType = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const type = typeOf.get(row.value);
    const failures = get(row.counters, C.failures);
    if (!type || failures <= 0) continue;
    const categories = byType.get(type) ?? new Map<string, number>();
    const code = row.attrs.categoryCode ?? '';
    categories.set(code, (categories.get(code) ?? 0) + failures);
    byType.set(type, categories);
  }
  return [...byType].map(([assetType, categories]) => {
    const ranked = [...categories].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return { assetType, failures: ranked.reduce((s, [, n]) => s + n, 0), categoryCode: ranked[0]![0] };
  });
}

const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

/** The plan a suggestion proposes: monthly from `startsOn`, every device of the type, the default checklist. */
export function proposedPlan(t: TypeFailures, devices: readonly DeviceOfType[], category: CategoryRecord | undefined, startsOn: string): CreatePlanBody {
  return {
    name: { zh: `${clip(t.assetType, 90)} 月度预防性维护`, en: `${clip(t.assetType, 120)} monthly preventive maintenance` },
    target: { kind: 'assetType', assetType: t.assetType },
    schedule: { frequency: 'monthly', startsOn },
    checklist: DEFAULT_CHECKLIST.map((i) => ({ ...i, label: { ...i.label } })),
    categoryCode: t.categoryCode,
    ...(category?.team ? { team: category.team } : {}),
    // Any life-support device of the type makes the plan's 100 % target apply to the whole type.
    criticality: devices.some((d) => d.lifeSupport && !d.retired) ? 'lifeSupport' : 'normal',
  };
}

export interface SuggestionDeps {
  aggregates: Pick<AggregateRepository, 'listDays'>;
  catalog: Pick<CatalogRepository, 'getPlaceParts' | 'listCategories'>;
  plannedReports: Pick<PlannedReportRepository, 'devicesOfType'>;
}

/**
 * Device types whose failures in the last 90 days exceed `threshold`, each with a proposed plan.
 * Reads are bounded by the faults, never by the ledger: the ASSET aggregates of the 90 days
 * (AP-40, one item per faulted device and day), the faulted devices (AP-05, BatchGetItem of 100),
 * then only for the types above the threshold their devices (AP-204).
 */
export async function readPlanSuggestions(deps: SuggestionDeps, hospitalId: string, timezone: string, threshold: number, now: Date): Promise<PlanSuggestionList> {
  const today = dayIn(now, timezone);
  const since = format(addDays(parseISO(today), -(SUGGESTION_DAYS - 1)), 'yyyy-MM-dd');
  const rows = await deps.aggregates.listDays(hospitalId, 'ASSET', since, today);
  const faulted = [...new Set(rows.filter((r) => get(r.counters, C.failures) > 0).map((r) => r.value))];
  if (faulted.length === 0) return { items: [], threshold };
  const [parts, categories] = await Promise.all([deps.catalog.getPlaceParts(hospitalId, { locationIds: [], assetIds: faulted }), deps.catalog.listCategories(hospitalId)]);
  const typeOf = new Map([...parts.assets.values()].map((a: AssetRecord) => [a.id, a.type]));
  const over = failuresByType(rows, typeOf).filter((t) => t.failures > threshold);
  const startsOn = `${format(addMonths(parseISO(today), 1), 'yyyy-MM')}-01`;
  const items = await Promise.all(
    over.map(async (t): Promise<PlanSuggestion | null> => {
      const devices = await deps.plannedReports.devicesOfType(hospitalId, t.assetType);
      const inService = devices.filter((d) => !d.retired);
      if (inService.length === 0) return null;
      const category = categories.find((c) => c.code === t.categoryCode);
      return { assetType: t.assetType, categoryCode: t.categoryCode, failures: t.failures, devices: inService.length, since, proposed: proposedPlan(t, devices, category, startsOn) };
    }),
  );
  const suggestions = items.filter((s): s is PlanSuggestion => s !== null);
  suggestions.sort((a, b) => b.failures - a.failures || a.assetType.localeCompare(b.assetType));
  return { items: suggestions, threshold };
}
