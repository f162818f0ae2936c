import type { VendorRecord } from '../../domain/vendors/records';
import type { AssetRecord, CategoryRecord, Hospital, LocationRecord, QrCodeRecord, UserRecord } from '../../domain/records';

/** Everything a hospital needs before its first ticket: what the seed and the test factories write. */
export interface HospitalDataset {
  hospital: Hospital;
  categories: CategoryRecord[];
  locations: LocationRecord[];
  assets: AssetRecord[];
  qrCodes: QrCodeRecord[];
  users: UserRecord[];
  /** Outsourced vendors under contract (issue 16); absent: none. */
  vendors?: VendorRecord[];
}

/** Label texts: ≤ 32 characters of [A-Za-z0-9_-], so they fit a WeChat mini-program code's scene. */
export const roomQrCode = (roomId: string) => `R-${roomId}`;
export const assetQrCode = (assetId: string) => `A-${assetId}`;
