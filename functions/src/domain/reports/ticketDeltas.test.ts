import fc from 'fast-check';
import { DEFAULT_LIFECYCLE_POLICY } from '../tickets/policy';
import * as life from '../tickets/lifecycle';
import type { TicketRecord } from '../records';
import { aTicket, people } from '../testing/factories';
import { addInto, type Counters } from './counters';
import type { AggregateRepository, AggregateRow } from './aggregatePort';
import { readDashboard } from './readReports';
import { cellId, ticketCells, ticketDeltas, type AggKind, type AggregateCell } from './ticketDeltas';
import { failSpotCheck } from '../vendors/spotChecks';

const ZONE = 'Asia/Shanghai';
const COMMANDS = ['assign', 'accept', 'arrive', 'hold', 'resume', 'complete', 'confirm', 'rate', 'reopen', 'cancel', 'callback', 'escalate', 'handBack'] as const;
type Command = (typeof COMMANDS)[number];
const technicians = [people.zhao, people.sun];

/** Gives one command to a ticket at a time, as the person who may give it; null when the lifecycle refuses. */
function step(t: TicketRecord, command: Command, now: Date, pick: number): life.TicketChange | null {
  const ctx: life.LifecycleContext = { now, policy: DEFAULT_LIFECYCLE_POLICY };
  const assignee = technicians.find((u) => u.id === t.assigneeId) ?? technicians[0]!;
  const reporter = people.nurse;
  try {
    switch (command) {
      case 'assign':
        return life.assign(ctx, t, people.desk, technicians[pick % 2]!, t.status === 'submitted' ? undefined : 'rebalance');
      case 'accept':
        return life.accept(ctx, t, assignee);
      case 'arrive':
        return life.arrive(ctx, t, assignee, { code: 'q', locationId: t.locationId, assetId: t.assetId });
      case 'hold':
        return life.hold(ctx, t, assignee, 'parts');
      case 'resume':
        return life.resume(ctx, t, assignee);
      case 'complete':
        return life.complete(ctx, t, assignee, { note: 'done', parts: pick % 3 === 0 ? [] : [{ name: 'fuse', quantity: pick % 4, unitCost: 12.35 }], photoKeys: [] });
      case 'confirm':
        return life.confirm(ctx, t, reporter, pick % 4 !== 0, undefined);
      case 'rate':
        return life.rate(ctx, t, reporter, 1 + (pick % 5), undefined);
      case 'reopen':
        return life.reopen(ctx, t, reporter, 'leaks again');
      case 'cancel':
        return life.cancel(ctx, t, reporter, 'fixed itself');
      case 'callback':
        return life.recordCallback(ctx, t, people.desk, { reached: true, satisfied: pick % 2 === 0 });
      case 'escalate':
        return life.escalate(ctx, t);
      case 'handBack':
        return life.handBack(ctx, t, assignee, 'not my skill');
    }
  } catch {
    return null;
  }
}

const ticketArb = fc.record({
  createdMinute: fc.integer({ min: 0, max: 60 * 24 * 20 }),
  category: fc.constantFrom('power', 'water', 'elevator'),
  building: fc.constantFrom('b1', 'b5'),
  floor: fc.constantFrom('f1', 'f2', 'f3'),
  asset: fc.constantFrom(null, 'lift-1', 'lift-2'),
  department: fc.constantFrom(null, '心内科病区', '急诊科'),
  steps: fc.array(fc.record({ command: fc.constantFrom(...COMMANDS), minutes: fc.integer({ min: 0, max: 600 }), pick: fc.nat(20) }), { maxLength: 25 }),
});

type TicketSpec = typeof ticketArb extends fc.Arbitrary<infer T> ? T : never;

interface StreamRecord {
  before: TicketRecord | null;
  after: TicketRecord;
}

