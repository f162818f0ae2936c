import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditRecord } from '../../domain/admin/audit/auditRecord';
import { ConflictError } from '../../domain/errors';
import type { PlanExpectation, PlanListFilters, PlanRepository } from '../../domain/planned/ports';
import { PlanRecord } from '../../domain/planned/records';
import type { AssetRecord, Page, PageRequest } from '../../domain/records';
import { queryAll } from './query';
import { AssetRecordSchema } from './recordSchemas';
import { batchGetItems } from './batchGet';
import { catalogItems } from './catalogItems';
import { emptyFilter, pageFiltered } from './filteredPage';
import { parseItem } from './items';
import { assetsOfType, meterPlanKey, meterPlanPrefix, hospitalPk, PLAN_PREFIX, planDueIndexKeys, PLAN_DUE_SHARDS, planDueShard, planKey, parsePlanKey } from './keys';
import type { PageCursors } from './pageCursor';
import { cancellationReasons } from './transactions';

/** The plan item: the record, and while it has a next order to make, its entry in the due index (GSI4, AP-202). */
export function planItem(plan: PlanRecord): Record<string, unknown> {
  const due = !plan.retired && plan.generateAt ? planDueIndexKeys(plan.hospitalId, plan.id, plan.generateAt) : {};
  return { ...planKey(plan.hospitalId, plan.id), ...due, entity: 'plan', ...plan };
}

/** A meter plan's link from its asset (AP-203): present while the plan is active. */
function meterLinkOf(plan: PlanRecord): { assetId: string; meter: string } | null {
  if (plan.retired || plan.schedule.frequency !== 'meter' || !plan.schedule.meter || plan.target.kind !== 'asset') return null;
  return { assetId: plan.target.assetId, meter: plan.schedule.meter.name };
}

export class DynamoPlanRepository implements PlanRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly cursors: PageCursors,
  ) {}

  async get(hospitalId: string, planId: string): Promise<PlanRecord | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: planKey(hospitalId, planId) }));
    return out.Item ? parseItem(PlanRecord, out.Item) : null;
  }

  page(hospitalId: string, filters: PlanListFilters, page: PageRequest): Promise<Page<PlanRecord>> {
    const filter = emptyFilter();
    if (filters.criticality) {
      filter.parts.push('#criticality = :criticality');
      filter.names['#criticality'] = 'criticality';
      filter.values[':criticality'] = filters.criticality;
    }
    if (filters.assetId) {
      filter.parts.push('#target.#assetId = :assetId');
      Object.assign(filter.names, { '#target': 'target', '#assetId': 'assetId' });
      filter.values[':assetId'] = filters.assetId;
    }
    const query = {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': hospitalPk(hospitalId), ':prefix': PLAN_PREFIX },
    };
    return pageFiltered(this.doc, this.cursors, query, filter, PlanRecord, page);
  }

  async save(plan: PlanRecord, expect: PlanExpectation, audit: AuditRecord | null, previous: PlanRecord | null): Promise<void> {
    const condition =
      expect === 'absent'
        ? { ConditionExpression: 'attribute_not_exists(PK)' }
        : { ConditionExpression: '#version = :version', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':version': expect.version } };
    const link = meterLinkOf(plan);
    const oldLink = previous ? meterLinkOf(previous) : null;
    const linkKey = (l: { assetId: string; meter: string }) => meterPlanKey(plan.hospitalId, l.assetId, l.meter, plan.id);
    const moved = oldLink && (!link || linkKey(oldLink).SK !== linkKey(link).SK);
    const TransactItems = [
      { Put: { TableName: this.tableName, Item: planItem(plan), ...condition } },
      ...(link ? [{ Put: { TableName: this.tableName, Item: { ...linkKey(link), entity: 'meterPlan', hospitalId: plan.hospitalId, planId: plan.id } } }] : []),
      ...(moved ? [{ Delete: { TableName: this.tableName, Key: linkKey(oldLink) } }] : []),
      ...(audit ? catalogItems({ kind: 'audit', record: audit }).map((Item) => ({ Put: { TableName: this.tableName, Item, ConditionExpression: 'attribute_not_exists(PK)' } })) : []),
    ];
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems }));
    } catch (error) {
      if (cancellationReasons(error)?.conditionFailed(0)) {
        throw new ConflictError('The plan was changed by someone else; reload and try again', '该计划已被他人修改，请刷新后重试');
      }
      throw error;
    }
  }

  async listDue(now: Date, limitPerShard: number): Promise<{ hospitalId: string; planId: string }[]> {
    const shards = await Promise.all(
      Array.from({ length: PLAN_DUE_SHARDS }, (_, shard) =>
        this.doc.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: 'GSI4',
            KeyConditionExpression: 'GSI4PK = :pk AND GSI4SK <= :now',
            ExpressionAttributeValues: { ':pk': planDueShard(shard), ':now': `${now.toISOString()}#~` },
            Limit: limitPerShard,
          }),
        ),
      ),
    );
    return shards.flatMap((out) => (out.Items ?? []).map((i) => parsePlanKey(String(i.PK), String(i.SK))));
  }

  async listMeterPlans(hospitalId: string, assetId: string, meter: string): Promise<PlanRecord[]> {
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': hospitalPk(hospitalId), ':prefix': meterPlanPrefix(assetId, meter) },
      }),
    );
    const keys = (out.Items ?? []).map((i) => planKey(hospitalId, String(i.planId)));
    if (keys.length === 0) return [];
    return (await batchGetItems(this.doc, this.tableName, keys)).map((i) => parseItem(PlanRecord, i)).sort((a, b) => a.id.localeCompare(b.id));
  }

  async listAssetsOfType(hospitalId: string, assetType: string): Promise<AssetRecord[]> {
    const assets = await queryAll(this.doc, AssetRecordSchema, {
      TableName: this.tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': assetsOfType(hospitalId, assetType) },
    });
    return assets.filter((a) => !a.retired);
  }
}
