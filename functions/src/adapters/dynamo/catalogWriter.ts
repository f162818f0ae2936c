import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CatalogWriter } from '../../domain/ports';
import type { AssetRecord, CategoryRecord, Hospital, LocationRecord, QrCodeRecord, UserRecord } from '../../domain/records';
import { putAll } from './batchWrite';
import { catalogItem } from './catalogItems';
import { hospitalKey, openidLinkKey } from './keys';
import type { VendorRecord } from '../../domain/vendors/records';
import { vendorItem } from './vendorRepository';

/** Bulk writes of reference data (demo seed, test hospitals, later the admin import). */
export class DynamoCatalogWriter implements CatalogWriter {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private put(items: Record<string, unknown>[]) {
    return putAll(this.doc, this.tableName, items);
  }

  putHospital(hospital: Hospital): Promise<void> {
    return this.put([{ ...hospitalKey(hospital.id), entity: 'hospital', ...hospital }]);
  }

  putCategories(categories: readonly CategoryRecord[]): Promise<void> {
    return this.put(categories.map((record) => catalogItem({ kind: 'category', record })));
  }

  putLocations(locations: readonly LocationRecord[]): Promise<void> {
    return this.put(locations.map((record) => catalogItem({ kind: 'location', record })));
  }

  putAssets(assets: readonly AssetRecord[]): Promise<void> {
    return this.put(assets.map((record) => catalogItem({ kind: 'asset', record })));
  }

  putQrCodes(codes: readonly QrCodeRecord[]): Promise<void> {
    return this.put(codes.map((record) => catalogItem({ kind: 'qr', record })));
  }

  putUsers(users: readonly UserRecord[]): Promise<void> {
    return this.put(
      users.flatMap((u) => [
        catalogItem({ kind: 'user', record: u }),
        ...(u.openid ? [{ ...openidLinkKey(u.openid, u.hospitalId), entity: 'openidLink', hospitalId: u.hospitalId, openid: u.openid, staffUserId: u.id }] : []),
      ]),
    );
  }

  putVendors(vendors: readonly VendorRecord[]): Promise<void> {
    return this.put(vendors.map(vendorItem));
  }
}
