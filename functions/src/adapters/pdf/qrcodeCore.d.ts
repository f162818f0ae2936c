/**
 * qrcode's encoder alone (lib/core/qrcode.js): its package entry also loads the PNG and file
 * renderers, which need `fs` and pngjs; the label sheet draws the modules itself.
 */
declare module 'qrcode/lib/core/qrcode' {
  import type { QRCode, QRCodeOptions } from 'qrcode';
  export function create(text: string, options?: QRCodeOptions): QRCode;
}
