import type { PhotoContentType } from '../../contract/uploads';

/** What S3's upload policy allows for one photo; the app compresses well below this. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** A presigned POST is good for one attempt on a weak signal, not for later reuse. */
export const UPLOAD_EXPIRES_SECONDS = 5 * 60;
/** Read URLs live as long as someone looks at one ticket screen. */
export const READ_EXPIRES_SECONDS = 10 * 60;

const EXTENSION_OF: Record<PhotoContentType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
};
export const PHOTO_CONTENT_TYPES = Object.keys(EXTENSION_OF) as PhotoContentType[];

/** The content type a key was granted for: its extension says which one the upload policy fixed. */
export function contentTypeOfKey(key: string): PhotoContentType | null {
  const extension = key.slice(key.lastIndexOf('.') + 1);
  return PHOTO_CONTENT_TYPES.find((type) => EXTENSION_OF[type] === extension) ?? null;
}

/** Ids inside a key: the same safe characters as contract Id, so a key can never climb out of its prefix. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Every photo of a user lives under this prefix: the hospital first (isolation is structural,
 * as in the table), then the uploader, so "only keys its caller uploaded" is a prefix check.
 */
export function photoPrefix(hospitalId: string, userId: string): string {
  if (!SAFE_ID.test(hospitalId) || !SAFE_ID.test(userId)) throw new Error(`Unsafe id in a photo key: ${hospitalId}/${userId}`);
  return `h/${hospitalId}/u/${userId}/`;
}

/** `h/<hospitalId>/u/<userId>/<id>.<ext>`; `id` is a fresh ULID. */
export function photoKey(hospitalId: string, userId: string, id: string, contentType: PhotoContentType): string {
  if (!SAFE_ID.test(id)) throw new Error(`Unsafe photo id: ${id}`);
  return `${photoPrefix(hospitalId, userId)}${id}.${EXTENSION_OF[contentType]}`;
}

/**
 * Where an attached photo is kept: `h/<hospitalId>/p/<id>.<ext>`, a copy made on attach. No
 * upload grant ever names a key here, so re-posting with an old grant (S3 lets a POST policy be
 * used again until it expires) changes the upload, never the photo a ticket shows.
 */
export function keptPhotoKey(hospitalId: string, id: string, contentType: PhotoContentType): string {
  if (!SAFE_ID.test(hospitalId) || !SAFE_ID.test(id)) throw new Error(`Unsafe id in a photo key: ${hospitalId}/${id}`);
  return `h/${hospitalId}/p/${id}.${EXTENSION_OF[contentType]}`;
}

const KEY_SHAPE = /^h\/([A-Za-z0-9_-]{1,64})\/u\/([A-Za-z0-9_-]{1,64})\/[A-Za-z0-9_-]{1,64}\.(jpg|png|webp|heic)$/;

/** True only for a key of exactly the shape photoKey() builds, under this user's own prefix. */
export function isOwnPhotoKey(key: string, hospitalId: string, userId: string): boolean {
  const match = KEY_SHAPE.exec(key);
  return match !== null && match[1] === hospitalId && match[2] === userId;
}
