import type { TicketRecord } from '../records';
import { aTicket, people } from '../testing/factories';
import { accept, advanceComplaint, arrive, assign, complete, confirm, escalate, hold, rate, reopen, type LifecycleContext } from '../tickets/lifecycle';
import { DEFAULT_LIFECYCLE_POLICY } from '../tickets/policy';
import { timeState } from './timeState';

const policy = DEFAULT_LIFECYCLE_POLICY; // the desk's breach goes to the manager 30 min after the deadline
const at = (iso: string): LifecycleContext => ({ now: new Date(iso), policy });
const room = { code: 'R-1', locationId: 'room-1', assetId: null };
const apply = (change: { after: TicketRecord } | null): TicketRecord => change!.after;

/** 危急 in 手术室: reported 08:00, accept within 5 min (08:05), arrive within 15 min (08:15). */
function theatreEmergency(): TicketRecord {
  return aTicket({
    urgency: 'emergency',
    reportedUrgency: 'urgent',
    urgencyRaisedReason: 'operating theatre',
    locationName: '3号手术间',
    createdAt: '2026-11-23T08:00:00.000Z',
    updatedAt: '2026-11-23T08:00:00.000Z',
    acceptBy: '2026-11-23T08:05:00.000Z',
    arriveBy: '2026-11-23T08:15:00.000Z',
    watch: { kind: 'accept', dueAt: '2026-11-23T08:05:00.000Z', level: 0 },
  });
}

/** 紧急: reported 02:00, accept within 10 min (02:10), arrive by 03:00; accepted, on site and done in time. */
function urgentDoneInTime(): TicketRecord {
  let t = aTicket({ urgency: 'urgent', reportedUrgency: 'urgent', acceptBy: '2026-11-23T02:10:00.000Z', arriveBy: '2026-11-23T03:00:00.000Z' });
  t = apply(assign(at('2026-11-23T02:01:00Z'), t, people.desk, people.zhao));
  t = apply(accept(at('2026-11-23T02:05:00Z'), t, people.zhao));
  t = apply(arrive(at('2026-11-23T02:30:00Z'), t, people.zhao, room));
  return apply(complete(at('2026-11-23T02:50:00Z'), t, people.zhao, { note: '更换空开', parts: [], photoKeys: [] }));
}

