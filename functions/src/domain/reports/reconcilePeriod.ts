import { addDays, format, parseISO } from 'date-fns';
import type { Clock, TicketRepository } from '../ports';
import type { Hospital, TicketRecord } from '../records';
export { MAX_RECONCILE_DAYS } from '../../contract/dashboard';
import type { AggregateRepository, AggregateRow, ReconcileRun } from './aggregatePort';
import { openFaultChange } from './openFaults';
import { cellCorrections, expectedCells } from './reconcile';
import { AGG_KINDS, reportedDay } from './ticketDeltas';
import { ticketSheetRow } from './ticketSheet';

/**
 * A ticket changed this recently may still be on its way through the stream: its day is left
 * for the next run rather than corrected under the consumer's feet.
 */
export const SETTLE_MS = 5 * 60_000;
const PAGE = 100;

/** How appliedVersions names a ticket version it found applied. */
export const appliedKey = (ticketId: string, version: number) => `${ticketId}@${version}`;

export interface ReconcileDeps {
  tickets: Pick<TicketRepository, 'searchByToken'>;
  aggregates: AggregateRepository;
  clock: Clock;
}

/** Every ticket numbered on one day: the day's number search items (AP-56), a page at a time. */
async function ticketsNumberedOn(deps: ReconcileDeps, hospitalId: string, numberPrefix: string): Promise<TicketRecord[]> {
  const tickets: TicketRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.tickets.searchByToken(hospitalId, { kind: 'number', prefix: numberPrefix }, { limit: PAGE, ...(cursor ? { cursor } : {}) });
    tickets.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return tickets;
}

function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = parseISO(from); format(d, 'yyyy-MM-dd') <= to; d = addDays(d, 1)) days.push(format(d, 'yyyy-MM-dd'));
  return days;
}

/**
 * Recomputes the aggregates of the days from..to from the tickets themselves and repairs what
 * drifted (after a crash, a bug fix or a migration). Idempotent: a second run finds nothing to
 * correct. Never a scan: each day's tickets come from its ticket numbers' search items, each
 * kind's stored items from one range Query (AP-40). A ticket whose latest version the stream
 * consumer never applied (a lost record) is marked applied, so a late redelivery adds nothing,
 * and its workbook line and open-fault item are written again.
 */
export async function reconcilePeriod(deps: ReconcileDeps, hospital: Hospital, from: string, to: string): Promise<ReconcileRun> {
  const hospitalId = hospital.id;
  const now = deps.clock.now();
  const days = daysOf(from, to);
  const stored = new Map<string, AggregateRow[]>();
  for (const kind of AGG_KINDS) {
    for (const row of await deps.aggregates.listDays(hospitalId, kind, from, to)) stored.set(row.day, [...(stored.get(row.day) ?? []), row]);
  }
  const run: ReconcileRun = { hospitalId, ranAt: now.toISOString(), from, to, days: days.length, tickets: 0, corrected: 0, conflicts: 0, lostVersions: 0, unsettledDays: [] };
  for (const day of days) {
    const numbered = await ticketsNumberedOn(deps, hospitalId, `${hospital.ticketPrefix}${day.replaceAll('-', '')}-`.toUpperCase());
    // Counted under the day it was reported in the hospital's zone, as the stream consumer counts it.
    const tickets = numbered.filter((t) => reportedDay(t.createdAt, hospital.timezone) === day);
    if (tickets.some((t) => now.getTime() - Date.parse(t.updatedAt) < SETTLE_MS)) {
      run.unsettledDays.push(day);
      continue;
    }
    run.tickets += tickets.length;
    const applied = await deps.aggregates.appliedVersions(hospitalId, tickets.map((t) => ({ ticketId: t.id, version: t.version })));
    for (const t of tickets.filter((x) => !applied.has(appliedKey(x.id, x.version)))) {
      await deps.aggregates.restoreLost(hospitalId, { ticketId: t.id, version: t.version, sheetRow: ticketSheetRow(t, hospital.timezone), openFault: openFaultChange(null, t) });
      run.lostVersions += 1;
    }
    const corrections = cellCorrections(expectedCells(tickets, hospital.timezone), stored.get(day) ?? []);
    const { corrected, conflicts } = await deps.aggregates.correctCells(hospitalId, corrections);
    run.corrected += corrected;
    run.conflicts += conflicts;
  }
  await deps.aggregates.recordReconcile(run);
  return run;
}
