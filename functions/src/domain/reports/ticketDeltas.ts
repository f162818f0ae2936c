import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { TicketRecord } from '../records';
import { partsCost } from '../tickets/lifecycle';
import { C, addInto, bucketOf, type Counters, type DurationName } from './counters';

/**
 * The dimensions a ticket is counted under, each one aggregate item per reported day:
 * ALL (the hospital), CAT (category), BLD (building), CATBLD, DEPT (reporting department),
 * DEPTCATBLD (department within category and building, for a filtered dashboard), TECH
 * (assignee), ASSET, FLOOR (heat map). Vendors are categories grouped by their team at read time.
 */
export const AGG_KINDS = ['ALL', 'CAT', 'BLD', 'CATBLD', 'DEPT', 'DEPTCATBLD', 'TECH', 'ASSET', 'FLOOR'] as const;
export type AggKind = (typeof AGG_KINDS)[number];

/** One aggregate item's share of a ticket: where it goes, descriptive attributes (latest wins), the numbers. */
export interface AggregateCell {
  kind: AggKind;
  /** The ticket's reported day in the hospital's zone, yyyy-MM-dd. */
  day: string;
  /** The dimension's value ('-' for ALL); parts joined with '#'. */
  value: string;
  attrs: Record<string, string>;
  counters: Counters;
}

export const cellId = (c: Pick<AggregateCell, 'kind' | 'day' | 'value'>) => `${c.kind}|${c.day}|${c.value}`;

export function reportedDay(createdAt: string, timezone: string): string {
  return format(new TZDate(new Date(createdAt), timezone), 'yyyy-MM-dd');
}

const minutesBetween = (from: string, to: string) => Math.max(0, (Date.parse(to) - Date.parse(from)) / 60_000);

function addDuration(c: Counters, d: DurationName, minutes: number): void {
  c[C.durationCount(d)] = 1;
  c[C.durationMinutes(d)] = Math.round(minutes);
  c[C.bucket(d, bucketOf(minutes))] = 1;
}

/** The numbers one ticket, as it is now, contributes to each item it is counted under. */
export function ticketCounters(t: TicketRecord): Counters {
  const c: Counters = { [C.reported]: 1, [C.status(t.status)]: 1, [C.channel(t.channel ?? 'app')]: 1 };
  // Acceptance SLA: decided once accepted (the first acceptance: acceptedAt survives reopening) or breached.
  const acceptBreached = t.breaches.some((b) => b.kind === 'accept');
  if (t.acceptedAt || acceptBreached) {
    c[C.acceptTotal] = 1;
    if (t.acceptedAt && (!t.acceptBy || t.acceptedAt <= t.acceptBy)) c[C.acceptMet] = 1;
  }
  if (t.acceptedAt) addDuration(c, 'acc', minutesBetween(t.createdAt, t.acceptedAt));
  const firstArrival = t.firstArrivedAt ?? t.arrivedAt;
  const arriveBreached = t.breaches.some((b) => b.kind === 'arrive');
  if (firstArrival || arriveBreached) {
    c[C.arriveTotal] = 1;
    if (firstArrival && (!t.arriveBy || firstArrival <= t.arriveBy)) c[C.arriveMet] = 1;
  }
  if (firstArrival) addDuration(c, 'arr', minutesBetween(t.createdAt, firstArrival));
  // Completion (MTTR): report → the latest completion; a reopen takes it out until completed again.
  if (t.completedAt) addDuration(c, 'cmp', minutesBetween(t.createdAt, t.completedAt));
  if (t.completedAt || t.reopenCount > 0) {
    c[C.ftfTotal] = 1;
    if (t.completedAt && t.reopenCount === 0) c[C.ftfMet] = 1;
  }
  if (t.reopenCount > 0) c[C.reopened] = 1;
  if (t.rating) {
    c[C.rated] = 1;
    c[C.scoreSum] = t.rating.score;
    if (t.rating.score >= 4) c[C.satisfied] = 1;
  }
  if (t.callback) c[C.callbacks] = 1;
  if (t.complaint) c[C.complaints] = 1;
  if (t.completion) {
    const fen = Math.round(partsCost(t.completion.parts) * 100);
    if (fen !== 0) c[C.partsFen] = fen;
  }
  if (t.status !== 'cancelled') {
    c[C.failures] = 1;
    // Downtime: report → the reporter's confirmation (or the close, when it closed unconfirmed).
    const upAgain = t.confirmedAt ?? (t.status === 'closed' ? t.closedAt : null);
    if (upAgain) {
      c[C.downCount] = 1;
      c[C.downMinutes] = Math.round(minutesBetween(t.createdAt, upAgain));
    }
  }
  return c;
}

/** Every aggregate item a ticket is counted under, with its full contribution. */
export function ticketCells(t: TicketRecord, timezone: string): AggregateCell[] {
  const day = reportedDay(t.createdAt, timezone);
  const counters = ticketCounters(t);
  const building = t.locationAncestorIds[1] ?? '-';
  const floor = t.locationAncestorIds[2] ?? null;
  const dept = t.reporterDepartment ?? '-';
  const buildingName = t.locationPath[1] ?? building;
  const cell = (kind: AggKind, value: string, attrs: Record<string, string> = {}): AggregateCell => ({ kind, day, value, attrs, counters: { ...counters } });
  const cells = [
    cell('ALL', '-'),
    cell('CAT', t.categoryCode, { categoryCode: t.categoryCode }),
    cell('BLD', building, { buildingId: building, label: buildingName }),
    cell('CATBLD', `${t.categoryCode}#${building}`, { categoryCode: t.categoryCode, buildingId: building, label: buildingName }),
    cell('DEPT', dept, { department: dept, label: dept }),
    cell('DEPTCATBLD', `${dept}#${t.categoryCode}#${building}`, { department: dept, categoryCode: t.categoryCode, buildingId: building, label: dept }),
  ];
  if (t.assigneeId) cells.push(cell('TECH', t.assigneeId, { userId: t.assigneeId, label: t.assigneeName ?? t.assigneeId }));
  if (t.assetId) cells.push(cell('ASSET', t.assetId, { assetId: t.assetId, categoryCode: t.categoryCode, label: t.assetName ?? t.assetId, buildingId: building }));
  if (floor) cells.push(cell('FLOOR', floor, { floorId: floor, buildingId: building, label: t.locationPath[2] ?? floor, buildingLabel: buildingName }));
  return cells;
}

/**
 * What one change of a ticket adds to the aggregates: its contribution after minus before,
 * every number attributed to the ticket's reported day. Summed over a ticket's versions this
 * telescopes to the final ticket's contribution, which is what makes the aggregates equal a
 * recomputation (tested as a property). Cells whose numbers do not change are left out.
 */
export function ticketDeltas(before: TicketRecord | null, after: TicketRecord, timezone: string): AggregateCell[] {
  const cells = new Map<string, AggregateCell>();
  for (const c of ticketCells(after, timezone)) cells.set(cellId(c), c);
  for (const c of before ? ticketCells(before, timezone) : []) {
    const id = cellId(c);
    const existing = cells.get(id);
    if (existing) addInto(existing.counters, c.counters, -1);
    else cells.set(id, { ...c, counters: addInto({}, c.counters, -1) });
  }
  return [...cells.values()].filter((c) => Object.keys(c.counters).length > 0);
}