/** Drives one ticket through its random lifecycle: every (before, after) pair the table's stream would carry. */
function run(i: number, spec: TicketSpec): { final: TicketRecord; records: StreamRecord[] } {
  const createdAt = new Date(Date.parse('2026-11-01T00:00:00Z') + spec.createdMinute * 60_000);
  let t = aTicket({
    id: `t${i}`,
    createdAt: createdAt.toISOString(),
    updatedAt: createdAt.toISOString(),
    acceptBy: new Date(createdAt.getTime() + 15 * 60_000).toISOString(),
    arriveBy: new Date(createdAt.getTime() + 4 * 3600_000).toISOString(),
    watch: { kind: 'accept', dueAt: new Date(createdAt.getTime() + 15 * 60_000).toISOString(), level: 0 },
    categoryCode: spec.category,
    locationAncestorIds: ['campus', spec.building, `${spec.building}-${spec.floor}`],
    assetId: spec.asset,
    assetName: spec.asset,
    reporterDepartment: spec.department,
  });
  const records: StreamRecord[] = [{ before: null, after: t }];
  let now = createdAt.getTime();
  for (const s of spec.steps) {
    now += s.minutes * 60_000;
    const change = step(t, s.command, new Date(now), s.pick);
    if (!change) continue;
    records.push({ before: change.before, after: change.after });
    t = change.after;
  }
  return { final: t, records };
}

/** The aggregator's effect: each ticket version applied once (its marker), whatever is redelivered. */
function applyStream(records: readonly StreamRecord[]): Map<string, AggregateCell> {
  const done = new Set<string>();
  const items = new Map<string, AggregateCell>();
  for (const r of records) {
    const marker = `${r.after.id}#${r.after.version}`;
    if (done.has(marker)) continue;
    done.add(marker);
    for (const cell of ticketDeltas(r.before, r.after, ZONE)) {
      const id = cellId(cell);
      const item = items.get(id) ?? { ...cell, counters: {} };
      addInto(item.counters, cell.counters);
      items.set(id, item);
    }
  }
  return items;
}

function recompute(finals: readonly TicketRecord[]): Map<string, AggregateCell> {
  const items = new Map<string, AggregateCell>();
  for (const t of finals) {
    for (const cell of ticketCells(t, ZONE)) {
      const id = cellId(cell);
      const item = items.get(id) ?? { ...cell, counters: {} };
      addInto(item.counters, cell.counters);
      items.set(id, item);
    }
  }
  return items;
}

const countersOf = (items: Map<string, AggregateCell>) =>
  Object.fromEntries([...items.entries()].filter(([, c]) => Object.keys(c.counters).length > 0).map(([id, c]) => [id, c.counters] as [string, Counters]).sort(([a], [b]) => a.localeCompare(b)));

function memoryRepo(items: Map<string, AggregateCell>): AggregateRepository {
  return {
    listDays: async (_h: string, kind: AggKind, from: string, to: string): Promise<AggregateRow[]> =>
      [...items.values()].filter((c) => c.kind === kind && c.day >= from && c.day <= to),
    applyOnce: async () => true,
    assetFaultTimes: async () => [],
    listOpenFaults: async () => [],
    listTicketRows: async () => ({ rows: [], truncated: false }),
    appliedVersions: async () => new Set(),
    restoreLost: async () => undefined,
    correctCells: async () => ({ corrected: 0, conflicts: 0 }),
    recordReconcile: async () => undefined,
    lastReconcile: async () => null,
  };
}

