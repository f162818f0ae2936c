import { cancellationReasons } from './transactions';
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../../domain/errors';
import type { AssetLedgerFilters, AuditFilters, CatalogAdmin, CatalogEntity, CatalogWrite, WriteExpectation } from '../../domain/ports';
import type { AssetRecord, Page, PageRequest, QrCodeRecord } from '../../domain/records';
import type { AuditRecord } from '../../domain/admin/audit/auditRecord';
import { pageAssets, pageAudit } from './adminListings';
import type { PageCursors } from './pageCursor';
import { putAll } from './batchWrite';
import { catalogItems } from './catalogItems';
import { ASSET_AT_LOCATION_PREFIX, SK_PREFIX, atLocation, hospitalPk } from './keys';
import { queryAll } from './query';
import { AssetRecordSchema, QrCodeRecordSchema } from './recordSchemas';
import type * as z from 'zod/mini';

const TRANSACTION_LIMIT = 100;

/** The condition of a checked Put: a free key for a create, the version read for an update. */
function condition(expect: WriteExpectation) {
  if (expect === 'any') return {};
  if (expect === 'absent') return { ConditionExpression: 'attribute_not_exists(PK)' };
  if (expect.version === 0) {
    return {
      ConditionExpression: 'attribute_exists(PK) AND (attribute_not_exists(#version) OR #version = :version)',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':version': 0 },
    };
  }
  return {
    ConditionExpression: '#version = :version',
    ExpressionAttributeNames: { '#version': 'version' },
    ExpressionAttributeValues: { ':version': expect.version },
  };
}

export class DynamoCatalogAdmin implements CatalogAdmin {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly cursors: PageCursors,
  ) {}

  async write(writes: readonly CatalogWrite[]): Promise<void> {
    const TransactItems = writes.flatMap((w) => catalogItems(w.entity).map((Item) => ({ Put: { TableName: this.tableName, Item, ...condition(w.expect) } })));
    if (TransactItems.length > TRANSACTION_LIMIT) {
      throw new ConflictError(
        `This change touches ${TransactItems.length} records, more than ${TRANSACTION_LIMIT} at once; make it with a CSV import`,
        `此修改涉及 ${TransactItems.length} 条记录，超过单次上限 ${TRANSACTION_LIMIT}，请使用 CSV 导入`,
      );
    }
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems }));
    } catch (error) {
      if (cancellationReasons(error)?.anyConditionFailed) {
        throw new ConflictError(
          'Someone else changed this record a moment ago (or the id or label code is taken); reload and try again',
          '该记录刚被他人修改（或编号/标签码已被占用），请刷新后重试',
          { cause: error },
        );
      }
      throw error;
    }
  }

  putMany(entities: readonly CatalogEntity[]): Promise<void> {
    return putAll(this.doc, this.tableName, entities.flatMap(catalogItems));
  }

  /** AP-31 every asset of a hospital: one Query on the hospital partition. */
  listAssets(hospitalId: string): Promise<AssetRecord[]> {
    return this.listByPrefix(AssetRecordSchema, hospitalId, SK_PREFIX.asset);
  }

  /** AP-09 assets at a location (GSI5). */
  listAssetsAtLocation(hospitalId: string, locationId: string): Promise<AssetRecord[]> {
    return queryAll(this.doc, AssetRecordSchema, {
      TableName: this.tableName,
      IndexName: 'GSI5',
      KeyConditionExpression: 'GSI5PK = :pk AND begins_with(GSI5SK, :prefix)',
      ExpressionAttributeValues: { ':pk': atLocation(hospitalId, locationId), ':prefix': ASSET_AT_LOCATION_PREFIX },
    });
  }

  /** AP-32 every QR label of a hospital. */
  listQrCodes(hospitalId: string): Promise<QrCodeRecord[]> {
    return this.listByPrefix(QrCodeRecordSchema, hospitalId, SK_PREFIX.qrCode);
  }

  pageAssets(hospitalId: string, filters: AssetLedgerFilters, page: PageRequest): Promise<Page<AssetRecord>> {
    return pageAssets(this.doc, this.tableName, this.cursors, hospitalId, filters, page);
  }

  pageAudit(hospitalId: string, filters: AuditFilters, page: PageRequest): Promise<Page<AuditRecord>> {
    return pageAudit(this.doc, this.tableName, this.cursors, hospitalId, filters, page);
  }

  private listByPrefix<T>(schema: z.ZodMiniType<T>, hospitalId: string, prefix: string): Promise<T[]> {
    return queryAll(this.doc, schema, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': hospitalPk(hospitalId), ':prefix': prefix },
    });
  }
}
