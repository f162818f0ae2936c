import imageCompression from 'browser-image-compression';
import type { PickedImage } from './types';
import { TARGET_UPLOAD_BYTES, checkPicked, checkReady } from './photoCheck';

/**
 * The bytes behind a picked photo's path. A kept photo is a data: URL, which the app's
 * Content-Security-Policy does not let fetch() read (connect-src has no data:): decoded here.
 */
export async function blobOf(path: string): Promise<Blob> {
  const data = /^data:([^;,]+)?(;base64)?,(.*)$/s.exec(path);
  if (!data) return (await fetch(path)).blob();
  const text = data[2] ? atob(data[3] ?? '') : decodeURIComponent(data[3] ?? '');
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: data[1] ?? 'application/octet-stream' });
}

/** Compressed to at most this edge: a fault photo needs detail, not a 48-megapixel original. */
const MAX_EDGE_PX = 1920;

/**
 * A browser's photo made ready to upload (H5 only: this file is not in the weapp build). The
 * type and size are checked first; a large photo is compressed to JPEG in a web worker.
 */
export async function compressForUpload(image: PickedImage): Promise<PickedImage> {
  checkPicked(image);
  if (image.size <= TARGET_UPLOAD_BYTES || image.contentType === 'image/heic') return checkReady(image);
  const original = await blobOf(image.path);
  const file = new File([original], 'photo', { type: image.contentType ?? original.type ?? 'image/jpeg' });
  let compressed: File;
  try {
    compressed = await imageCompression(file, {
      maxSizeMB: TARGET_UPLOAD_BYTES / 1024 / 1024,
      maxWidthOrHeight: MAX_EDGE_PX,
      // Its web worker loads the library from a public CDN: not on a hospital network, nor offline.
      useWebWorker: false,
      fileType: 'image/jpeg',
      initialQuality: 0.8,
    });
  } catch {
    // A photo the browser cannot decode goes as it is, if the server can take it.
    return checkReady(image);
  }
  return checkReady({ path: URL.createObjectURL(compressed), size: compressed.size, contentType: 'image/jpeg' });
}

/** A data: URL outlives a reload (a blob: URL does not): a queued completion's photos are kept so. */
export async function keepAsDataUrl(image: PickedImage): Promise<PickedImage> {
  if (image.path.startsWith('data:')) return image;
  const blob = await blobOf(image.path);
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the photo'));
    reader.readAsDataURL(blob);
  });
  return { ...image, path: dataUrl };
}
