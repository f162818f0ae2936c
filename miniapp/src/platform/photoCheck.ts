import { t } from '../i18n';
import type { PickedImage } from './types';

/** The server's limit per photo (functions/src/domain/photos/photoKeys.ts MAX_PHOTO_BYTES). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Larger than this is refused before trying to compress it (a 21 MB photo compresses; a 60 MB file is no phone photo). */
export const MAX_PICKED_BYTES = 40 * 1024 * 1024;
/** Photos are compressed to about this size before upload (quick on a ward's weak signal). */
export const TARGET_UPLOAD_BYTES = 800 * 1024;

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'];
const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'heic', 'heif'];

/** A file that cannot be uploaded as a photo: the message says why, in the current language. */
export class PhotoRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PhotoRefusedError';
  }
}

/** A photo by its type, or (a weapp temp path has none) by its extension. */
export function isPhoto(image: PickedImage, fileName?: string): boolean {
  if (image.contentType) return PHOTO_TYPES.includes(image.contentType.toLowerCase());
  const ext = /\.([a-z0-9]+)(?:\?|$)/i.exec(fileName ?? image.path)?.[1]?.toLowerCase();
  return ext ? PHOTO_EXTENSIONS.includes(ext) : true;
}

/** Refuses what can never be uploaded, before any upload is tried. */
export function checkPicked(image: PickedImage, fileName?: string): void {
  if (!isPhoto(image, fileName)) throw new PhotoRefusedError(t('photo.notAPhoto'));
  if (image.size > MAX_PICKED_BYTES) throw new PhotoRefusedError(t('photo.tooLarge', { mb: Math.round(MAX_UPLOAD_BYTES / 1024 / 1024) }));
}

/** After compression: still above the server's limit is refused, never retried. */
export function checkReady(image: PickedImage): PickedImage {
  if (image.size > MAX_UPLOAD_BYTES) throw new PhotoRefusedError(t('photo.tooLarge', { mb: Math.round(MAX_UPLOAD_BYTES / 1024 / 1024) }));
  return image;
}
