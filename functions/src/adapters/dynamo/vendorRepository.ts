import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import type { AuditRecord } from '../../domain/admin/audit/auditRecord';
import { ConflictError } from '../../domain/errors';
import type { VendorExpectation, VendorRepository } from '../../domain/vendors/ports';
import type { VendorRecord } from '../../domain/vendors/records';
import { catalogItems } from './catalogItems';
import { parseItem } from './items';
import { hospitalPk, VENDOR_PREFIX, vendorKey } from './keys';
import { queryAll } from './query';
import { cancellationReasons } from './transactions';

const text = z.string();
const urgency = z.enum(['normal', 'urgent', 'emergency']);
const measure = z.enum(['acceptOnTimeRate', 'arriveOnTimeRate', 'firstTimeFixRate', 'reopenRate', 'satisfactionRate', 'complaints', 'pmComplianceRate', 'spotCheckFails']);

/** The stored vendor entry, checked on every read (loose: fields other parts add later survive a read). */
export const VendorRecordSchema: z.ZodMiniType<VendorRecord> = z.looseObject({
  hospitalId: text,
  id: text,
  nameZh: text,
  nameEn: text,
  contactName: z.nullable(text),
  contactPhone: z.nullable(text),
  contract: z.looseObject({
    reference: text,
    startsOn: text,
    endsOn: text,
    monthlyFee: z.number(),
    coverage: z.array(z.looseObject({ categoryCode: text, buildingIds: z.array(text) })),
    serviceLevels: z.array(z.looseObject({ categoryCode: text, urgency, acceptMinutes: z.number(), arriveMinutes: z.number() })),
    terms: z.array(
      z.looseObject({
        id: text,
        measure,
        kind: z.enum(['bonus', 'penalty']),
        threshold: z.number(),
        direction: z.enum(['below', 'above']),
        percentPerUnit: z.number(),
        unit: z.nullable(z.number()),
        capPercent: z.nullable(z.number()),
      }),
    ),
    penaltyCapPercent: z.nullable(z.number()),
    bonusCapPercent: z.nullable(z.number()),
  }),
  createdAt: text,
  version: z.number(),
  retired: z.optional(z.boolean()),
  notes: z.optional(z.nullable(text)),
  updatedAt: z.optional(text),
});

export const vendorItem = (vendor: VendorRecord): Record<string, unknown> => ({ ...vendorKey(vendor.hospitalId, vendor.id), entity: 'vendor', ...vendor });

export class DynamoVendorRepository implements VendorRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(hospitalId: string, vendorId: string): Promise<VendorRecord | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: vendorKey(hospitalId, vendorId) }));
    return out.Item ? parseItem(VendorRecordSchema, out.Item) : null;
  }

  list(hospitalId: string): Promise<VendorRecord[]> {
    return queryAll(this.doc, VendorRecordSchema, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': hospitalPk(hospitalId), ':prefix': VENDOR_PREFIX },
    });
  }

  async save(vendor: VendorRecord, expect: VendorExpectation, audit: AuditRecord): Promise<void> {
    const condition =
      expect === 'absent'
        ? { ConditionExpression: 'attribute_not_exists(PK)' }
        : { ConditionExpression: '#version = :version', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':version': expect.version } };
    const TransactItems = [
      { Put: { TableName: this.tableName, Item: vendorItem(vendor), ...condition } },
      ...catalogItems({ kind: 'audit', record: audit }).map((Item) => ({ Put: { TableName: this.tableName, Item, ConditionExpression: 'attribute_not_exists(PK)' } })),
    ];
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems }));
    } catch (error) {
      if (cancellationReasons(error)?.conditionFailed(0)) {
        throw expect === 'absent'
          ? new ConflictError(`Vendor ${vendor.id} already exists`, `外包单位 ${vendor.id} 已存在`)
          : new ConflictError('The vendor was changed by someone else; reload and try again', '该外包单位已被他人修改，请刷新后重试');
      }
      throw error;
    }
  }
}
