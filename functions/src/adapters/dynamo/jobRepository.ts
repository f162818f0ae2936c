import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { RoomUse } from '../../contract/enums';
import { JobStatus } from '../../contract/jobs';
import type { AuditRecord } from '../../domain/admin/audit/auditRecord';
import { ConflictError } from '../../domain/errors';
import type { JobRepository } from '../../domain/jobs/ports';
import type { JobRecord, JobTemplateRecord } from '../../domain/jobs/records';
import type { NotificationIntent } from '../../domain/notifications';
import type { TicketRecord } from '../../domain/records';
import { catalogItems } from './catalogItems';
import { parseItem } from './items';
import { hospitalPk, jobKey, jobOutboxKey, jobParts, jobStartKey, jobTemplateKey, byReporter, reporterSortKey, ticketKey, JOB_PART_PREFIX, JOB_TEMPLATE_PREFIX } from './keys';
import { queryAll } from './query';
import { TicketRecordSchema } from './recordSchemas';
import { cancellationReasons } from './transactions';

const Words = z.object({ zh: z.string(), en: z.string() });
const Part = z.object({ categoryCode: z.string(), description: Words });
const JobTemplateSchema: z.ZodMiniType<JobTemplateRecord> = z.looseObject({
  hospitalId: z.string(),
  id: z.string(),
  name: Words,
  parts: z.array(Part),
  offeredAt: z.array(RoomUse),
  version: z.number(),
  retired: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const JobRecordSchema: z.ZodMiniType<JobRecord> = z.looseObject({
  hospitalId: z.string(),
  id: z.string(),
  templateId: z.string(),
  name: Words,
  parts: z.array(Part),
  locationId: z.string(),
  locationName: z.string(),
  locationPath: z.array(z.string()),
  note: z.string(),
  starterId: z.string(),
  starterName: z.string(),
  idempotencyKey: z.string(),
  startedAt: z.string(),
  status: JobStatus,
  doneAt: z.nullable(z.string()),
  version: z.number(),
});

/** A job as stored: in its starter's list (GSI1, the reporter index) as one line, beside their tickets. */
export function jobItem(job: JobRecord): Record<string, unknown> {
  return { ...jobKey(job.hospitalId, job.id), entity: 'job', ...job, GSI1PK: byReporter(job.hospitalId, job.starterId), GSI1SK: reporterSortKey(job.startedAt, job.id) };
}

/** Multi-team job templates and jobs (AP-380..386). */
export class DynamoJobRepository implements JobRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** AP-380 the hospital's job templates (a handful: one Query of its partition's JOBTPL# items). */
  listTemplates(hospitalId: string): Promise<JobTemplateRecord[]> {
    return queryAll(this.doc, JobTemplateSchema, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': hospitalPk(hospitalId), ':prefix': JOB_TEMPLATE_PREFIX },
    });
  }

  /** AP-381 one template. */
  async getTemplate(hospitalId: string, templateId: string): Promise<JobTemplateRecord | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: jobTemplateKey(hospitalId, templateId) }));
    return out.Item ? parseItem(JobTemplateSchema, out.Item) : null;
  }

  /** AP-382 a template written with its audit entry, in one transaction (a version condition on an edit). */
  async saveTemplate(template: JobTemplateRecord, expect: 'absent' | { version: number }, audit: AuditRecord): Promise<void> {
    const condition =
      expect === 'absent'
        ? { ConditionExpression: 'attribute_not_exists(PK)' }
        : { ConditionExpression: '#version = :version', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':version': expect.version } };
    const TransactItems = [
      { Put: { TableName: this.tableName, Item: { ...jobTemplateKey(template.hospitalId, template.id), entity: 'jobTemplate', ...template }, ...condition } },
      ...catalogItems({ kind: 'audit', record: audit }).map((Item) => ({ Put: { TableName: this.tableName, Item, ConditionExpression: 'attribute_not_exists(PK)' } })),
    ];
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems }));
    } catch (error) {
      if (cancellationReasons(error)?.conditionFailed(0)) throw new ConflictError('The job template was changed by someone else; reload and try again', '该协同任务模板已被他人修改，请刷新后重试');
      throw error;
    }
  }

  /** AP-383 one job. */
  async getJob(hospitalId: string, jobId: string): Promise<JobRecord | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: jobKey(hospitalId, jobId), ConsistentRead: true }));
    return out.Item ? parseItem(JobRecordSchema, out.Item) : null;
  }

  /** AP-384 the job a starter's key started: the key's item names it. */
  async findJobByKey(hospitalId: string, starterId: string, idempotencyKey: string): Promise<JobRecord | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: jobStartKey(hospitalId, starterId, idempotencyKey), ConsistentRead: true }));
    const jobId = out.Item?.jobId;
    return typeof jobId === 'string' ? this.getJob(hospitalId, jobId) : null;
  }

  /** AP-384 the job and its key's item in one transaction: a key starts one job. */
  async createJob(job: JobRecord): Promise<boolean> {
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.tableName, Item: { ...jobStartKey(job.hospitalId, job.starterId, job.idempotencyKey), entity: 'jobStartKey', hospitalId: job.hospitalId, jobId: job.id }, ConditionExpression: 'attribute_not_exists(PK)' } },
            { Put: { TableName: this.tableName, Item: jobItem(job), ConditionExpression: 'attribute_not_exists(PK)' } },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (cancellationReasons(error)?.conditionFailed(0)) return false;
      throw error;
    }
  }

  /** AP-385 a job's part tickets (GSI1, the job's parts index), each read again from the table when asked to be consistent. */
  async listParts(hospitalId: string, jobId: string, options: { consistent: boolean } = { consistent: false }): Promise<TicketRecord[]> {
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :prefix)',
        ExpressionAttributeValues: { ':pk': jobParts(hospitalId, jobId), ':prefix': JOB_PART_PREFIX },
      }),
    );
    const parts = (out.Items ?? []).map((i) => parseItem(TicketRecordSchema, i));
    if (!options.consistent) return parts;
    const reread = await Promise.all(parts.map((p) => this.doc.send(new GetCommand({ TableName: this.tableName, Key: ticketKey(hospitalId, p.id), ConsistentRead: true }))));
    return reread.flatMap((r) => (r.Item ? [parseItem(TicketRecordSchema, r.Item)] : []));
  }

  /** AP-386 the job settled, with its starter's job_done outbox item, once (a version condition). */
  async finishJob(job: JobRecord, expectVersion: number, notification: NotificationIntent | null): Promise<boolean> {
    const outbox = notification
      ? [
          {
            Put: {
              TableName: this.tableName,
              Item: {
                ...jobOutboxKey(job.hospitalId, job.id, job.version, 0),
                entity: 'outbox',
                hospitalId: job.hospitalId,
                // The notifier names deliveries and in-app items by it, and the page opened takes it.
                ticketId: job.id,
                jobId: job.id,
                job: { name: job.name.zh, where: job.locationName },
                eventSeq: job.version,
                eventType: 'job_done',
                createdAt: job.doneAt ?? job.startedAt,
                ...notification,
              },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
        ]
      : [];
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: { TableName: this.tableName, Item: jobItem(job), ConditionExpression: '#version = :version AND #status = :open', ExpressionAttributeNames: { '#version': 'version', '#status': 'status' }, ExpressionAttributeValues: { ':version': expectVersion, ':open': 'open' } },
            },
            ...outbox,
          ],
        }),
      );
      return true;
    } catch (error) {
      if (cancellationReasons(error)?.conditionFailed(0)) return false;
      throw error;
    }
  }
}

/** The demo's templates written as they are (a reseed overwrites them; no audit: nobody edited them). */
export async function writeJobTemplates(doc: DynamoDBDocumentClient, tableName: string, templates: readonly JobTemplateRecord[]): Promise<void> {
  for (const template of templates) {
    await doc.send(new PutCommand({ TableName: tableName, Item: { ...jobTemplateKey(template.hospitalId, template.id), entity: 'jobTemplate', ...template } }));
  }
}
