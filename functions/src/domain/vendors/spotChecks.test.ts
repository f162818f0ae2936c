import { DEFAULT_LIFECYCLE_POLICY } from '../tickets/policy';
import type { LifecycleContext } from '../tickets/transition';
import { aTicket, aUser, people } from '../testing/factories';
import type { SpotCheckRecord } from './records';
import { drawSize, failSpotCheck, monthOf, monthSpan, passSpotCheck, planDraw, sample } from './spotChecks';

const ZONE = 'Asia/Shanghai';
const otisTech = aUser({ id: 'otis-liu', roles: ['technician'], vendorId: 'otis', skills: ['elevator'] });
const ctx: LifecycleContext = { now: new Date('2026-12-05T03:00:00.000Z'), policy: DEFAULT_LIFECYCLE_POLICY };

const done = (n: number, status: 'completed' | 'confirmed' | 'closed' = 'completed') =>
  aTicket({ id: `t${n}`, number: `BX202611-${n}`, status, vendorId: 'otis', categoryCode: 'elevator', assigneeId: otisTech.id, assigneeName: otisTech.name, acceptedAt: '2026-11-10T02:05:00.000Z', arrivedAt: '2026-11-10T02:30:00.000Z', completedAt: '2026-11-10T03:00:00.000Z' });
const pending = (ticketId: string): SpotCheckRecord => ({
  hospitalId: 'h1', id: ticketId, vendorId: 'otis', drawId: 'd0', month: '2026-11', ticketId, ticketNumber: ticketId, drawnAt: '2026-12-01T00:00:00.000Z', drawnById: 'manager-chen',
  status: 'pending', inspectedAt: null, inspectedById: null, note: null, photoKeys: [],
});
const request = { vendorId: 'otis', month: '2026-11', percent: 5, requestKey: 'draw-1', drawnBy: people.manager, now: ctx.now };

describe('how many jobs a draw takes', () => {
  it.each([
    [5, 40, 2],
    [5, 41, 3],
    [5, 10, 1],
    [1, 1, 1],
    [100, 7, 7],
    [10, 0, 0],
    [33, 3, 1],
  ])('%i %% of %i jobs is %i', (percent, available, expected) => {
    expect(drawSize(percent, available)).toBe(expected);
  });
});

describe('the random sample', () => {
  it('picks distinct items, as many as asked, from the given ones only', () => {
    const items = Array.from({ length: 40 }, (_, i) => i);
    for (let run = 0; run < 50; run++) {
      const picked = sample(items, 5);
      expect(new Set(picked).size).toBe(5);
      for (const p of picked) expect(items).toContain(p);
    }
  });

  it('reaches every item over many draws (not always the first ones)', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const seen = new Set<number>();
    for (let run = 0; run < 400; run++) for (const p of sample(items, 1)) seen.add(p);
    expect(seen.size).toBe(10);
  });

  it('takes the positions its random source names', () => {
    // 0 keeps a, then 2 of the remaining [b, c, d] swaps in d
    const picks = [0, 2];
    expect(sample(['a', 'b', 'c', 'd'], 2, () => picks.shift()!)).toEqual(['a', 'd']);
  });
});

describe('a draw', () => {
  it('samples only the vendor’s completed, confirmed or closed jobs not drawn before', () => {
    const jobs = [done(1), done(2, 'confirmed'), done(3, 'closed'), aTicket({ id: 't4', status: 'on_site', vendorId: 'otis' }), aTicket({ id: 't5', status: 'completed', vendorId: 'kone' }), aTicket({ id: 't6', status: 'cancelled', vendorId: 'otis' })];
    const checks = planDraw({ ...request, percent: 100 }, jobs, [pending('t2')]);
    expect(checks.map((c) => c.ticketId).sort()).toEqual(['t1', 't3']);
    expect(checks[0]).toMatchObject({ id: checks[0]!.ticketId, drawId: 'draw-1', month: '2026-11', status: 'pending', drawnById: 'manager-chen' });
  });

  it('draws 2 of 40 at 5 %', () => {
    const jobs = Array.from({ length: 40 }, (_, i) => done(i + 1));
    expect(planDraw(request, jobs, [])).toHaveLength(2);
  });

  it('refuses a draw with nothing left to draw', () => {
    expect(() => planDraw(request, [done(1)], [pending('t1')])).toThrow('No completed job of 2026-11 is left to draw');
  });

  it('refuses a draw larger than one transaction', () => {
    const jobs = Array.from({ length: 120 }, (_, i) => done(i + 1));
    expect(() => planDraw({ ...request, percent: 100 }, jobs, [])).toThrow('A draw takes at most 99 jobs');
  });
});

