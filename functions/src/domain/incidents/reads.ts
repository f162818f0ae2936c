import type { IncidentSettingsBody, IncidentSettingsView, IncidentView } from '../../contract/incidents';
import { ConflictError, NotFoundError, InvalidError } from '../errors';
import type { UserRecord } from '../records';
import { assertMayIncident } from './access';
import type { IncidentDeps } from './commands';
import { hospitalMonth } from './commands';
import { gradeSettingsOf } from './grades';
import { toIncidentSummary, toIncidentView } from './views';

const DEFAULT_TIMEZONE = 'Asia/Shanghai';

export async function readIncident(deps: Pick<IncidentDeps, 'incidents'>, user: UserRecord, incidentId: string): Promise<IncidentView> {
  const timeline = await deps.incidents.getWithTimeline(user.hospitalId, incidentId);
  if (!timeline) throw new NotFoundError(`Incident ${incidentId}`, `重大事件 ${incidentId} `);
  assertMayIncident(user, timeline.incident, 'read');
  const statuses = await deps.incidents.ticketStatuses(user.hospitalId, timeline.links.map((l) => l.ticketId));
  return toIncidentView(timeline, statuses);
}

/** Open ones first (newest first), then those closed in the month (default: this month, hospital calendar). */
export async function listIncidents(deps: Pick<IncidentDeps, 'incidents' | 'catalog' | 'clock'>, user: UserRecord, month: string | undefined) {
  const timezone = (await deps.catalog.getHospital(user.hospitalId))?.timezone ?? DEFAULT_TIMEZONE;
  const wanted = month ?? hospitalMonth(deps.clock.now(), timezone);
  const [open, closed] = await Promise.all([deps.incidents.listOpen(user.hospitalId), deps.incidents.listClosedOfMonth(user.hospitalId, wanted)]);
  const newestFirst = (a: { declaredAt: string }, b: { declaredAt: string }) => b.declaredAt.localeCompare(a.declaredAt);
  return { open: open.sort(newestFirst).map(toIncidentSummary), closed: closed.sort(newestFirst).map(toIncidentSummary), month: wanted };
}

export async function readIncidentSettings(deps: Pick<IncidentDeps, 'incidents' | 'users'>, hospitalId: string): Promise<IncidentSettingsView> {
  const [saved, users] = await Promise.all([deps.incidents.getSettings(hospitalId), deps.users.listUsers(hospitalId)]);
  const grades = gradeSettingsOf(saved?.grades);
  const named = new Set(grades.flatMap((g) => g.namedUserIds));
  return { grades, version: saved?.version ?? 0, people: users.filter((u) => named.has(u.id)).map((u) => ({ id: u.id, name: u.name })) };
}

/** Saves the three grades at once; each named person must be an active staff member of the hospital. */
export async function saveIncidentSettings(deps: Pick<IncidentDeps, 'incidents' | 'users'>, hospitalId: string, body: IncidentSettingsBody): Promise<IncidentSettingsView> {
  const grades = gradeSettingsOf(body.grades);
  if (new Set(body.grades.map((g) => g.grade)).size !== 3) {
    throw new InvalidError('Give each grade once', '每个级别各一条', [{ field: 'grades', code: 'grades', message: 'Grades I, II and III, once each', messageZh: '需要 I、II、III 级各一条' }]);
  }
  const users = await deps.users.listUsers(hospitalId);
  const unknown = grades.flatMap((g) => g.namedUserIds).find((id) => !users.some((u) => u.id === id && !u.retired && (u.kind ?? 'staff') === 'staff'));
  if (unknown) throw new InvalidError('Unknown person', '人员不存在', [{ field: 'grades', code: 'unknown_user', message: `No user ${unknown}`, messageZh: `没有人员「${unknown}」` }]);
  const saved = await deps.incidents.getSettings(hospitalId);
  if ((saved?.version ?? 0) !== body.version) throw new ConflictError('The settings changed since they were read; reload them', '设置已被他人修改，请刷新后重试');
  await deps.incidents.putSettings({ hospitalId, grades, version: body.version + 1 }, body.version);
  return readIncidentSettings(deps, hospitalId);
}
