import imageCompression from 'browser-image-compression';
import type { PickedImage } from './types';
import { TARGET_UPLOAD_BYTES, checkPicked, checkReady } from './photoCheck';

/** Compressed to at most this edge: a fault photo needs detail, not a 48-megapixel original. */
const MAX_EDGE_PX = 1920;

/**
 * A browser's photo made ready to upload (H5 only: this file is not in the weapp build). The
 * type and size are checked first; a large photo is compressed to JPEG in a web worker.
 */
export async function compressForUpload(image: PickedImage): Promise<PickedImage> {
  checkPicked(image);
  if (image.size <= TARGET_UPLOAD_BYTES || image.contentType === 'image/heic') return checkReady(image);
  const original = await (await fetch(image.path)).blob();
  const file = new File([original], 'photo', { type: image.contentType ?? original.type ?? 'image/jpeg' });
  let compressed: File;
  try {
    compressed = await imageCompression(file, {
      maxSizeMB: TARGET_UPLOAD_BYTES / 1024 / 1024,
      maxWidthOrHeight: MAX_EDGE_PX,
      useWebWorker: true,
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
  const blob = await (await fetch(image.path)).blob();
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the photo'));
    reader.readAsDataURL(blob);
  });
  return { ...image, path: dataUrl };
}
