import type * as z from 'zod/mini';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGetItems } from './batchGet';
import { queryAll } from './query';
import type { CatalogRepository, PlacePartIds, PlaceParts } from '../../domain/ports';
import type { AssetRecord, CategoryRecord, Hospital, LocationRecord, QrCodeRecord } from '../../domain/records';
import { parseItem } from './items';
import { AssetRecordSchema, CategoryRecordSchema, HospitalSchema, LocationRecordSchema, QrCodeRecordSchema } from './recordSchemas';
import { SK_PREFIX, assetKey, categoryKey, hospitalKey, hospitalPk, locationKey, qrCodeKey } from './keys';

export class DynamoCatalogRepository implements CatalogRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private async getItem<T>(schema: z.ZodMiniType<T>, key: { PK: string; SK: string }): Promise<T | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: key }));
    return out.Item ? parseItem(schema, out.Item) : null;
  }

  /** AP-01 hospital by id. */
  getHospital(hospitalId: string): Promise<Hospital | null> {
    return this.getItem(HospitalSchema, hospitalKey(hospitalId));
  }

  /** AP-02 categories of a hospital: one Query on the hospital partition. */
  listCategories(hospitalId: string): Promise<CategoryRecord[]> {
    return this.listByPrefix(CategoryRecordSchema, hospitalId, SK_PREFIX.category);
  }

  getCategory(hospitalId: string, code: string): Promise<CategoryRecord | null> {
    return this.getItem(CategoryRecordSchema, categoryKey(hospitalId, code));
  }

  /** AP-03 locations of a hospital (the tree is built from this one Query). */
  listLocations(hospitalId: string): Promise<LocationRecord[]> {
    return this.listByPrefix(LocationRecordSchema, hospitalId, SK_PREFIX.location);
  }

  /** AP-04 locations by ids (a place and its ancestors): one BatchGet. */
  async getLocations(hospitalId: string, ids: readonly string[]): Promise<LocationRecord[]> {
    const items = await batchGetItems(this.doc, this.tableName, ids.map((id) => locationKey(hospitalId, id)));
    return items.map((i) => parseItem(LocationRecordSchema, i));
  }

  /** AP-04 + AP-05 locations and assets by ids: one BatchGet. */
  async getPlaceParts(hospitalId: string, wanted: PlacePartIds): Promise<PlaceParts> {
    const items = await batchGetItems(this.doc, this.tableName, [
      ...wanted.locationIds.map((id) => locationKey(hospitalId, id)),
      ...wanted.assetIds.map((id) => assetKey(hospitalId, id)),
    ]);
    return placePartsOf(items);
  }

  /** AP-05 asset by id. */
  getAsset(hospitalId: string, assetId: string): Promise<AssetRecord | null> {
    return this.getItem(AssetRecordSchema, assetKey(hospitalId, assetId));
  }

  /** AP-06 QR label by its code. */
  getQrCode(hospitalId: string, code: string): Promise<QrCodeRecord | null> {
    return this.getItem(QrCodeRecordSchema, qrCodeKey(hospitalId, code));
  }

  private listByPrefix<T>(schema: z.ZodMiniType<T>, hospitalId: string, prefix: string): Promise<T[]> {
    return queryAll(this.doc, schema, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': hospitalPk(hospitalId), ':prefix': prefix },
    });
  }
}

/** Locations and assets among a batch's answers, by id. */
export function placePartsOf(items: readonly Record<string, unknown>[]): PlaceParts {
  const locations = new Map<string, LocationRecord>();
  const assets = new Map<string, AssetRecord>();
  for (const item of items) {
    const sk = String(item.SK);
    if (sk.startsWith(SK_PREFIX.location)) {
      const l = parseItem(LocationRecordSchema, item);
      locations.set(l.id, l);
    } else if (sk.startsWith(SK_PREFIX.asset)) {
      const a = parseItem(AssetRecordSchema, item);
      assets.set(a.id, a);
    }
  }
  return { locations, assets };
}
