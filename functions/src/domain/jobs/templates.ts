import { ulid } from 'ulid';
import type { CreateJobTemplateBody, JobTemplate, UpdateJobTemplateBody } from '../../contract/jobs';
import type { RoomUse } from '../../contract/enums';
import { snapshotOf, type AuditRecord } from '../admin/audit/auditRecord';
import { checkVersion, invalidField, mustExist } from '../admin/editRules';
import { ForbiddenError, NotFoundError } from '../errors';
import type { CatalogRepository, Clock } from '../ports';
import type { UserRecord } from '../records';
import type { JobRepository } from './ports';
import type { JobTemplateRecord } from './records';

export type TemplateDeps = { clock: Clock; catalog: Pick<CatalogRepository, 'listCategories'>; jobs: JobRepository };
type Actor = Pick<UserRecord, 'id' | 'name' | 'hospitalId'>;

/** Offered at a place of this use: a template naming no use is offered everywhere. */
export function isOfferedAt(template: Pick<JobTemplateRecord, 'offeredAt' | 'retired'>, roomUse: RoomUse | null): boolean {
  if (template.retired) return false;
  return template.offeredAt.length === 0 || (roomUse !== null && template.offeredAt.includes(roomUse));
}

/** Every part names a category the hospital has (and has not retired); a room use is named once. */
async function checkTemplate(deps: TemplateDeps, hospitalId: string, body: CreateJobTemplateBody): Promise<void> {
  const live = new Set((await deps.catalog.listCategories(hospitalId)).filter((c) => !c.retired).map((c) => c.code));
  body.parts.forEach((part, i) => {
    if (!live.has(part.categoryCode)) {
      throw invalidField(`parts.${i}.categoryCode`, 'category_not_found', `Category ${part.categoryCode} of part ${i + 1} does not exist`, `第 ${i + 1} 项的报修类别 ${part.categoryCode} 不存在`);
    }
  });
  if (new Set(body.offeredAt).size !== body.offeredAt.length) throw invalidField('offeredAt', 'duplicate_use', 'A room use is listed twice', '房间用途重复');
}

function auditOf(actor: Actor, now: Date, action: AuditRecord['action'], before: JobTemplateRecord | null, after: JobTemplateRecord): AuditRecord {
  return { hospitalId: after.hospitalId, id: ulid(now.getTime()), at: now.toISOString(), kind: 'jobTemplate', recordId: after.id, action, actorId: actor.id, actorName: actor.name, before: snapshotOf(before), after: snapshotOf(after) };
}

const fieldsOf = (body: CreateJobTemplateBody) => ({
  name: { zh: body.name.zh, en: body.name.en },
  parts: body.parts.map((p) => ({ categoryCode: p.categoryCode, description: { zh: p.description.zh, en: p.description.en } })),
  offeredAt: [...body.offeredAt],
});

export async function createJobTemplate(deps: TemplateDeps, actor: Actor, body: CreateJobTemplateBody): Promise<JobTemplateRecord> {
  await checkTemplate(deps, actor.hospitalId, body);
  const now = deps.clock.now();
  const template: JobTemplateRecord = { hospitalId: actor.hospitalId, id: ulid(now.getTime()), ...fieldsOf(body), version: 1, retired: false, createdAt: now.toISOString(), updatedAt: now.toISOString() };
  await deps.jobs.saveTemplate(template, 'absent', auditOf(actor, now, 'create', null, template));
  return template;
}

/** An edit changes the jobs started from now on; running jobs keep the parts they were started with. */
export async function updateJobTemplate(deps: TemplateDeps, actor: Actor, templateId: string, body: UpdateJobTemplateBody): Promise<JobTemplateRecord> {
  const current = mustExist(await deps.jobs.getTemplate(actor.hospitalId, templateId), `Job template ${templateId}`, `协同任务模板 ${templateId} `);
  checkVersion('The job template', '该协同任务模板', current, body.version);
  await checkTemplate(deps, actor.hospitalId, body);
  const now = deps.clock.now();
  const updated: JobTemplateRecord = { ...current, ...fieldsOf(body), version: current.version + 1, updatedAt: now.toISOString() };
  await deps.jobs.saveTemplate(updated, { version: current.version }, auditOf(actor, now, 'update', current, updated));
  return updated;
}

/** Retired: no longer offered; jobs started from it run on. */
export async function retireJobTemplate(deps: TemplateDeps, actor: Actor, templateId: string, version: number): Promise<JobTemplateRecord> {
  const current = mustExist(await deps.jobs.getTemplate(actor.hospitalId, templateId), `Job template ${templateId}`, `协同任务模板 ${templateId} `);
  checkVersion('The job template', '该协同任务模板', current, version);
  const now = deps.clock.now();
  const retired: JobTemplateRecord = { ...current, retired: true, version: current.version + 1, updatedAt: now.toISOString() };
  await deps.jobs.saveTemplate(retired, { version: current.version }, auditOf(actor, now, 'retire', current, retired));
  return retired;
}

export function toJobTemplateView(t: JobTemplateRecord): JobTemplate {
  return { id: t.id, name: t.name, parts: t.parts, offeredAt: t.offeredAt, version: t.version, retired: t.retired };
}

export type TemplateListDeps = { catalog: Pick<CatalogRepository, 'getQrCode' | 'getLocations'>; jobs: JobRepository };

/** Where the templates are asked for: a scanned label or a place (the start sheet), or nowhere (the admin's list). */
export interface TemplateListQuery {
  qrCode?: string;
  locationId?: string;
  includeRetired?: 'true' | 'false';
}

/**
 * With a label or a place: the templates offered there, to any staff member (they start one).
 * Without: the admin's list, the retired ones too when asked.
 */
export async function listJobTemplates(deps: TemplateListDeps, user: UserRecord, query: TemplateListQuery): Promise<JobTemplateRecord[]> {
  const hospitalId = user.hospitalId;
  if (!query.qrCode && !query.locationId) {
    if (!user.roles.includes('admin')) throw new ForbiddenError('Name the place to see the jobs offered there', '请先选择地点，再查看可发起的协同任务');
    const all = await deps.jobs.listTemplates(hospitalId);
    return query.includeRetired === 'true' ? all : all.filter((t) => !t.retired);
  }
  const locationId = query.qrCode ? (await deps.catalog.getQrCode(hospitalId, query.qrCode))?.locationId : query.locationId;
  const [location] = locationId ? await deps.catalog.getLocations(hospitalId, [locationId]) : [];
  if (!location || location.retired) throw new NotFoundError(`Place ${query.qrCode ?? query.locationId}`, `地点 ${query.qrCode ?? query.locationId} `);
  return (await deps.jobs.listTemplates(hospitalId)).filter((t) => isOfferedAt(t, location.roomUse));
}
