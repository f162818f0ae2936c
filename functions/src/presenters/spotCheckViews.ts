import type { Dispute, SpotCheck } from '../contract/spotChecks';
import type { PhotoStore } from '../domain/ports';
import { READ_EXPIRES_SECONDS } from '../domain/photos/photoKeys';
import type { DisputeRecord, SpotCheckRecord } from '../domain/vendors/records';

/** A spot check as the API shows it: its photos as short-lived read links (presigning calls no service). */
export async function presentSpotCheck(photos: PhotoStore, check: SpotCheckRecord): Promise<SpotCheck> {
  const { photoKeys, hospitalId: _hospital, ...rest } = check;
  return { ...rest, photoUrls: await Promise.all(photoKeys.map((key) => photos.presignRead(key, READ_EXPIRES_SECONDS))) };
}

export function presentDispute(dispute: DisputeRecord): Dispute {
  const { hospitalId: _hospital, ...rest } = dispute;
  return rest;
}
