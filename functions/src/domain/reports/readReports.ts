import { reconcileRunView } from '../../presenters/reconcileRunView';
import type { Dashboard } from '../../contract/dashboard';
import { TicketChannel } from '../../contract/enums';
import { countNotCalledBack, type CallbacksOwedCounter } from './notCalledBack';
import type { DepartmentReport, Heatmap, TechnicianReport, VendorReport } from '../../contract/reports';
import type { CategoryRecord } from '../records';
import type { AggregateRepository, AggregateRow } from './aggregatePort';
import { C, STATUSES, get, quantileMinutes, rate, sumCounters, type Counters, type DurationName } from './counters';
import type { AggKind } from './ticketDeltas';
import { periodView, type Period } from './period';

/** Rows grouped by a key, their counters summed, with the attributes of the latest row. */
export function group(rows: readonly AggregateRow[], keyOf: (r: AggregateRow) => string): Map<string, { attrs: Record<string, string>; counters: Counters }> {
  const groups = new Map<string, { attrs: Record<string, string>; counters: Counters }>();
  for (const row of rows) {
    const key = keyOf(row);
    const g = groups.get(key) ?? { attrs: {}, counters: {} };
    g.attrs = { ...g.attrs, ...row.attrs };
    g.counters = sumCounters([g.counters, row.counters]);
    groups.set(key, g);
  }
  return groups;
}

const duration = (c: Counters, d: DurationName) => {
  const count = get(c, C.durationCount(d));
  return { count, meanMinutes: count > 0 ? round(get(c, C.durationMinutes(d)) / count) : null, p90Minutes: quantileMinutes(c, d, 0.9) };
};
export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
export const yuan = (fen: number) => Math.round(fen) / 100;
export const mean = (sum: number, n: number) => (n > 0 ? round(sum / n, 2) : null);

/** Reads each dimension kind at most once per request. */
function cachedReader(repo: AggregateRepository, hospitalId: string, period: Period) {
  const cache = new Map<AggKind, Promise<AggregateRow[]>>();
  return (kind: AggKind) => {
    let rows = cache.get(kind);
    if (!rows) cache.set(kind, (rows = repo.listDays(hospitalId, kind, period.from, period.to)));
    return rows;
  };
}

export interface DashboardFilter {
  building?: string;
  category?: string;
}

