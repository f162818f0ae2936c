import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';

/**
 * Nothing here blocks the event loop: poppler runs as a child process and jsQR in a worker
 * thread. A test that blocked for seconds would find its keep-alive sockets closed under it.
 */
const execFileAsync = promisify(execFile);
const DPI = 150;
/** The label sheet's grid (adapters/pdf/labelSheet.ts): A4, 28 pt margins, 2 × 5 cells. */
const SHEET = { width: 595.28, height: 841.89, margin: 28, columns: 2, rows: 5 };

export interface DecodedLabel {
  page: number;
  cell: number;
  text: string;
}

/** The text of a PDF as poppler's pdftotext extracts it (what a search or a screen reader gets). */
export async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'labels-'));
  try {
    await writeFile(join(dir, 'sheet.pdf'), pdf);
    const { stdout } = await execFileAsync('pdftotext', ['-enc', 'UTF-8', join(dir, 'sheet.pdf'), '-'], { encoding: 'utf8' });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Renders each page of a PDF with poppler's pdftoppm and decodes the QR of every grid cell with
 * jsQR: what a phone would read from the printed sheet. Empty cells give nothing.
 */
export async function decodeLabelSheet(pdf: Buffer): Promise<DecodedLabel[]> {
  const dir = await mkdtemp(join(tmpdir(), 'labels-'));
  try {
    await writeFile(join(dir, 'sheet.pdf'), pdf);
    await execFileAsync('pdftoppm', ['-r', String(DPI), '-png', join(dir, 'sheet.pdf'), join(dir, 'page')]);
    const pngFiles = (await readdir(dir)).filter((f) => f.endsWith('.png')).sort().map((f) => join(dir, f));
    return await decodeInWorker(pngFiles);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function decodeInWorker(pngFiles: string[]): Promise<DecodedLabel[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'labelSheetWorker.mjs'), { workerData: { pngFiles, sheet: SHEET } });
    worker.once('message', (found: DecodedLabel[]) => resolve(found));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The QR decoding worker stopped with exit code ${code}`));
    });
  });
}
