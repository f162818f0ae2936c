import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { pdfText } from '../support/pdfQr';
import { baseUrl, desktopPage, launchBrowser, phonePage, screenshot } from './browser';
import { launchCameraOnFirstLabel, nurseScansAndReports, printFloorLabels, technicianArrivesByScan, type CameraBrowser, type PrintedLabels } from './steps/labels';

/**
 * Issue 12's scans and issue 14's labels through the H5 build: the admin prints the labels of
 * building 5's floor 5 (this test's own floor of the shared demo stack) on the labels screen; the
 * printed QR codes are read by the app's scan path; a nurse scans one with the phone's camera (a
 * fake camera filming the printed label) and reports; the technician proves his arrival by
 * scanning the same label.
 */
const FLOOR = { building: 'B5', floor: 'B5-F05' };
/** By hand, from the demo seed: floor 5 of building 5 is 呼吸内科 — nurse station, office, three wards, a toilet. */
const FLOOR_ROOMS = ['R-B5-0501', 'R-B5-0502', 'R-B5-0503', 'R-B5-0504', 'R-B5-0505', 'R-B5-0506'];

async function apiAs(userId: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const login = await fetch(`${baseUrl()}/v1/auth/dev-login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId }) });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': `scan-e2e-${Date.now()}-${Math.random().toString(36).slice(2)}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

describe('labels printed on the labels screen, scanned by the camera (H5 build)', () => {
  let browser: Browser;
  let admin: { context: BrowserContext; page: Page };
  let printed: PrintedLabels;
  let camera: CameraBrowser;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await admin?.context.close();
    await browser?.close();
    await camera?.close();
  });

  it('the admin finds the labels screen on the home page and prints floor 5 of building 5', async () => {
    admin = await desktopPage(browser);
    const { page } = admin;
    page.on('pageerror', (e) => browserErrors.push(e.message));
    await page.goto(`${baseUrl()}/`);
    await page.getByTestId('demo-user-admin').click();
    await page.getByTestId('tile-labels').click();
    await page.getByTestId('labels-scope').waitFor();
    await screenshot(page, 'labels-01-screen-1280');

    printed = await printFloorLabels(page, FLOOR, 'labels-02-preview-1280');
    expect(await page.getByTestId('labels-count').textContent()).toMatch(/^共 \d+ 个标签 · 第 1\/1 批/);
    // The rooms of the floor, each followed by its devices' labels; every one of them on floor 5.
    expect(printed.codes.filter((c) => c.startsWith('R-'))).toEqual(FLOOR_ROOMS);
    expect(printed.codes[0]).toBe('R-B5-0501');
    expect(printed.codes.every((c) => /^(R-B5-05\d\d|A-B5-05\d\d-\w+)$/.test(c))).toBe(true);
    expect(printed.codes.length).toBeGreaterThan(FLOOR_ROOMS.length);
    // The codes link to this stack's own address (never a default), through the report page.
    expect(printed.texts[0]).toBe(`${baseUrl()}/#/pages/report/index?scene=R-B5-0501`);
    const text = await pdfText(printed.pdf);
    for (const shown of ['扫码报修 · Scan to report', '住院楼（5号楼） · 5层', '呼吸内科 护士站', 'R-B5-0501']) expect(text).toContain(shown);
  });

  it('the admin ticks two labels and downloads only those', async () => {
    const { page } = admin;
    await page.getByTestId('label-row-R-B5-0503').click();
    await page.getByTestId('label-row-R-B5-0504').click();
    expect(await page.getByTestId('labels-download').textContent()).toContain('下载所选 2 个');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('labels-download').click()]);
    const chosen = await pdfText(await readFile(await download.path()));
    expect(chosen).toMatch(/R-B5-0503[\s\S]*R-B5-0504/);
    expect(chosen).not.toContain('R-B5-0501');
  });

  it('a nurse scans the printed label with the camera and reports a fault in that room', async () => {
    camera = await launchCameraOnFirstLabel(printed.pdf);
    const nurse = await nurseScansAndReports(camera.browser, { camera: true }, { description: '护士站插座没电', shot: 'scan-01-camera-report' });
    expect(nurse.place).toContain('呼吸内科 护士站');
    expect(nurse.ticketId).toMatch(/\S/);
    const ticket = await apiAs('nurse-li', 'GET', `/v1/tickets/${nurse.ticketId}`);
    expect((ticket.body as { ticket: { location: { id: string } } }).ticket.location.id).toBe('B5-0501');

    const assigned = await apiAs('desk-wang', 'POST', `/v1/tickets/${nurse.ticketId}/assign`, { technicianId: 'tech-zhao' });
    expect(assigned.status).toBe(200);

    // The technician arrives by scanning the same printed label with the camera.
    await technicianArrivesByScan(camera.browser, nurse.ticketId, { camera: true }, 'scan-02-camera-arrival');
    const after = await apiAs('tech-zhao', 'GET', `/v1/tickets/${nurse.ticketId}`);
    expect((after.body as { ticket: { status: string } }).ticket.status).toBe('on_site');
  });

  it("refuses another app's QR and another hospital's label on the in-app scan, in Chinese", async () => {
    const { context, page } = await phonePage(browser);
    await page.goto(`${baseUrl()}/`);
    await page.getByTestId('demo-user-nurse-li').click();
    await page.getByTestId('scan-button').waitFor();
    for (const [text, message] of [
      ['https://u.wechat.com/EFa1b2c3d4', '这不是本院的报修二维码'],
      ['R-B5-0502@other-hospital', '这是其他医院的报修标签，不能在本院使用'],
    ] as const) {
      await page.evaluate(`window.__testScanResult = ${JSON.stringify(text)}`);
      await page.getByTestId('scan-button').click();
      await page.getByText(message).waitFor();
    }
    await context.close();
  });

  it('left no error in the pages', () => {
    expect(browserErrors).toEqual([]);
  });
});