function counts(groups: Map<string, { attrs: Record<string, string>; counters: Counters }>, labelOf: (key: string, attrs: Record<string, string>) => string) {
  return [...groups.entries()]
    .map(([key, g]) => ({ key, label: labelOf(key, g.attrs), count: get(g.counters, C.reported) }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** The dashboard of the contract from the aggregates: a bounded number of Queries whatever the number of tickets. */
export async function readDashboard(
  repo: AggregateRepository,
  hospitalId: string,
  period: Period,
  filter: DashboardFilter,
  categories: readonly CategoryRecord[],
  callbacksOwed: { counter: CallbacksOwedCounter; now: Date },
): Promise<Dashboard> {
  const read = cachedReader(repo, hospitalId, period);
  const { building, category } = filter;
  const reconciled = repo.lastReconcile(hospitalId).then((run) => (run ? reconcileRunView(run) : null));
  const notCalledBack = countNotCalledBack(callbacksOwed.counter, hospitalId, period, callbacksOwed.now, { building, category });
  const isCat = (r: AggregateRow) => !category || r.attrs.categoryCode === category;
  const isBld = (r: AggregateRow) => !building || r.attrs.buildingId === building;

  let totalsRows: AggregateRow[];
  if (building && category) totalsRows = (await read('CATBLD')).filter((r) => isCat(r) && isBld(r));
  else if (category) totalsRows = (await read('CAT')).filter(isCat);
  else if (building) totalsRows = (await read('BLD')).filter(isBld);
  else totalsRows = await read('ALL');
  const byCategoryRows = building ? (await read('CATBLD')).filter((r) => isBld(r) && isCat(r)) : (await read('CAT')).filter(isCat);
  const byBuildingRows = category ? (await read('CATBLD')).filter((r) => isCat(r) && isBld(r)) : (await read('BLD')).filter(isBld);
  const byDepartmentRows = building || category ? (await read('DEPTCATBLD')).filter((r) => isCat(r) && isBld(r)) : await read('DEPT');

  const c = sumCounters(totalsRows.map((r) => r.counters));
  const categoryName = new Map(categories.map((x) => [x.code, x.nameZh]));
  return {
    period: { from: period.from, to: period.to },
    tickets: {
      reported: get(c, C.reported),
      byStatus: Object.fromEntries(STATUSES.map((s) => [s, get(c, C.status(s))])) as Dashboard['tickets']['byStatus'],
      byCategory: counts(group(byCategoryRows, (r) => r.attrs.categoryCode ?? r.value), (key) => categoryName.get(key) ?? key),
      byBuilding: counts(group(byBuildingRows, (r) => r.attrs.buildingId ?? r.value), (key, attrs) => attrs.label ?? key),
      byDepartment: counts(group(byDepartmentRows, (r) => r.attrs.department ?? r.value), (key) => key),
      byChannel: Object.fromEntries(TicketChannel.options.map((ch) => [ch, get(c, C.channel(ch))])) as Dashboard['tickets']['byChannel'],
    },
    sla: {
      accept: { met: get(c, C.acceptMet), total: get(c, C.acceptTotal), rate: rate(get(c, C.acceptMet), get(c, C.acceptTotal)) },
      arrive: { met: get(c, C.arriveMet), total: get(c, C.arriveTotal), rate: rate(get(c, C.arriveMet), get(c, C.arriveTotal)) },
    },
    times: { toAccept: duration(c, 'acc'), toArrive: duration(c, 'arr'), toComplete: duration(c, 'cmp') },
    firstTimeFix: { met: get(c, C.ftfMet), total: get(c, C.ftfTotal), rate: rate(get(c, C.ftfMet), get(c, C.ftfTotal)) },
    reopened: get(c, C.reopened),
    satisfaction: {
      rated: get(c, C.rated),
      satisfied: get(c, C.satisfied),
      rate: rate(get(c, C.satisfied), get(c, C.rated)),
      averageScore: mean(get(c, C.scoreSum), get(c, C.rated)),
    },
    callbacksDone: get(c, C.callbacks),
    callbacksNotMade: await notCalledBack,
    complaints: get(c, C.complaints),
    reconciled: await reconciled,
  };
}

function performance(c: Counters) {
  return {
    jobs: get(c, C.reported),
    completed: get(c, C.durationCount('cmp')),
    acceptSla: rate(get(c, C.acceptMet), get(c, C.acceptTotal)),
    arriveSla: rate(get(c, C.arriveMet), get(c, C.arriveTotal)),
    averageRating: mean(get(c, C.scoreSum), get(c, C.rated)),
    satisfaction: rate(get(c, C.satisfied), get(c, C.rated)),
    reopenRate: rate(get(c, C.reopened), get(c, C.ftfTotal)),
    firstTimeFix: rate(get(c, C.ftfMet), get(c, C.ftfTotal)),
    mttrMinutes: mean(get(c, C.durationMinutes('cmp')), get(c, C.durationCount('cmp'))),
  };
}

export async function readTechnicianReport(repo: AggregateRepository, hospitalId: string, period: Period, category?: string): Promise<TechnicianReport> {
  // TECH items are not split by category: a category filter does not apply to them.
  void category;
  const rows = await repo.listDays(hospitalId, 'TECH', period.from, period.to);
  const items = [...group(rows, (r) => r.value).entries()].map(([userId, g]) => ({ userId, name: g.attrs.label ?? userId, ...performance(g.counters) }));
  items.sort((a, b) => b.jobs - a.jobs || a.userId.localeCompare(b.userId));
  return { period: periodView(period), items };
}

/** Vendors are the categories' teams (contract supervision): the category items grouped by the team each category has now. */
export async function readVendorReport(repo: AggregateRepository, hospitalId: string, period: Period, categories: readonly CategoryRecord[], category?: string): Promise<VendorReport> {
  const teamOf = new Map(categories.map((c) => [c.code, c.team]));
  const rows = (await repo.listDays(hospitalId, 'CAT', period.from, period.to)).filter((r) => !category || r.value === category);
  const byTeam = new Map<string, { categories: Set<string>; counters: Counters[] }>();
  for (const row of rows) {
    const team = teamOf.get(row.value) ?? row.value;
    const entry = byTeam.get(team) ?? { categories: new Set<string>(), counters: [] };
    entry.categories.add(row.value);
    entry.counters.push(row.counters);
    byTeam.set(team, entry);
  }
  const items = [...byTeam.entries()].map(([team, e]) => ({ team, categories: [...e.categories].sort(), ...performance(sumCounters(e.counters)) }));
  items.sort((a, b) => b.jobs - a.jobs || a.team.localeCompare(b.team));
  return { period: periodView(period), items };
}

export async function readDepartmentReport(repo: AggregateRepository, hospitalId: string, period: Period, category?: string): Promise<DepartmentReport> {
  const rows = category
    ? (await repo.listDays(hospitalId, 'DEPTCATBLD', period.from, period.to)).filter((r) => r.attrs.categoryCode === category)
    : await repo.listDays(hospitalId, 'DEPT', period.from, period.to);
  const items = [...group(rows, (r) => r.attrs.department ?? r.value).entries()].map(([department, g]) => ({
    department,
    tickets: get(g.counters, C.reported),
    partsCost: yuan(get(g.counters, C.partsFen)),
  }));
  items.sort((a, b) => b.partsCost - a.partsCost || b.tickets - a.tickets || a.department.localeCompare(b.department));
  return { period: periodView(period), items, totalPartsCost: yuan(items.reduce((s, i) => s + Math.round(i.partsCost * 100), 0)) };
}

export async function readHeatmap(repo: AggregateRepository, hospitalId: string, period: Period): Promise<Heatmap> {
  const [buildingRows, floorRows] = await Promise.all([
    repo.listDays(hospitalId, 'BLD', period.from, period.to),
    repo.listDays(hospitalId, 'FLOOR', period.from, period.to),
  ]);
  const floors = group(floorRows, (r) => r.value);
  const buildings = [...group(buildingRows, (r) => r.value).entries()].map(([buildingId, g]) => ({
    buildingId,
    name: g.attrs.label ?? buildingId,
    faults: get(g.counters, C.failures),
    floors: [...floors.entries()]
      .filter(([, f]) => f.attrs.buildingId === buildingId)
      .map(([floorId, f]) => ({ floorId, name: f.attrs.label ?? floorId, faults: get(f.counters, C.failures) }))
      .filter((f) => f.faults > 0)
      .sort((a, b) => b.faults - a.faults || a.floorId.localeCompare(b.floorId)),
  }));
  return { period: periodView(period), buildings: buildings.filter((b) => b.faults > 0).sort((a, b) => b.faults - a.faults || a.buildingId.localeCompare(b.buildingId)) };
}
