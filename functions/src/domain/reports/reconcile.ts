import type { TicketRecord } from '../records';
import type { AggregateCell } from './ticketDeltas';
import { cellId, ticketCells } from './ticketDeltas';
import { addInto } from './counters';
import type { AggregateRow } from './aggregatePort';

/**
 * One aggregate item put right: the counters to ADD (what the tickets say minus what is
 * stored), and the stored values they were computed from, which the write checks, so a
 * change the stream consumer applies meanwhile is never overwritten (the day is tried again).
 */
export interface CellCorrection {
  cell: AggregateCell;
  /** counter → the value read (0 when absent); the write is conditional on these. */
  read: Record<string, number>;
}

/** Every aggregate item the tickets are counted under, summed, keyed by cellId. */
export function expectedCells(tickets: readonly TicketRecord[], timezone: string): Map<string, AggregateCell> {
  const cells = new Map<string, AggregateCell>();
  for (const t of tickets) {
    for (const c of ticketCells(t, timezone)) {
      const id = cellId(c);
      const existing = cells.get(id);
      if (existing) {
        addInto(existing.counters, c.counters, 1);
        // The latest ticket's descriptive attributes win, as they do in the stream consumer.
        existing.attrs = { ...existing.attrs, ...c.attrs };
      } else cells.set(id, { ...c, counters: { ...c.counters } });
    }
  }
  return cells;
}

/**
 * The corrections that make the stored items of some days equal the recomputation: a counter
 * that differs is corrected by its difference; a stored item no ticket is counted under any
 * more is brought to zero. Counters that agree are left out, so equal days give no correction.
 */
export function cellCorrections(expected: ReadonlyMap<string, AggregateCell>, stored: readonly AggregateRow[]): CellCorrection[] {
  const storedById = new Map(stored.map((r) => [cellId(r), r]));
  const ids = new Set([...expected.keys(), ...storedById.keys()]);
  const corrections: CellCorrection[] = [];
  for (const id of ids) {
    const want = expected.get(id);
    const have = storedById.get(id);
    const names = new Set([...Object.keys(want?.counters ?? {}), ...Object.keys(have?.counters ?? {})]);
    const diff: Record<string, number> = {};
    const read: Record<string, number> = {};
    for (const name of names) {
      const w = want?.counters[name] ?? 0;
      const h = have?.counters[name] ?? 0;
      if (w !== h) {
        diff[name] = w - h;
        read[name] = h;
      }
    }
    if (Object.keys(diff).length === 0) continue;
    const base = (want ?? have)!;
    corrections.push({ cell: { kind: base.kind, day: base.day, value: base.value, attrs: want?.attrs ?? have?.attrs ?? {}, counters: diff }, read });
  }
  return corrections;
}
