// Decodes the QR code of every grid cell of rendered label-sheet pages (PNG files), off the test's
// event loop: jsQR over ten cells of a 150 dpi A4 page is seconds of CPU on a busy machine, and a
// blocked loop lets the test's keep-alive sockets go stale. Plain JavaScript so a worker thread
// loads it without a TypeScript loader.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** @type {{ pngFiles: string[], sheet: { width: number, height: number, margin: number, columns: number, rows: number } }} */
const { pngFiles, sheet } = workerData;

/** @type {{ page: number, cell: number, text: string }[]} */
const found = [];
pngFiles.forEach((file, page) => {
  const png = PNG.sync.read(readFileSync(file));
  const scale = png.width / sheet.width;
  const cellW = ((sheet.width - 2 * sheet.margin) / sheet.columns) * scale;
  const cellH = ((sheet.height - 2 * sheet.margin) / sheet.rows) * scale;
  for (let cell = 0; cell < sheet.columns * sheet.rows; cell++) {
    const x0 = Math.round(sheet.margin * scale + (cell % sheet.columns) * cellW);
    const y0 = Math.round(sheet.margin * scale + Math.floor(cell / sheet.columns) * cellH);
    const w = Math.floor(cellW);
    const h = Math.floor(cellH);
    const pixels = new Uint8ClampedArray(w * h * 4);
    for (let y = 0; y < h; y++) {
      const from = ((y0 + y) * png.width + x0) * 4;
      pixels.set(png.data.subarray(from, from + w * 4), y * w * 4);
    }
    const qr = jsQR(pixels, w, h);
    if (qr) found.push({ page, cell, text: qr.data });
  }
});
parentPort.postMessage(found);