describe('ticketDeltas', () => {
  it('builds aggregates equal to a recomputation from the final tickets, whatever the lifecycles and redeliveries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(ticketArb, { minLength: 1, maxLength: 30 }), fc.array(fc.nat(), { maxLength: 40 }), async (specs, redeliveries) => {
        const runs = specs.map((spec, i) => run(i, spec));
        const stream = runs.flatMap((r) => r.records);
        // Redelivery: Lambda may hand a record again (a retried batch) — later, in the same order per shard.
        const withDuplicates = [...stream];
        for (const n of redeliveries) withDuplicates.splice(n % (withDuplicates.length + 1), 0, stream[n % stream.length]!);
        const applied = applyStream(withDuplicates);
        const expected = recompute(runs.map((r) => r.final));
        expect(countersOf(applied)).toEqual(countersOf(expected));
        // And the dashboard read from them is the dashboard of the recomputation.
        const period = { from: '2026-11-01', to: '2026-11-30', days: 30, startsAt: '2026-10-31T16:00:00.000Z', endsAt: '2026-11-30T16:00:00.000Z', timezone: 'Asia/Shanghai' };
        // The callbacks owed come from the tickets' index, not the aggregates: the same answer for both.
        const owed = { counter: { countCallbacksOwed: async () => 0 }, now: new Date('2026-12-01T00:00:00.000Z') };
        expect(await readDashboard(memoryRepo(applied), 'h1', period, { building: 'b5' }, [], owed)).toEqual(
          await readDashboard(memoryRepo(expected), 'h1', period, { building: 'b5' }, [], owed),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('counts an accept within 15 minutes as met, a reopen as no first-time fix, and downtime to the confirmation', () => {
    const at = (iso: string): life.LifecycleContext => ({ now: new Date(iso), policy: DEFAULT_LIFECYCLE_POLICY });
    const t0 = aTicket({ assetId: 'lift-1', assetName: '1号电梯' });
    const steps: StreamRecord[] = [{ before: null, after: t0 }];
    let t = t0;
    const push = (c: life.TicketChange) => {
      steps.push({ before: c.before, after: c.after });
      t = c.after;
    };
    push(life.assign(at('2026-11-23T02:05:00Z'), t, people.desk, people.zhao));
    push(life.accept(at('2026-11-23T02:10:00Z'), t, people.zhao));
    push(life.arrive(at('2026-11-23T02:40:00Z'), t, people.zhao, { code: 'q', locationId: t.locationId, assetId: null }));
    push(life.complete(at('2026-11-23T03:00:00Z'), t, people.zhao, { note: 'ok', parts: [{ name: 'fuse', quantity: 2, unitCost: 1.5 }], photoKeys: [] }));
    push(life.reopen(at('2026-11-23T04:00:00Z'), t, people.nurse, 'again'));
    push(life.arrive(at('2026-11-23T09:00:00Z'), life.accept(at('2026-11-23T08:00:00Z'), t, people.zhao).after, people.zhao, { code: 'q', locationId: t.locationId, assetId: null }));
    const all = applyStream(steps).get('ASSET|2026-11-23|lift-1')!.counters;
    expect(all).toMatchObject({ reported: 1, acc_met: 1, acc_tot: 1, acc_min: 10, arr_met: 1, arr_tot: 1, arr_min: 40, ftf_tot: 1, reopened: 1, st_on_site: 1, parts_fen: 300 });
    expect(all.ftf_met).toBeUndefined();
    expect(all.down_n).toBeUndefined();
  });
});

describe('a closed job reopened by a failed spot check (issue 16)', () => {
  it('moves it from closed to assigned, takes its downtime, callback and first-time fix out, and keeps its acceptance', () => {
    const closed = aTicket({
      status: 'closed', vendorId: 'otis', assigneeId: 'tech-zhao', assigneeName: '赵师傅', reopenCount: 0,
      acceptedAt: '2026-11-23T02:10:00.000Z', arrivedAt: '2026-11-23T02:40:00.000Z', firstArrivedAt: '2026-11-23T02:40:00.000Z',
      completedAt: '2026-11-23T03:00:00.000Z', confirmedAt: '2026-11-23T04:00:00.000Z', closedAt: '2026-11-24T01:00:00.000Z',
      callback: { reached: true, satisfied: true, note: null, at: '2026-11-24T01:00:00.000Z', byId: 'desk-wang' },
    });
    const ctx: life.LifecycleContext = { now: new Date('2026-12-02T02:00:00.000Z'), policy: DEFAULT_LIFECYCLE_POLICY };
    const { change } = failSpotCheck(ctx, closed, { hospitalId: 'h1', id: closed.id, vendorId: 'otis', drawId: 'd', month: '2026-11', ticketId: closed.id, ticketNumber: closed.number, drawnAt: ctx.now.toISOString(), drawnById: 'manager-chen', status: 'pending', inspectedAt: null, inspectedById: null, note: null, photoKeys: [] }, people.manager, { note: '未修好', photoKeys: [] }, []);
    const all = ticketDeltas(closed, change.after, ZONE).find((c) => c.kind === 'ALL')!;
    // Written by hand: closed −1, assigned +1; the first-time fix no longer met; reopened +1;
    // downtime (report → confirmation, 120 min) out until confirmed again; the callback out; the completion time (60 min) out.
    expect(all.counters).toEqual({
      st_closed: -1, st_assigned: 1, ftf_met: -1, reopened: 1, down_n: -1, down_min: -120, callbacks: -1,
      cmp_n: -1, cmp_min: -60, cmp_h06: -1,
    });
  });
});
