import { ulid } from 'ulid';
import type { CreateUploadBody } from '../../contract/uploads';
import { InvalidError } from '../errors';
import type { Clock, PhotoStore } from '../ports';
import type { UserRecord } from '../records';
import { MAX_PHOTO_BYTES, UPLOAD_EXPIRES_SECONDS, photoKey } from './photoKeys';

export interface UploadGrant {
  key: string;
  url: string;
  fields: Record<string, string>;
  expiresAt: string;
  maxBytes: number;
}

/**
 * Permission to upload one photo straight to S3: a fresh key under the caller's own prefix,
 * and a policy that S3 enforces (this content type exactly, 1 byte..10 MB, 5 minutes).
 */
export async function createUpload(deps: { photos: PhotoStore; clock: Clock }, user: UserRecord, body: CreateUploadBody): Promise<UploadGrant> {
  if (body.purpose === 'signature' && body.contentType !== 'image/png') {
    throw new InvalidError('A signature is uploaded as a PNG', '签名须以 PNG 格式上传', [
      { field: 'body.contentType', code: 'signature_not_png', message: 'Use image/png for a signature', messageZh: '签名请使用 image/png' },
    ]);
  }
  const key = photoKey(user.hospitalId, user.id, ulid(deps.clock.now().getTime()), body.contentType);
  const grant = await deps.photos.presignUpload({
    key,
    contentType: body.contentType,
    maxBytes: MAX_PHOTO_BYTES,
    expiresInSeconds: UPLOAD_EXPIRES_SECONDS,
    metadata: { purpose: body.purpose ?? 'report' },
  });
  return { key, url: grant.url, fields: grant.fields, expiresAt: grant.expiresAt.toISOString(), maxBytes: MAX_PHOTO_BYTES };
}
