import { ConflictError, ForbiddenError } from '../errors';
import { aTicket, aUser, people } from '../testing/factories';
import { confirmEmergency } from './confirmEmergency';
import { DEFAULT_LIFECYCLE_POLICY } from './policy';
import { report, type LifecycleContext } from './transition';

const ctx: LifecycleContext = { now: new Date('2026-11-23T02:05:00Z'), policy: DEFAULT_LIFECYCLE_POLICY };
const guest = aUser({ id: 'guest-1', kind: 'guest' });
// The category's SLA: accept 15/10/5 minutes, arrive 240/120/30 minutes (normal/urgent/emergency).
const sla = { acceptWithinMinutes: { normal: 15, urgent: 10, emergency: 5 }, arriveWithinMinutes: { normal: 240, urgent: 120, emergency: 30 } };
const emergencyDeadlines = { acceptBy: '2026-11-23T02:05:00.000Z', arriveBy: '2026-11-23T02:30:00.000Z' };
const pendingEmergency = aTicket({ reporterId: guest.id, urgency: 'emergency', reportedUrgency: 'emergency', emergencyPending: true, ...emergencyDeadlines });

describe("a guest's emergency", () => {
  it('tells only the desk, as an emergency to confirm, when it is reported', () => {
    const { watch: _watch, status: _status, version: _version, ...draft } = pendingEmergency;
    const { notifications } = report(ctx, draft, { id: guest.id, name: '微信用户', role: 'reporter' });
    expect(notifications).toEqual([{ kind: 'emergency_unconfirmed', userIds: [], roles: ['dispatcher'], onShiftOnly: false }]);
  });

  it("starts the emergency chain at once for a staff member's emergency", () => {
    const { watch: _watch, status: _status, version: _version, ...draft } = aTicket({ urgency: 'emergency', ...emergencyDeadlines });
    const { notifications } = report(ctx, draft, { id: 'nurse-li', name: '李护士', role: 'reporter' });
    expect(notifications).toEqual([{ kind: 'emergency_reported', userIds: [], roles: ['dispatcher', 'manager'], onShiftOnly: false }]);
  });

  it('starts the emergency chain when the desk confirms it, keeping the emergency deadlines', () => {
    const c = confirmEmergency(ctx, pendingEmergency, people.desk, { emergency: true }, sla);
    expect(c.after).toMatchObject({ urgency: 'emergency', emergencyPending: false, ...emergencyDeadlines, status: 'submitted' });
    expect(c.event).toMatchObject({ type: 'emergency_confirmed', actorId: 'desk-wang', actorRole: 'dispatcher' });
    expect(c.notifications).toEqual([{ kind: 'emergency_reported', userIds: [], roles: ['dispatcher', 'manager'], onShiftOnly: false }]);
  });

  it("downgrades it to urgent with the category's urgent deadlines from the report, telling nobody", () => {
    const c = confirmEmergency(ctx, pendingEmergency, people.desk, { emergency: false, note: '非紧急' }, sla);
    expect(c.after).toMatchObject({ urgency: 'urgent', emergencyPending: false, acceptBy: '2026-11-23T02:10:00.000Z', arriveBy: '2026-11-23T04:00:00.000Z' });
    expect(c.event).toMatchObject({ type: 'emergency_downgraded', note: '非紧急', data: { urgency: 'urgent' } });
    expect(c.notifications).toEqual([]);
  });

  it('is for the desk only, and only while the emergency waits', () => {
    expect(() => confirmEmergency(ctx, pendingEmergency, people.nurse, { emergency: true }, sla)).toThrow(ForbiddenError);
    expect(() => confirmEmergency(ctx, pendingEmergency, people.manager, { emergency: true }, sla)).toThrow(ForbiddenError);
    expect(() => confirmEmergency(ctx, { ...pendingEmergency, emergencyPending: false }, people.desk, { emergency: true }, sla)).toThrow(ConflictError);
    expect(() => confirmEmergency(ctx, aTicket(), people.desk, { emergency: false }, sla)).toThrow(ConflictError);
  });
});