describe('the month of a job', () => {
  it('is the calendar month in the hospital zone', () => {
    expect(monthOf('2026-11-30T16:30:00.000Z', ZONE)).toBe('2026-12');
    expect(monthOf('2026-11-30T15:59:59.999Z', ZONE)).toBe('2026-11');
    expect(monthSpan('2026-11', ZONE)).toEqual({ fromIso: '2026-10-31T16:00:00.000Z', untilIso: '2026-11-30T16:00:00.000Z' });
    expect(monthSpan('2026-12', ZONE)).toEqual({ fromIso: '2026-11-30T16:00:00.000Z', untilIso: '2026-12-31T16:00:00.000Z' });
  });
});

describe('an inspection', () => {
  it('passes once: the check only', () => {
    const passed = passSpotCheck(pending('t1'), people.manager, ctx.now, { note: null, photoKeys: ['k1'] });
    expect(passed).toMatchObject({ status: 'passed', inspectedById: 'manager-chen', inspectedAt: '2026-12-05T03:00:00.000Z', photoKeys: ['k1'] });
    expect(() => passSpotCheck(passed, people.manager, ctx.now, { note: null, photoKeys: [] })).toThrow('recorded already');
  });

  it('fails a closed job back to the same technician, telling the technician and the vendor managers', () => {
    const closed = done(1, 'closed');
    const ticket = { ...closed, confirmedAt: '2026-11-10T04:00:00.000Z', closedAt: '2026-11-11T01:00:00.000Z', callback: { reached: true, satisfied: true, note: null, at: '2026-11-11T01:00:00.000Z', byId: 'desk-wang' } };
    const { check, change } = failSpotCheck(ctx, ticket, pending('t1'), people.manager, { note: '门机皮带磨损未更换', photoKeys: ['p1'] }, ['otis-wang']);
    expect(check).toMatchObject({ status: 'failed', note: '门机皮带磨损未更换', photoKeys: ['p1'] });
    expect(change.after).toMatchObject({ status: 'assigned', assigneeId: 'otis-liu', reopenCount: 1, closedAt: null, confirmedAt: null, completedAt: null, callback: null });
    expect(change.event).toMatchObject({ type: 'reopened', fromStatus: 'closed', toStatus: 'assigned', note: '门机皮带磨损未更换', data: { cause: 'spot_check_failed', spotCheckId: 't1', photoKeys: ['p1'] } });
    expect(change.notifications).toEqual([
      { kind: 'spot_check_failed', userIds: ['otis-liu', 'otis-wang'], roles: [], onShiftOnly: false },
      { kind: 'ticket_reopened', userIds: [], roles: ['dispatcher'], onShiftOnly: false },
    ]);
  });

  it('lets only a manager fail a check, and only a drawn, completed job', () => {
    expect(() => failSpotCheck(ctx, done(1), pending('t1'), people.desk, { note: 'x', photoKeys: [] }, [])).toThrow('You may not failSpotCheck');
    expect(() => failSpotCheck(ctx, aTicket({ status: 'on_site', vendorId: 'otis' }), pending('t1'), people.manager, { note: 'x', photoKeys: [] }, [])).toThrow('Cannot failSpotCheck a ticket that is on_site');
    expect(() => failSpotCheck(ctx, done(1), null, people.manager, { note: 'x', photoKeys: [] }, [])).toThrow('This job was not drawn');
  });
});
