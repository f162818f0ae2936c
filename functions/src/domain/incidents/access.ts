import type { IncidentAct } from '../policy/can';
import { can } from '../policy/can';
import { ForbiddenError } from '../errors';
import type { UserRecord } from '../records';
import type { IncidentRecord } from './records';

const REFUSALS: Record<IncidentAct, [string, string]> = {
  read: ['Only the desk, managers and the incident\'s roster read it', '仅服务台、管理人员和该事件的指挥名单成员可查看'],
  respond: ['Only the incident\'s roster, the desk and managers respond to it', '仅指挥名单成员、服务台和管理人员可响应该事件'],
  command: ['Only the desk and managers run an incident', '仅服务台和管理人员可处置重大事件'],
};

/** Refuses (403) what the policy does not allow this user to do to this incident. */
export function assertMayIncident(user: UserRecord, incident: Pick<IncidentRecord, 'hospitalId' | 'roster'>, act: IncidentAct): void {
  if (can(user, 'incident', { hospitalId: incident.hospitalId, rosterIds: incident.roster.map((p) => p.id), act })) return;
  const [message, messageZh] = REFUSALS[act];
  throw new ForbiddenError(message, messageZh);
}
