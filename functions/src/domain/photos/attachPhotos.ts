import { ulid } from 'ulid';
import { InvalidError, type FieldProblem } from '../errors';
import type { Clock, KeptPhoto, PhotoStore } from '../ports';
import type { UserRecord } from '../records';
import { SIGNATURE_BYTES, sniffPhotoType } from './imageSignature';
import { MAX_PHOTO_BYTES, contentTypeOfKey, isOwnPhotoKey, keptPhotoKey } from './photoKeys';

/** The request field a problem names: the n-th of the photo keys, or a single key's own field. */
type FieldOf = (index: number) => string;
const photoKeysField: FieldOf = (index) => `body.photoKeys.${index}`;

/** What is wrong with a kept copy, or null when it is a photo of the type its upload was granted for. */
function problemOf(fieldOf: FieldOf, index: number, granted: string, kept: KeptPhoto | null): FieldProblem | null {
  const problem = (code: string, message: string, messageZh: string): FieldProblem => ({ field: fieldOf(index), code, message, messageZh });
  if (!kept) return problem('not_uploaded', 'This photo was never uploaded (or the upload failed)', '照片未上传成功，请重新上传');
  if (kept.sizeBytes < 1 || kept.sizeBytes > MAX_PHOTO_BYTES) return problem('too_large', 'A photo may be at most 10 MB', '照片不能超过 10 MB');
  const sniffed = sniffPhotoType(kept.firstBytes);
  if (!sniffed) return problem('not_an_image', 'The file is not a JPEG, PNG, WebP or HEIC photo', '文件不是 JPEG、PNG、WebP 或 HEIC 格式的照片');
  if (sniffed !== granted || kept.contentType !== granted) return problem('wrong_type', 'The photo is not of the type it was granted for', '照片格式与申请上传时不符，请重新上传');
  return null;
}

/**
 * A ticket (or a completion) takes only photos its caller uploaded, and keeps its own copy of
 * each: the key must lie under the caller's own prefix in the caller's hospital (checked before
 * any S3 call, so a foreign key costs none); then each upload is copied to a key no grant names
 * (`keptPhotoKey`) and the copy is checked: 1 byte..10 MB, stored as the granted type, and its
 * first bytes a JPEG, PNG, WebP or HEIC of that same type. Checking the copy, not the upload,
 * leaves no moment in which the uploader could swap the bytes; so the stored Content-Type a
 * photo is served with is the type its bytes show. Returns the kept keys, in order; copies of a
 * refused request are deleted.
 */
export async function attachOwnUploadedPhotos(
  deps: { photos: PhotoStore; clock: Clock },
  user: UserRecord,
  keys: readonly string[],
  fieldOf: FieldOf = photoKeysField,
): Promise<string[]> {
  const foreign = keys.flatMap((key, i) =>
    isOwnPhotoKey(key, user.hospitalId, user.id)
      ? []
      : [{ field: fieldOf(i), code: 'not_your_upload', message: 'Not a photo you uploaded', messageZh: '不是您上传的照片' }],
  );
  if (foreign.length) throw new InvalidError('Some photos were not uploaded by you', '部分照片不是您上传的', foreign);

  const now = deps.clock.now().getTime();
  const kept = keys.map((key) => keptPhotoKey(user.hospitalId, ulid(now), contentTypeOfKey(key)!));
  const copies = await Promise.all(keys.map((key, i) => deps.photos.keep(key, kept[i]!, SIGNATURE_BYTES)));
  const problems = copies.flatMap((copy, i) => problemOf(fieldOf, i, contentTypeOfKey(keys[i]!)!, copy) ?? []);
  if (problems.length) {
    await Promise.all(kept.filter((_, i) => copies[i]).map((key) => deps.photos.discard(key)));
    throw new InvalidError('Some photos are not usable', '部分照片不可用，请重新上传', problems);
  }
  return kept;
}
