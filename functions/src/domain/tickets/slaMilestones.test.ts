import type { TicketRecord } from '../records';
import { aTicket, people } from '../testing/factories';
import { accept, arrive, assign, complete, confirm, escalate, reopen, type LifecycleContext } from './lifecycle';
import { DEFAULT_LIFECYCLE_POLICY } from './policy';

const at = (iso: string): LifecycleContext => ({ now: new Date(iso), policy: DEFAULT_LIFECYCLE_POLICY });
const room = { code: 'R-1', locationId: 'room-1', assetId: null };

// aTicket(): reported 02:00, accept by 02:15, arrive by 06:00 (normal urgency).

/** Reported, assigned to 赵 at 02:05, accepted in time at 02:08. */
function acceptedInTime(): TicketRecord {
  const assigned = assign(at('2026-11-23T02:05:00Z'), aTicket(), people.desk, people.zhao).after;
  return accept(at('2026-11-23T02:08:00Z'), assigned, people.zhao).after;
}

/** …then on site at 02:30 and completed at 03:00. */
function completedInTime(): TicketRecord {
  const onSite = arrive(at('2026-11-23T02:30:00Z'), acceptedInTime(), people.zhao, room).after;
  return complete(at('2026-11-23T03:00:00Z'), onSite, people.zhao, { note: '更换灯管', parts: [], photoKeys: [] }).after;
}

describe('SLA milestones once met stay met', () => {
  it('a reopen after a timely acceptance and arrival watches no deadline and records no breach', () => {
    const reopened = reopen(at('2026-11-23T04:00:00Z'), completedInTime(), people.nurse, '又不亮了').after;
    expect(reopened.status).toBe('assigned');
    expect(reopened.acceptedAt).toBe('2026-11-23T02:08:00.000Z');
    expect(reopened.firstArrivedAt).toBe('2026-11-23T02:30:00.000Z');
    expect(reopened.watch).toBeNull();
    // Hours past both deadlines, the scanner finds nothing to record.
    expect(escalate(at('2026-11-23T07:00:00Z'), reopened)).toBeNull();
    expect(reopened.breaches).toEqual([]);
  });

  it('an unsatisfied confirmation (a reopen by another name) is no breach either', () => {
    const back = confirm(at('2026-11-23T04:00:00Z'), completedInTime(), people.nurse, false, '还是不亮').after;
    expect(back.status).toBe('assigned');
    expect(back.watch).toBeNull();
  });

  it('the technician re-accepting a reopened job keeps the first acceptance', () => {
    const reopened = reopen(at('2026-11-23T04:00:00Z'), completedInTime(), people.nurse, '又不亮了').after;
    const again = accept(at('2026-11-23T04:30:00Z'), reopened, people.zhao).after;
    expect(again.acceptedAt).toBe('2026-11-23T02:08:00.000Z');
    expect(again.watch).toBeNull();
  });

  it('a reassignment after a timely acceptance watches only the arrival, and records no missed acceptance', () => {
    const reassigned = assign(at('2026-11-23T02:40:00Z'), acceptedInTime(), people.desk, people.sun, '赵师傅外出').after;
    expect(reassigned).toMatchObject({ status: 'assigned', assigneeId: 'tech-sun', acceptedAt: '2026-11-23T02:08:00.000Z' });
    expect(reassigned.watch).toEqual({ kind: 'arrive', dueAt: '2026-11-23T06:00:00.000Z', level: 0 });
    expect(escalate(at('2026-11-23T03:00:00Z'), reassigned)).toBeNull();
    // The arrival is still owed: missing it is a breach, of the arrival.
    const late = escalate(at('2026-11-23T06:01:00Z'), reassigned)!;
    expect(late.event).toMatchObject({ type: 'sla_breached', data: { kind: 'arrive', level: 1 } });
  });

  it('a reassignment before anyone accepted still records the missed acceptance', () => {
    const assigned = assign(at('2026-11-23T02:05:00Z'), aTicket(), people.desk, people.zhao).after;
    const reassigned = assign(at('2026-11-23T02:20:00Z'), assigned, people.desk, people.sun, '赵师傅未接单').after;
    expect(reassigned.watch).toEqual({ kind: 'accept', dueAt: '2026-11-23T02:15:00.000Z', level: 0 });
    expect(escalate(at('2026-11-23T02:21:00Z'), reassigned)!.event).toMatchObject({ type: 'sla_breached', data: { kind: 'accept', level: 1 } });
  });

  it('a reassignment after a timely arrival watches nothing', () => {
    const onSite = arrive(at('2026-11-23T02:30:00Z'), acceptedInTime(), people.zhao, room).after;
    const reassigned = assign(at('2026-11-23T03:00:00Z'), onSite, people.desk, people.sun, '需要水工').after;
    expect(reassigned.watch).toBeNull();
  });
});