describe('timeState: the one deadline truth of a ticket', () => {
  it('shows the missed acceptance of an escalated 危急 theatre ticket, not its arrival still ahead', () => {
    const assigned = apply(assign(at('2026-11-23T08:01:00Z'), theatreEmergency(), people.desk, people.zhao));
    const escalated = apply(escalate(at('2026-11-23T08:06:00Z'), assigned)); // 已超时 1 次: the desk was alerted
    expect(timeState(escalated, policy, new Date('2026-11-23T08:12:30Z'))).toEqual({
      state: 'breached',
      kind: 'accept',
      dueAt: '2026-11-23T08:05:00.000Z',
      overdueMinutes: 7,
      escalationLevel: 1,
      escalatesAt: '2026-11-23T08:35:00.000Z',
      pauseReason: null,
      pausedSince: null,
    });
  });

  it('counts a deadline as breached the moment it passes, before the scanner records it', () => {
    const assigned = apply(assign(at('2026-11-23T08:01:00Z'), theatreEmergency(), people.desk, people.zhao));
    expect(timeState(assigned, policy, new Date('2026-11-23T08:05:00Z'))).toMatchObject({ state: 'running', kind: 'accept' });
    expect(timeState(assigned, policy, new Date('2026-11-23T08:06:59Z'))).toMatchObject({ state: 'breached', kind: 'accept', overdueMinutes: 1, escalationLevel: 0 });
  });

  it('gives a reopened urgent ticket a new acceptance deadline, and shows it missed', () => {
    const reopened = apply(reopen(at('2026-11-23T04:00:00Z'), urgentDoneInTime(), people.nurse, '又跳闸了'));
    expect(reopened.status).toBe('assigned');
    expect(timeState(reopened, policy, new Date('2026-11-23T04:04:00Z'))).toMatchObject({ state: 'running', kind: 'rework_accept', dueAt: '2026-11-23T04:10:00.000Z' });
    expect(timeState(reopened, policy, new Date('2026-11-23T04:25:00Z'))).toMatchObject({
      state: 'breached',
      kind: 'rework_accept',
      dueAt: '2026-11-23T04:10:00.000Z',
      overdueMinutes: 15,
    });
  });

  it('a reopened job accepted again owes nothing more', () => {
    const reopened = apply(reopen(at('2026-11-23T04:00:00Z'), urgentDoneInTime(), people.nurse, '又跳闸了'));
    const again = apply(accept(at('2026-11-23T04:30:00Z'), reopened, people.zhao));
    expect(timeState(again, policy, new Date('2026-11-23T05:00:00Z'))).toMatchObject({ state: 'none', kind: null, dueAt: null });
  });

  it('stops the clock on hold and says why', () => {
    let t = apply(assign(at('2026-11-23T02:05:00Z'), aTicket(), people.desk, people.zhao));
    t = apply(accept(at('2026-11-23T02:08:00Z'), t, people.zhao));
    t = apply(hold(at('2026-11-23T02:20:00Z'), t, people.zhao, '等配件：镇流器'));
    // Hours past the arrival deadline (06:00), a held ticket is paused, not late.
    expect(timeState(t, policy, new Date('2026-11-23T09:00:00Z'))).toEqual({
      state: 'paused',
      kind: 'arrive',
      dueAt: null,
      overdueMinutes: 0,
      escalationLevel: 0,
      escalatesAt: null,
      pauseReason: '等配件：镇流器',
      pausedSince: '2026-11-23T02:20:00.000Z',
    });
  });

  it('after a timely acceptance and a reassignment, runs only the arrival clock', () => {
    let t = apply(assign(at('2026-11-23T02:05:00Z'), aTicket(), people.desk, people.zhao));
    t = apply(accept(at('2026-11-23T02:08:00Z'), t, people.zhao));
    t = apply(assign(at('2026-11-23T02:40:00Z'), t, people.desk, people.sun, '赵师傅外出'));
    // Past the accept deadline (02:15), but acceptance was met once: the arrival (06:00) is what is owed.
    expect(timeState(t, policy, new Date('2026-11-23T03:00:00Z'))).toMatchObject({ state: 'running', kind: 'arrive', dueAt: '2026-11-23T06:00:00.000Z' });
    expect(timeState(t, policy, new Date('2026-11-23T06:30:00Z'))).toMatchObject({ state: 'breached', kind: 'arrive', overdueMinutes: 30 });
  });

  it('runs a complaint through its three clocks after a 2-star rating', () => {
    let t = apply(confirm(at('2026-11-23T03:10:00Z'), urgentDoneInTime(), people.nurse, true, undefined));
    t = apply(rate(at('2026-11-23T03:20:00Z'), t, people.nurse, 2, '态度差'));
    expect(timeState(t, policy, new Date('2026-11-23T06:00:00Z'))).toMatchObject({
      state: 'breached',
      kind: 'complaint_respond',
      dueAt: '2026-11-23T05:20:00.000Z',
      overdueMinutes: 40,
    });
    t = apply(advanceComplaint(at('2026-11-23T06:00:00Z'), t, people.desk, 'respond', '已致电科室'));
    expect(timeState(t, policy, new Date('2026-11-23T06:05:00Z'))).toMatchObject({ state: 'running', kind: 'complaint_resolve', dueAt: '2026-11-24T03:20:00.000Z' });
  });

  it('owes nothing once the work is done', () => {
    expect(timeState(urgentDoneInTime(), policy, new Date('2026-11-23T09:00:00Z')).state).toBe('none');
  });
});
