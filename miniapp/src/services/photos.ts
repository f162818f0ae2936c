import type { PhotoContentType } from '@contract/uploads';
import { platform, type PickedImage } from '../platform';
import { PhotoRefusedError, checkPicked } from '../platform/photoCheck';
import { t } from '../i18n';
import { api, ApiError } from './api';

export type PhotoPurpose = 'report' | 'completion' | 'signature';

/** Tries per photo: a phone on a hospital corridor's Wi-Fi loses uploads now and then. */
const ATTEMPTS = 3;
const UPLOAD_TIMEOUT_MS = 60000;

export class PhotoUploadError extends Error {
  constructor(cause: unknown, message = t('report.err.photoUpload')) {
    super(message, { cause });
    this.name = 'PhotoUploadError';
  }
}

/** The picked files that are photos of a size that can be sent; the first refusal's message for the others. */
export function screenPicked(picked: PickedImage[]): { photos: PickedImage[]; refusal: string | null } {
  let refusal: string | null = null;
  const photos = picked.filter((p) => {
    try {
      checkPicked(p);
      return true;
    } catch (err) {
      if (!(err instanceof PhotoRefusedError)) throw err;
      refusal ??= err.message;
      return false;
    }
  });
  return { photos, refusal };
}

/** Photos already uploaded in this app run (path → key), so a retried submission does not upload them twice. */
const uploaded = new Map<string, string>();

function contentTypeOf(image: PickedImage): PhotoContentType {
  const known: PhotoContentType[] = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'];
  if (image.contentType && (known as string[]).includes(image.contentType)) return image.contentType as PhotoContentType;
  const ext = /\.([a-z0-9]+)(?:\?|$)/i.exec(image.path)?.[1]?.toLowerCase();
  if (ext === 'png') return 'image/png';
  if (ext === 'webp') return 'image/webp';
  if (ext === 'heic') return 'image/heic';
  return 'image/jpeg';
}

async function uploadOne(image: PickedImage, purpose: PhotoPurpose, onProgress: (percent: number) => void): Promise<string> {
  // A signature stays the PNG the pad drew: preparing (compressing) is for camera photos.
  // A photo that can never be sent (no photo, too large after compression) is not retried.
  const ready =
    purpose === 'signature'
      ? image
      : await platform.prepareImage(image).catch((err: unknown) => {
          throw err instanceof PhotoRefusedError ? new PhotoUploadError(err, err.message) : err;
        });
  let lastError: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      // A fresh grant per attempt: the presigned POST expires after a few minutes.
      const grant = await api.createUpload({ contentType: contentTypeOf(ready), purpose });
      const res = await platform.uploadFile({
        url: grant.url,
        filePath: ready.path,
        name: 'file',
        formData: grant.fields,
        timeoutMs: UPLOAD_TIMEOUT_MS,
        onProgress,
      });
      // wx.uploadFile "succeeds" for any HTTP status: S3 answers 204 (or 201) when stored.
      if (res.statusCode >= 200 && res.statusCode < 300) return grant.key;
      lastError = new Error(`upload answered ${res.statusCode}`);
    } catch (err) {
      lastError = err;
      if (err instanceof ApiError && !err.retryable) break;
    }
  }
  throw new PhotoUploadError(lastError);
}

/**
 * Uploads the picked photos straight to S3 (POST /v1/uploads gives a presigned POST per photo)
 * and answers their keys, in order, for a ticket's `photoKeys`. `onProgress` gets 0–100 over all.
 */
export async function uploadPhotos(photos: PickedImage[], purpose: PhotoPurpose = 'report', onProgress?: (percent: number) => void): Promise<string[]> {
  const keys: string[] = [];
  for (const [i, photo] of photos.entries()) {
    const cacheKey = `${purpose}:${photo.path}`;
    const known = uploaded.get(cacheKey);
    if (known) {
      keys.push(known);
      continue;
    }
    const key = await uploadOne(photo, purpose, (p) => onProgress?.(Math.round(((i + p / 100) / photos.length) * 100)));
    uploaded.set(cacheKey, key);
    keys.push(key);
  }
  if (photos.length) onProgress?.(100);
  return keys;
}
