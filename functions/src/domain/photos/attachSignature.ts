import { InvalidError } from '../errors';
import type { Clock, PhotoStore } from '../ports';
import type { UserRecord } from '../records';
import { attachOwnUploadedPhotos } from './attachPhotos';
import { contentTypeOfKey } from './photoKeys';

const SIGNATURE_FIELD = 'body.signatureKey';

/**
 * A confirmation's signature takes the photos' path: the confirmer's own upload, copied to a kept
 * key under the hospital's prefix and checked there by its first bytes — and it must be a PNG
 * (what the signature pad draws), so a photo of something else is no signature.
 */
export async function attachOwnSignature(deps: { photos: PhotoStore; clock: Clock }, user: UserRecord, key: string): Promise<string> {
  if (contentTypeOfKey(key) !== 'image/png') {
    throw new InvalidError('A signature is a PNG drawn on the screen', '签名须为在屏幕上手写的 PNG 图片', [
      { field: SIGNATURE_FIELD, code: 'not_png', message: 'Sign on the screen again', messageZh: '请重新签字' },
    ]);
  }
  const [kept] = await attachOwnUploadedPhotos(deps, user, [key], () => SIGNATURE_FIELD);
  return kept!;
}
