import { ConflictError, ForbiddenError, IllegalTransitionError, InvalidError } from '../errors';
import { aTicket, people } from '../testing/factories';
import { accept, arrive, assign, complete, confirm, escalate, hold, rate, reopen, resume, type LifecycleContext } from './lifecycle';
import { DEFAULT_LIFECYCLE_POLICY } from './policy';

const at = (iso: string): LifecycleContext => ({ now: new Date(iso), policy: DEFAULT_LIFECYCLE_POLICY });

describe('the ticket lifecycle', () => {
  it('walks the happy path, one version and one event per step', () => {
    let t = aTicket();
    const steps = [
      assign(at('2026-11-23T02:05:00Z'), t, people.desk, people.zhao),
      (x: typeof t) => accept(at('2026-11-23T02:08:00Z'), x, people.zhao),
      (x: typeof t) => arrive(at('2026-11-23T02:30:00Z'), x, people.zhao, { code: 'R-1', locationId: 'room-1', assetId: null }),
      (x: typeof t) => complete(at('2026-11-23T03:00:00Z'), x, people.zhao, { note: '更换灯管', parts: [{ name: '灯管', quantity: 2, unitCost: 15 }], photoKeys: [] }),
      (x: typeof t) => confirm(at('2026-11-23T04:00:00Z'), x, people.nurse, true, undefined),
    ];
    const first = steps[0] as ReturnType<typeof assign>;
    t = first.after;
    expect(first.event).toMatchObject({ seq: 2, type: 'assigned', fromStatus: 'submitted', toStatus: 'assigned' });
    for (const step of steps.slice(1) as ((x: typeof t) => ReturnType<typeof assign>)[]) {
      const c = step(t);
      expect(c.after.version).toBe(t.version + 1);
      expect(c.event.seq).toBe(c.after.version);
      t = c.after;
    }
    expect(t.status).toBe('confirmed');
    expect(t.acceptedAt).toBe('2026-11-23T02:08:00.000Z');
    expect(t.watch).toBeNull();
  });

  it('refuses an illegal move with 409 naming the moves allowed now', () => {
    const t = aTicket({ status: 'assigned', assigneeId: 'tech-zhao' });
    const attempt = () => complete(at('2026-11-23T03:00:00Z'), t, people.zhao, { note: 'x', parts: [], photoKeys: [] });
    expect(attempt).toThrow(IllegalTransitionError);
    try {
      attempt();
    } catch (e) {
      expect((e as IllegalTransitionError).allowed).toEqual(expect.arrayContaining(['accept', 'handBack', 'requestTransfer']));
    }
  });

  describe('the parts a completion may charge', () => {
    const onSite = aTicket({ status: 'on_site', assigneeId: 'tech-zhao' });
    const completeWith = (parts: { name: string; quantity: number; unitCost: number }[], maxPartsCostPerTicketYuan = 100_000) =>
      complete({ now: new Date('2026-11-23T03:00:00Z'), policy: { ...DEFAULT_LIFECYCLE_POLICY, maxPartsCostPerTicketYuan } }, onSite, people.zhao, { note: '更换', parts, photoKeys: [] });
    const problemOf = (attempt: () => unknown) => {
      try {
        attempt();
      } catch (e) {
        return e instanceof InvalidError ? [e.problems[0]?.field, e.problems[0]?.code, e.messageZh] : String(e);
      }
      return null;
    };

    it('takes parts up to ¥100,000 in all by default', () => {
      expect(completeWith([{ name: '压缩机', quantity: 2, unitCost: 50_000 }]).after.status).toBe('completed');
    });
    it('refuses a total over the bound in both languages, naming the parts', () => {
      expect(problemOf(() => completeWith([{ name: '压缩机', quantity: 2, unitCost: 50_000 }, { name: '螺丝', quantity: 1, unitCost: 0.01 }]))).toEqual([
        'body.parts', 'parts_total_too_high', '配件合计 ¥100000.01，超过单次完工上限 ¥100000',
      ]);
      expect(problemOf(() => completeWith(Array.from({ length: 50 }, () => ({ name: '金', quantity: 10_000, unitCost: 980_000 }))))).toEqual([
        'body.parts', 'parts_total_too_high', expect.stringContaining('超过单次完工上限 ¥100000'),
      ]);
    });
    it('follows the hospital\'s own bound', () => {
      expect(problemOf(() => completeWith([{ name: '灯管', quantity: 3, unitCost: 15 }], 40))?.[1]).toBe('parts_total_too_high');
      expect(completeWith([{ name: '灯管', quantity: 2, unitCost: 15 }], 40).after.status).toBe('completed');
    });
  });

  it('refuses a command from someone who may never give it with 403', () => {
    const t = aTicket({ status: 'assigned', assigneeId: 'tech-zhao' });
    expect(() => accept(at('2026-11-23T03:00:00Z'), t, people.sun)).toThrow(ForbiddenError);
    expect(() => assign(at('2026-11-23T03:00:00Z'), t, people.manager, people.sun)).toThrow(ForbiddenError);
  });

  it('refuses arrival proven by a code of another place', () => {
    const t = aTicket({ status: 'accepted', assigneeId: 'tech-zhao' });
    expect(() => arrive(at('2026-11-23T03:00:00Z'), t, people.zhao, { code: 'R-2', locationId: 'room-2', assetId: null })).toThrow(InvalidError);
  });

  it('asks a reason to reassign', () => {
    const t = aTicket({ status: 'assigned', assigneeId: 'tech-zhao' });
    expect(() => assign(at('2026-11-23T03:00:00Z'), t, people.desk, people.sun)).toThrow(ConflictError);
    expect(assign(at('2026-11-23T03:00:00Z'), t, people.desk, people.sun, '赵师傅外出').after.assigneeId).toBe('tech-sun');
  });

  it('stops the clock on hold and restarts it with the time left', () => {
    const accepted = aTicket({ status: 'accepted', assigneeId: 'tech-zhao', acceptedAt: '2026-11-23T02:10:00.000Z' });
    const held = hold(at('2026-11-23T03:00:00Z'), accepted, people.zhao, '等配件').after;
    expect(held.watch).toBeNull();
    const resumed = resume(at('2026-11-23T05:00:00Z'), held, people.zhao).after;
    expect(resumed.status).toBe('accepted');
    expect(resumed.arriveBy).toBe('2026-11-23T08:00:00.000Z'); // 06:00 + the two hours on hold
    expect(resumed.watch).toEqual({ kind: 'arrive', dueAt: '2026-11-23T08:00:00.000Z', level: 0 });
  });

  it('records a breach once, then escalates to the manager once, then stops', () => {
    const t = aTicket();
    const breach = escalate(at('2026-11-23T02:16:00Z'), t)!;
    expect(breach.event.type).toBe('sla_breached');
    expect(breach.notifications[0]).toMatchObject({ kind: 'sla_breached', roles: ['dispatcher'] });
    expect(escalate(at('2026-11-23T02:17:00Z'), breach.after)).toBeNull(); // the next run finds nothing new
    const up = escalate(at('2026-11-23T02:46:00Z'), breach.after)!;
    expect(up.event.type).toBe('sla_escalated');
    expect(up.notifications[0]).toMatchObject({ kind: 'sla_escalated', roles: ['manager'] });
    expect(up.after.watch).toEqual({ kind: 'arrive', dueAt: '2026-11-23T06:00:00.000Z', level: 0 });
  });

  it('auto-confirms a completed ticket after the configured time', () => {
    const done = aTicket({ status: 'completed', assigneeId: 'tech-zhao', completedAt: '2026-11-23T03:00:00.000Z', watch: { kind: 'auto_confirm', dueAt: '2026-11-25T03:00:00.000Z', level: 0 } });
    expect(escalate(at('2026-11-25T02:59:00Z'), done)).toBeNull();
    const c = escalate(at('2026-11-25T03:00:00Z'), done)!;
    expect(c.event.type).toBe('auto_confirmed');
    expect(c.after.status).toBe('confirmed');
  });

  it('sends an unsatisfied confirmation back to the same technician and counts it', () => {
    const done = aTicket({ status: 'completed', assigneeId: 'tech-zhao', completedAt: '2026-11-23T03:00:00.000Z' });
    const c = confirm(at('2026-11-23T04:00:00Z'), done, people.colleague, false, '还是不亮');
    expect(c.after).toMatchObject({ status: 'assigned', assigneeId: 'tech-zhao', reopenCount: 1 });
  });

  it('refuses to reopen after the window', () => {
    const done = aTicket({ status: 'confirmed', assigneeId: 'tech-zhao', completedAt: '2026-11-01T03:00:00.000Z' });
    expect(() => reopen(at('2026-11-23T04:00:00Z'), done, people.nurse, '又坏了')).toThrow(/within 7 days/);
  });

  it('opens a complaint with its own clock on a rating of 1 or 2', () => {
    const confirmed = aTicket({ status: 'confirmed', assigneeId: 'tech-zhao', watch: null });
    const c = rate(at('2026-11-23T04:00:00Z'), confirmed, people.nurse, 2, '态度差');
    expect(c.after.complaint).toMatchObject({ respondBy: '2026-11-23T06:00:00.000Z', resolveBy: '2026-11-24T04:00:00.000Z' });
    expect(c.after.watch).toEqual({ kind: 'complaint_respond', dueAt: '2026-11-23T06:00:00.000Z', level: 0 });
    expect(rate(at('2026-11-23T04:00:00Z'), confirmed, people.nurse, 5, undefined).after.complaint).toBeNull();
  });
});
