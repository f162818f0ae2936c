import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseQrText } from '../../../miniapp/src/platform/qr';
import { decodeLabelSheet } from '../../support/pdfQr';
import { baseUrl, phonePage, screenshot } from '../browser';

/**
 * Reusable steps of the label story (issue 14's setup e2e, issue 12's scans): print a floor's
 * labels through the labels screen, and scan one as a nurse or a technician would.
 */
const execFileAsync = promisify(execFile);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface PrintedLabels {
  pdf: Buffer;
  /** Each printed QR's label code, read as the app reads a scan, in sheet order. */
  codes: string[];
  /** Each printed QR's text as a camera reads it. */
  texts: string[];
}

/** On the labels screen (signed in as an admin or the desk): a floor's labels, previewed, then downloaded as the PDF and decoded. */
export async function printFloorLabels(page: Page, at: { building: string; floor: string }, shot?: string): Promise<PrintedLabels> {
  await page.goto(`${baseUrl()}/#/packages/admin/labels/index`);
  await page.getByTestId(`labels-building-${at.building}`).click();
  await page.getByTestId(`labels-floor-${at.floor}`).click();
  await page.getByTestId('labels-preview').click();
  await page.getByTestId('labels-list').waitFor();
  if (shot) await screenshot(page, shot);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('labels-download').click()]);
  const path = await download.path();
  const pdf = await readFile(path);
  const decoded = await decodeLabelSheet(pdf);
  return { pdf, texts: decoded.map((d) => d.text), codes: decoded.map((d) => parseQrText(d.text) ?? `not a label: ${d.text}`) };
}

/** The first label cell of a sheet's first page as a grey image (pdftoppm), as a camera would see the printed label. */
async function firstLabelImage(pdf: Buffer, dir: string): Promise<{ width: number; height: number; luma: Buffer }> {
  // The sheet's grid (adapters/pdf/labelSheetPdf.ts): 28 pt margins, 2 × 5 cells on A4; 100 dpi.
  const dpi = 100;
  const px = (pt: number) => Math.round((pt * dpi) / 72);
  await writeFile(join(dir, 'sheet.pdf'), pdf);
  const cell = { x: px(28), y: px(28), width: px((595.28 - 56) / 2), height: px((841.89 - 56) / 5) };
  await execFileAsync('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-x', String(cell.x), '-y', String(cell.y), '-W', String(cell.width), '-H', String(cell.height), '-singlefile', join(dir, 'sheet.pdf'), join(dir, 'label')]);
  const pgm = await readFile(join(dir, 'label.pgm'));
  // P5 <width> <height> <maxval> and one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm -gray did not write a binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, luma: pgm.subarray(header[0].length, header[0].length + width * height) };
}

/** A Y4M video (4:2:0, a few identical frames) of the image centred on a white 640 × 480 frame: Chromium's fake camera loops it. */
function y4mOf(image: { width: number; height: number; luma: Buffer }): Buffer {
  const W = 640;
  const H = 480;
  const y = Buffer.alloc(W * H, 235);
  const left = Math.max(0, Math.floor((W - image.width) / 2));
  const top = Math.max(0, Math.floor((H - image.height) / 2));
  for (let row = 0; row < Math.min(image.height, H); row++) {
    for (let col = 0; col < Math.min(image.width, W); col++) y[(top + row) * W + left + col] = image.luma[row * image.width + col]!;
  }
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), frame, frame, frame, frame, frame]);
}

export interface CameraBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** A Chromium whose camera (granted without asking) films the sheet's first label. */
export async function launchCameraOnFirstLabel(pdf: Buffer): Promise<CameraBrowser> {
  const dir = await mkdtemp(join(tmpdir(), 'camera-'));
  const video = join(dir, 'label.y4m');
  await writeFile(video, y4mOf(await firstLabelImage(pdf, dir)));
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  return { browser, close: async () => { await browser.close(); await rm(dir, { recursive: true, force: true }); } };
}

/** How the scan's text comes in: the camera (a camera browser) or, in any browser, the platform layer's test answer with the QR's text. */
export type ScanBy = { camera: true } | { text: string };

async function scanWith(page: Page, by: ScanBy): Promise<void> {
  if ('text' in by) await page.evaluate(`window.__testScanResult = ${JSON.stringify(by.text)}`);
}

async function signIn(browser: Browser, userId: string): Promise<Page> {
  const { page } = await phonePage(browser);
  await page.goto(`${baseUrl()}/`);
  await page.getByTestId(`demo-user-${userId}`).click();
  await page.getByTestId('scan-button').waitFor();
  return page;
}

/** nurse-li scans a label (扫码报修) and reports a power fault there; resolves with the ticket's id once filed. */
export async function nurseScansAndReports(browser: Browser, by: ScanBy, report: { description: string; category?: string; shot?: string }): Promise<{ page: Page; ticketId: string; place: string }> {
  const page = await signIn(browser, 'nurse-li');
  await scanWith(page, by);
  await page.getByTestId('scan-button').click();
  await page.getByTestId('place').waitFor();
  const place = (await page.getByTestId('place').textContent()) ?? '';
  if (report.shot) await screenshot(page, report.shot);
  await page.getByTestId(`category-${report.category ?? 'power'}`).click();
  await page.locator('textarea').fill(report.description);
  await page.locator('.report-form__submit-btn').click();
  await page.getByTestId('ticket-number').waitFor();
  await page.locator('.taro-button-core', { hasText: '查看工单' }).first().click();
  await page.getByTestId('ticket-head').waitFor();
  const ticketId = new URL(page.url().replace('#/', '')).searchParams.get('id') ?? '';
  return { page, ticketId, place };
}

/** tech-zhao opens his job, accepts it if asked, and arrives by scanning the label (扫码到场); resolves when the job is 维修中. */
export async function technicianArrivesByScan(browser: Browser, ticketId: string, by: ScanBy, shot?: string): Promise<Page> {
  const page = await signIn(browser, 'tech-zhao');
  await page.goto(`${baseUrl()}/#/packages/tech/job/index?id=${encodeURIComponent(ticketId)}`);
  await page.getByTestId('job-actions').waitFor();
  if (await page.getByTestId('accept').isVisible()) {
    await page.getByTestId('accept').click();
    await page.getByTestId('arrive').waitFor();
  }
  await scanWith(page, by);
  await page.getByTestId('arrive').click();
  await page.locator('[data-testid="ticket-head"] .status-tag', { hasText: '维修中' }).waitFor();
  if (shot) await screenshot(page, shot);
  return page;
}
