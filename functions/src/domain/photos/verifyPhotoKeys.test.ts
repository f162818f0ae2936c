import { InvalidError } from '../errors';
import type { PhotoStore, StoredPhoto } from '../ports';
import { aUser } from '../testing/factories';
import { MAX_PHOTO_BYTES, photoKey } from './photoKeys';
import { verifyOwnUploadedPhotos } from './verifyPhotoKeys';

const nurse = aUser({ id: 'nurse-li', hospitalId: 'h1' });

function storeWith(objects: Record<string, StoredPhoto>): PhotoStore & { heads: string[] } {
  const heads: string[] = [];
  return {
    heads,
    presignUpload: () => Promise.reject(new Error('not used')),
    presignRead: () => Promise.reject(new Error('not used')),
    head: (key) => {
      heads.push(key);
      return Promise.resolve(objects[key] ?? null);
    },
  };
}

async function problemsOf(promise: Promise<void>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidError);
  return (error as InvalidError).problems.map((p) => [p.field, p.code]);
}

describe('verifying the photos of a ticket', () => {
  const own = photoKey('h1', 'nurse-li', 'a1', 'image/jpeg');

  it('accepts photos the caller uploaded, with one HeadObject each', async () => {
    const store = storeWith({ [own]: { sizeBytes: 2048, contentType: 'image/jpeg' } });
    await expect(verifyOwnUploadedPhotos(store, nurse, [own])).resolves.toBeUndefined();
    expect(store.heads).toEqual([own]);
  });

  it('refuses a key of another user or hospital without asking S3', async () => {
    const store = storeWith({});
    const problems = await problemsOf(verifyOwnUploadedPhotos(store, nurse, [own, photoKey('h1', 'doctor-wu', 'a', 'image/jpeg'), photoKey('h2', 'nurse-li', 'a', 'image/jpeg')]));
    expect(problems).toEqual([
      ['body.photoKeys.1', 'not_your_upload'],
      ['body.photoKeys.2', 'not_your_upload'],
    ]);
    expect(store.heads).toEqual([]);
  });

  it('refuses a key that was never uploaded, too large, or of another type than granted', async () => {
    const big = photoKey('h1', 'nurse-li', 'b', 'image/jpeg');
    const png = photoKey('h1', 'nurse-li', 'c', 'image/jpeg');
    const store = storeWith({ [big]: { sizeBytes: MAX_PHOTO_BYTES + 1, contentType: 'image/jpeg' }, [png]: { sizeBytes: 10, contentType: 'image/png' } });
    expect(await problemsOf(verifyOwnUploadedPhotos(store, nurse, [own, big, png]))).toEqual([
      ['body.photoKeys.0', 'not_uploaded'],
      ['body.photoKeys.1', 'too_large'],
      ['body.photoKeys.2', 'wrong_type'],
    ]);
  });
});
