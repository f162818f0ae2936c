import { InvalidError, type FieldProblem } from '../errors';
import type { PhotoStore } from '../ports';
import type { UserRecord } from '../records';
import { MAX_PHOTO_BYTES, contentTypeOfKey, isOwnPhotoKey } from './photoKeys';

function problem(index: number, code: string, message: string, messageZh: string): FieldProblem {
  return { field: `body.photoKeys.${index}`, code, message, messageZh };
}

/**
 * A ticket (or a completion) takes only photos its caller uploaded: the key must lie under the
 * caller's own prefix in the caller's hospital, and the object must be there. One HeadObject per
 * key, and only once every key passed the prefix check, so a foreign key costs no S3 call.
 * Size and type (the one the key was granted for) are checked again from HeadObject: S3's POST policy already enforces them;
 * this is the second line of defence, should an object reach the bucket some other way.
 */
export async function verifyOwnUploadedPhotos(photos: PhotoStore, user: UserRecord, keys: readonly string[]): Promise<void> {
  const foreign = keys.flatMap((key, i) =>
    isOwnPhotoKey(key, user.hospitalId, user.id) ? [] : [problem(i, 'not_your_upload', 'Not a photo you uploaded', '不是您上传的照片')],
  );
  if (foreign.length) throw new InvalidError('Some photos were not uploaded by you', '部分照片不是您上传的', foreign);

  const heads = await Promise.all(keys.map((key) => photos.head(key)));
  const missing = heads.flatMap((head, i) => {
    if (!head) return [problem(i, 'not_uploaded', 'This photo was never uploaded (or the upload failed)', '照片未上传成功，请重新上传')];
    if (head.sizeBytes < 1 || head.sizeBytes > MAX_PHOTO_BYTES) return [problem(i, 'too_large', 'A photo may be at most 10 MB', '照片不能超过 10 MB')];
    if (head.contentType !== contentTypeOfKey(keys[i]!)) return [problem(i, 'wrong_type', 'The photo is not of the type it was granted for', '照片格式与申请上传时不符，请重新上传')];
    return [];
  });
  if (missing.length) throw new InvalidError('Some photos are not usable', '部分照片不可用，请重新上传', missing);
}
