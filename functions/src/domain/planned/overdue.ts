import { notifyRoles } from '../notifications';
import type { WorkOrderRecord } from './records';
import { endOfHospitalDay, MANAGER_ESCALATION_AFTER_MS, overdueWatchAt, type WorkOrderChange, type WorkOrderEventRecord } from './workOrders';

/**
 * Overdue planned work escalates like an SLA breach: when the closing day ends (in the hospital's
 * zone) with the order open, it becomes `missed` and the desk is told; a day later the managers
 * are. Each level is recorded on the order, so it is told once, whatever reruns.
 */
export function overdueStep(now: Date, order: WorkOrderRecord, timezone: string): WorkOrderChange | null {
  if (order.status === 'done') return null;
  const closesEnd = endOfHospitalDay(order.closesOn, timezone).getTime();
  const told = new Set(order.escalations.map((e) => e.level));
  const level = !told.has(1) ? 1 : !told.has(2) ? 2 : null;
  if (level === null) return null;
  if (now.getTime() < closesEnd + (level === 2 ? MANAGER_ESCALATION_AFTER_MS : 0)) return null;
  const at = now.toISOString();
  const after: WorkOrderRecord = {
    ...order,
    status: 'missed',
    escalations: [...order.escalations, { level, at }],
    version: order.version + 1,
    updatedAt: at,
  };
  const event: WorkOrderEventRecord = {
    hospitalId: order.hospitalId,
    workOrderId: order.id,
    seq: after.version,
    type: 'overdue',
    at,
    actorId: 'system',
    actorName: '系统',
    actorRole: 'system',
    note: null,
    data: { level, closesOn: order.closesOn },
  };
  return {
    before: order,
    after,
    event,
    notifications: [notifyRoles('planned_work_overdue', level === 1 ? ['dispatcher'] : ['manager'])],
    overdueWatchAt: overdueWatchAt(after, timezone),
  };
}
