import { aTicket, people } from '../testing/factories';
import { cancel, grab, reopen, resume, type LifecycleContext } from './lifecycle';
import { DEFAULT_LIFECYCLE_POLICY } from './policy';
import { report } from './transition';

const at = (iso: string): LifecycleContext => ({ now: new Date(iso), policy: DEFAULT_LIFECYCLE_POLICY });
const zhao = { assigneeId: 'tech-zhao', assigneeName: '赵师傅' };

describe('a move of the lifecycle table', () => {
  it('tells the technician and the followers of a cancel, but not the reporter who cancelled', () => {
    const t = aTicket({ status: 'assigned', ...zhao, followerIds: ['doctor-wu'] });
    const c = cancel(at('2026-11-23T02:10:00Z'), t, people.nurse, '已自行解决');
    expect(c.after).toMatchObject({ status: 'cancelled', closedAt: '2026-11-23T02:10:00.000Z', watch: null });
    expect(c.notifications).toEqual([{ kind: 'ticket_cancelled', userIds: ['tech-zhao', 'doctor-wu'], roles: [], onShiftOnly: false }]);
  });

  it('sends a reopen back to the same technician and tells the whole desk, on shift or not', () => {
    const t = aTicket({ status: 'completed', ...zhao, completedAt: '2026-11-23T03:00:00.000Z', arrivedAt: '2026-11-23T02:30:00.000Z' });
    const c = reopen(at('2026-11-23T04:00:00Z'), t, people.nurse, '又坏了');
    expect(c.event).toMatchObject({ type: 'reopened', fromStatus: 'completed', toStatus: 'assigned', note: '又坏了' });
    expect(c.after).toMatchObject({ assigneeId: 'tech-zhao', reopenCount: 1, completedAt: null, arrivedAt: null, firstArrivedAt: '2026-11-23T02:30:00.000Z' });
    expect(c.notifications).toEqual([
      { kind: 'ticket_reopened', userIds: ['tech-zhao'], roles: [], onShiftOnly: false },
      { kind: 'ticket_reopened', userIds: [], roles: ['dispatcher'], onShiftOnly: false },
    ]);
  });

  it('resumes to the status the job was held from', () => {
    const t = aTicket({ status: 'on_hold', ...zhao, heldFrom: 'on_site', heldAt: '2026-11-23T03:00:00.000Z', arrivedAt: '2026-11-23T02:30:00.000Z' });
    const c = resume(at('2026-11-23T03:30:00Z'), t, people.zhao);
    expect(c.after).toMatchObject({ status: 'on_site', heldFrom: null, heldAt: null });
    expect(c.event.data).toEqual({ heldMinutes: 30 });
  });

  it('records a grab as the acceptance, with the grabber as the technician', () => {
    const c = grab(at('2026-11-23T02:05:00Z'), aTicket({ inGrabPool: true }), people.zhao);
    expect(c.after).toMatchObject({ status: 'accepted', assigneeId: 'tech-zhao', inGrabPool: false, acceptedAt: '2026-11-23T02:05:00.000Z' });
    expect(c.event.type).toBe('grabbed');
  });

  it('makes the first transition: submitted, its event, and whom an emergency pool job is told to', () => {
    const { status: _s, watch: _w, version: _v, ...draft } = aTicket({ urgency: 'emergency', inGrabPool: true });
    const first = report(at('2026-11-23T02:00:00Z'), draft, { id: 'nurse-li', name: '李护士', role: 'reporter' }, { offeredTo: ['tech-zhao'] });
    expect(first.ticket).toMatchObject({ status: 'submitted', version: 1, watch: { kind: 'accept', dueAt: '2026-11-23T02:15:00.000Z', level: 0 } });
    expect(first.event).toMatchObject({ seq: 1, type: 'submitted', fromStatus: null, toStatus: 'submitted', actorId: 'nurse-li' });
    expect(first.notifications).toEqual([
      { kind: 'emergency_reported', userIds: [], roles: ['dispatcher', 'manager'], onShiftOnly: false },
      { kind: 'job_offered', userIds: ['tech-zhao'], roles: [], onShiftOnly: false },
    ]);
  });

  describe('the desk is told of a report it must dispatch, once', () => {
    const nurse = { id: 'nurse-li', name: '李护士', role: 'reporter' as const };
    const reported = (fields: Parameters<typeof aTicket>[0], dispatchMode: 'manual' | 'auto' | 'grab') => {
      const { status: _s, watch: _w, version: _v, ...draft } = aTicket(fields);
      return report(at('2026-11-23T02:00:00Z'), draft, nurse, { dispatchMode, offeredTo: dispatchMode === 'grab' ? ['tech-zhao'] : [] }).notifications;
    };
    const deskNewReport = { kind: 'new_report', userIds: [], roles: ['dispatcher'], onShiftOnly: true };

    it('tells the desk on shift of a normal or urgent report in a manual-dispatch category', () => {
      expect(reported({ urgency: 'normal' }, 'manual')).toEqual([deskNewReport]);
      expect(reported({ urgency: 'urgent' }, 'manual')).toEqual([deskNewReport]);
    });

    it('leaves an emergency to its own alert, so the desk is not told twice', () => {
      expect(reported({ urgency: 'emergency' }, 'manual')).toEqual([{ kind: 'emergency_reported', userIds: [], roles: ['dispatcher', 'manager'], onShiftOnly: false }]);
    });

    it('leaves flagged content to its own alert', () => {
      expect(reported({ contentReview: { suggest: 'review', label: 20001 } }, 'manual').map((n) => n.kind)).toEqual(['content_flagged']);
    });

    it('does not tell the desk of an auto-dispatched or grab-pool report', () => {
      expect(reported({}, 'auto')).toEqual([]);
      expect(reported({ inGrabPool: true }, 'grab')).toEqual([{ kind: 'job_offered', userIds: ['tech-zhao'], roles: [], onShiftOnly: false }]);
    });
  });
});
