import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const DPI = 150;
/** The label sheet's grid (adapters/pdf/labelSheet.ts): A4, 28 pt margins, 2 × 5 cells. */
const SHEET = { width: 595.28, height: 841.89, margin: 28, columns: 2, rows: 5 };

/** The text of a PDF as poppler's pdftotext extracts it (what a search or a screen reader gets). */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
}

/**
 * Renders each page of a PDF with poppler's pdftoppm and decodes the QR of every grid cell with
 * jsQR: what a phone would read from the printed sheet. Empty cells give nothing.
 */
export function decodeLabelSheet(pdf: Buffer): { page: number; cell: number; text: string }[] {
  const dir = mkdtempSync(join(tmpdir(), 'labels-'));
  try {
    writeFileSync(join(dir, 'sheet.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(DPI), '-png', join(dir, 'sheet.pdf'), join(dir, 'page')]);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
    const found: { page: number; cell: number; text: string }[] = [];
    pages.forEach((file, page) => {
      const png = PNG.sync.read(readFileSync(join(dir, file)));
      const scale = png.width / SHEET.width;
      const cellW = ((SHEET.width - 2 * SHEET.margin) / SHEET.columns) * scale;
      const cellH = ((SHEET.height - 2 * SHEET.margin) / SHEET.rows) * scale;
      for (let cell = 0; cell < SHEET.columns * SHEET.rows; cell++) {
        const x0 = Math.round(SHEET.margin * scale + (cell % SHEET.columns) * cellW);
        const y0 = Math.round(SHEET.margin * scale + Math.floor(cell / SHEET.columns) * cellH);
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
    return found;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
