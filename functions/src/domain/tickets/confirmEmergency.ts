import type { SlaPolicy } from '../../contract/catalog';
import { actingRole } from '../access';
import { ConflictError } from '../errors';
import type { TicketRecord, UserRecord } from '../records';
import { authorize } from './lifecycle';
import { addMs, MINUTE_MS } from './policy';
import { transition, type LifecycleContext, type TicketChange } from './transition';

/** A downgraded emergency is urgent, the next level down; its deadlines still run from the report. */
const DOWNGRADED_URGENCY = 'urgent';

/**
 * The desk's answer to a guest's emergency. Confirmed: the emergency chain fires now (the
 * lifecycle table's row tells whom). Downgraded: urgent, with the category's urgent deadlines
 * counted from the report, for the milestones not yet met.
 */
export function confirmEmergency(
  ctx: LifecycleContext,
  t: TicketRecord,
  user: UserRecord,
  answer: { emergency: boolean; note?: string | undefined },
  sla: SlaPolicy | null,
): TicketChange {
  authorize(user, t, 'confirmEmergency');
  if (t.emergencyPending !== true) {
    throw new ConflictError('This ticket has no emergency waiting for confirmation', '该工单没有待确认的紧急报修');
  }
  const actor = { id: user.id, name: user.name, role: actingRole(user, t) };
  const note = answer.note?.trim() || null;
  if (answer.emergency) return transition(ctx, t, actor, 'confirmEmergency', 'emergency_confirmed', { emergencyPending: false }, { note });
  const deadlines = sla
    ? {
        acceptBy: t.acceptedAt ? t.acceptBy : addMs(t.createdAt, sla.acceptWithinMinutes[DOWNGRADED_URGENCY] * MINUTE_MS),
        arriveBy: t.arrivedAt || t.firstArrivedAt ? t.arriveBy : addMs(t.createdAt, sla.arriveWithinMinutes[DOWNGRADED_URGENCY] * MINUTE_MS),
      }
    : {};
  return transition(ctx, t, actor, 'confirmEmergency', 'emergency_downgraded', { emergencyPending: false, urgency: DOWNGRADED_URGENCY, ...deadlines }, {
    note,
    data: { urgency: DOWNGRADED_URGENCY },
  });
}
