import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * The text of the QR code in a PNG screenshot of it (what a phone's camera reads from the
 * screen). The shot is a few hundred pixels square: decoding takes milliseconds, unlike a
 * rendered A4 label sheet (pdfQr.ts), so it runs here rather than in a worker.
 */
export function decodeQrScreenshot(png: Buffer): string {
  const image = PNG.sync.read(png);
  const found = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  if (!found) throw new Error(`No QR code found in the ${image.width}×${image.height} screenshot`);
  return found.data;
}
