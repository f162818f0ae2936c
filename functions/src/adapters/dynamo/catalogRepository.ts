import { BatchGetCommand, GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll } from './query';
import type { CatalogRepository } from '../../domain/ports';
import type { AssetRecord, CategoryRecord, Hospital, LocationRecord, QrCodeRecord } from '../../domain/records';
import { toRecord } from './items';
import { SK_PREFIX, assetKey, categoryKey, hospitalKey, hospitalPk, locationKey, qrCodeKey } from './keys';

export class DynamoCatalogRepository implements CatalogRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private async getItem<T>(key: { PK: string; SK: string }): Promise<T | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: key }));
    return out.Item ? toRecord<T>(out.Item) : null;
  }

  /** AP-01 hospital by id. */
  getHospital(hospitalId: string): Promise<Hospital | null> {
    return this.getItem<Hospital>(hospitalKey(hospitalId));
  }

  /** AP-02 categories of a hospital: one Query on the hospital partition. */
  listCategories(hospitalId: string): Promise<CategoryRecord[]> {
    return this.listByPrefix<CategoryRecord>(hospitalId, SK_PREFIX.category);
  }

  getCategory(hospitalId: string, code: string): Promise<CategoryRecord | null> {
    return this.getItem<CategoryRecord>(categoryKey(hospitalId, code));
  }

  /** AP-03 locations of a hospital (the tree is built from this one Query). */
  listLocations(hospitalId: string): Promise<LocationRecord[]> {
    return this.listByPrefix<LocationRecord>(hospitalId, SK_PREFIX.location);
  }

  /** AP-04 locations by ids (a place and its ancestors): one BatchGet. */
  async getLocations(hospitalId: string, ids: readonly string[]): Promise<LocationRecord[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const found: LocationRecord[] = [];
    let keys: Record<string, unknown>[] = unique.map((id) => locationKey(hospitalId, id));
    for (let attempt = 0; keys.length > 0; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
      const out = await this.doc.send(new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: keys } } }));
      found.push(...(out.Responses?.[this.tableName] ?? []).map((i) => toRecord<LocationRecord>(i)));
      keys = out.UnprocessedKeys?.[this.tableName]?.Keys ?? [];
    }
    return found;
  }

  /** AP-05 asset by id. */
  getAsset(hospitalId: string, assetId: string): Promise<AssetRecord | null> {
    return this.getItem<AssetRecord>(assetKey(hospitalId, assetId));
  }

  /** AP-06 QR label by its code. */
  getQrCode(hospitalId: string, code: string): Promise<QrCodeRecord | null> {
    return this.getItem<QrCodeRecord>(qrCodeKey(hospitalId, code));
  }

  private listByPrefix<T>(hospitalId: string, prefix: string): Promise<T[]> {
    return queryAll<T>(this.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': hospitalPk(hospitalId), ':prefix': prefix },
    });
  }
}
