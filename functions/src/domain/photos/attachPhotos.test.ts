import { InvalidError } from '../errors';
import type { KeptPhoto, PhotoStore } from '../ports';
import { aUser } from '../testing/factories';
import { MAX_PHOTO_BYTES, photoKey } from './photoKeys';
import { attachOwnUploadedPhotos } from './attachPhotos';
import { attachOwnSignature } from './attachSignature';

const nurse = aUser({ id: 'nurse-li', hospitalId: 'h1' });
const clock = { now: () => new Date('2026-12-01T08:00:00Z') };
const JPEG_START = [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1];
const HTML_START = [...'<!doctype html><'].map((c) => c.charCodeAt(0));
const jpeg = (sizeBytes = 2048): KeptPhoto => ({ sizeBytes, contentType: 'image/jpeg', firstBytes: Uint8Array.from(JPEG_START) });

/** A bucket of uploads; keep() copies one as S3 would, and the test sees every call. */
function bucketWith(uploads: Record<string, KeptPhoto>) {
  const kept = new Map<string, KeptPhoto>();
  const calls: string[] = [];
  const store: PhotoStore = {
    presignUpload: () => Promise.reject(new Error('not used')),
    presignRead: () => Promise.reject(new Error('not used')),
    keep: (from, to, firstBytes) => {
      calls.push(`keep ${from}`);
      const upload = uploads[from];
      if (!upload) return Promise.resolve(null);
      kept.set(to, upload);
      return Promise.resolve({ ...upload, firstBytes: upload.firstBytes.slice(0, firstBytes) });
    },
    discard: (key) => {
      calls.push(`discard ${key}`);
      kept.delete(key);
      return Promise.resolve();
    },
  };
  return { store, kept, calls };
}

async function problemsOf(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidError);
  return (error as InvalidError).problems.map((p) => [p.field, p.code]);
}

describe('attaching the photos of a ticket', () => {
  const own = photoKey('h1', 'nurse-li', 'a1', 'image/jpeg');

  it('keeps a copy of each photo under the hospital, never under the uploader, and returns its keys', async () => {
    const bucket = bucketWith({ [own]: jpeg() });
    const keys = await attachOwnUploadedPhotos({ photos: bucket.store, clock }, nurse, [own]);
    expect(keys).toEqual([expect.stringMatching(/^h\/h1\/p\/[0-9A-Z]{26}\.jpg$/)]);
    expect([...bucket.kept.keys()]).toEqual(keys);
    expect(bucket.calls).toEqual([`keep ${own}`]);
  });

  it('refuses a key of another user or hospital without asking S3', async () => {
    const bucket = bucketWith({});
    const problems = await problemsOf(attachOwnUploadedPhotos({ photos: bucket.store, clock }, nurse, [own, photoKey('h1', 'doctor-wu', 'a', 'image/jpeg'), photoKey('h2', 'nurse-li', 'a', 'image/jpeg')]));
    expect(problems).toEqual([
      ['body.photoKeys.1', 'not_your_upload'],
      ['body.photoKeys.2', 'not_your_upload'],
    ]);
    expect(bucket.calls).toEqual([]);
  });

  it('refuses a photo never uploaded, too large, stored as another type, or whose bytes are no photo, and deletes the copies', async () => {
    const big = photoKey('h1', 'nurse-li', 'b', 'image/jpeg');
    const png = photoKey('h1', 'nurse-li', 'c', 'image/jpeg');
    const html = photoKey('h1', 'nurse-li', 'd', 'image/jpeg');
    const pngBytes = photoKey('h1', 'nurse-li', 'e', 'image/jpeg');
    const good = photoKey('h1', 'nurse-li', 'f', 'image/jpeg');
    const bucket = bucketWith({
      [big]: jpeg(MAX_PHOTO_BYTES + 1),
      [png]: { ...jpeg(), contentType: 'image/png' },
      [html]: { sizeBytes: 500, contentType: 'image/jpeg', firstBytes: Uint8Array.from(HTML_START) },
      [pngBytes]: { sizeBytes: 500, contentType: 'image/jpeg', firstBytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
      [good]: jpeg(),
    });
    expect(await problemsOf(attachOwnUploadedPhotos({ photos: bucket.store, clock }, nurse, [own, big, png, html, pngBytes, good]))).toEqual([
      ['body.photoKeys.0', 'not_uploaded'],
      ['body.photoKeys.1', 'too_large'],
      ['body.photoKeys.2', 'wrong_type'],
      ['body.photoKeys.3', 'not_an_image'],
      ['body.photoKeys.4', 'wrong_type'],
    ]);
    expect(bucket.kept.size).toBe(0);
    expect(bucket.calls.filter((c) => c.startsWith('discard'))).toHaveLength(5);
  });

  it('asks S3 nothing for a ticket without photos', async () => {
    const bucket = bucketWith({});
    await expect(attachOwnUploadedPhotos({ photos: bucket.store, clock }, nurse, [])).resolves.toEqual([]);
    expect(bucket.calls).toEqual([]);
  });
});

describe('attaching the signature of a confirmation', () => {
  const PNG_START = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];
  const png: KeptPhoto = { sizeBytes: 900, contentType: 'image/png', firstBytes: Uint8Array.from(PNG_START) };

  it('keeps a PNG the confirmer uploaded under the hospital', async () => {
    const own = photoKey('h1', 'nurse-li', 's1', 'image/png');
    const bucket = bucketWith({ [own]: png });
    await expect(attachOwnSignature({ photos: bucket.store, clock }, nurse, own)).resolves.toMatch(/^h\/h1\/p\/[0-9A-Z]{26}\.png$/);
  });

  it('refuses a JPEG as a signature without asking S3, and names the signature field', async () => {
    const bucket = bucketWith({});
    expect(await problemsOf(attachOwnSignature({ photos: bucket.store, clock }, nurse, photoKey('h1', 'nurse-li', 's1', 'image/jpeg')))).toEqual([
      ['body.signatureKey', 'not_png'],
    ]);
    expect(bucket.calls).toEqual([]);
  });

  it('names the signature field when the upload is not the confirmer’s or is no image', async () => {
    const html = photoKey('h1', 'nurse-li', 's2', 'image/png');
    const bucket = bucketWith({ [html]: { sizeBytes: 500, contentType: 'image/png', firstBytes: Uint8Array.from(HTML_START) } });
    expect(await problemsOf(attachOwnSignature({ photos: bucket.store, clock }, nurse, photoKey('h1', 'doctor-wu', 's1', 'image/png')))).toEqual([
      ['body.signatureKey', 'not_your_upload'],
    ]);
    expect(await problemsOf(attachOwnSignature({ photos: bucket.store, clock }, nurse, html))).toEqual([['body.signatureKey', 'not_an_image']]);
  });
});
