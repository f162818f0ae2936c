import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, photoPng, screenshot } from './browser';

/**
 * Issue 12, the reporter's part, in the H5 build at a 390 px phone: a possible duplicate and
 * "我的是另一个故障" (the photo uploaded once, the draft kept across a reload), cancelling before
 * acceptance, the confirm card and the completion record first, the categories that fit a device
 * and a room (with its device picker), Chinese-only text in the timeline, and the technician's
 * completed job. Only this helper's demo rooms: B5 floor 6 and OPD floor 2.
 */
const wardRoom = 'R-B5-0603';
const acInWard = 'A-B5-0604-AC1';
const oxygenOutlet = 'A-B5-0605-O21';
const ctRoom = 'R-OPD-0204';
const ctScanner = 'A-OPD-0204-CT1';

const tokens = new Map<string, string>();
async function tokenOf(userId: string): Promise<string> {
  const known = tokens.get(userId);
  if (known) return known;
  const res = await fetch(`${baseUrl()}/v1/auth/dev-login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId }) });
  const { token } = (await res.json()) as { token: string };
  tokens.set(userId, token);
  return token;
}

async function call<T = Record<string, unknown>>(method: string, path: string, userId: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${await tokenOf(userId)}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': `e2e-rep-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
}

/** A photo uploaded as the technician's app does it: a presigned POST from the API, then the file to S3. */
async function uploadedPhoto(userId: string): Promise<string> {
  const grant = await call<{ url: string; fields: Record<string, string>; key: string }>('POST', '/v1/uploads', userId, { contentType: 'image/png', purpose: 'completion' });
  expect(grant.status).toBe(201);
  const form = new FormData();
  for (const [k, v] of Object.entries(grant.body.fields)) form.append(k, v);
  form.append('file', new Blob([photoPng()], { type: 'image/png' }), 'after.png');
  const stored = await fetch(grant.body.url, { method: 'POST', body: form });
  expect(stored.status).toBeLessThan(300);
  return grant.body.key;
}

/** A 390 px phone in Chinese, as a nurse's. */
async function phone390(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  context.setDefaultTimeout(60_000);
  return { context, page: await context.newPage() };
}

const reportUrl = (code: string) => `${baseUrl()}/#/pages/report/index?scene=${encodeURIComponent(code)}`;
const ticketUrl = (id: string) => `${baseUrl()}/#/pages/ticket/index?id=${encodeURIComponent(id)}`;
const chipCodes = async (page: Page) => page.locator('[data-testid="categories"] [data-testid^="category-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));

describe("the reporter's report and ticket (H5 build, 390 px)", () => {
  let browser: Browser;
  let nurse: { context: BrowserContext; page: Page };
  const browserErrors: string[] = [];
  /** Every photo the nurse's browser asked an upload grant for, and every file it sent to S3. */
  const uploadGrants: string[] = [];
  const s3Posts: string[] = [];
  let secondTicketId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    nurse = await phone390(browser);
    nurse.page.on('pageerror', (e) => browserErrors.push(e.message));
    nurse.page.on('request', (r) => {
      if (r.method() !== 'POST') return;
      if (r.url().endsWith('/v1/uploads')) uploadGrants.push(r.url());
      else if (!r.url().includes('/v1/')) s3Posts.push(r.url());
    });
    await nurse.page.goto(`${baseUrl()}/`);
    await nurse.page.getByTestId('demo-user-nurse-li').click();
    await nurse.page.getByTestId('scan-button').waitFor();
  });
  afterAll(async () => {
    await nurse?.context.close();
    await browser?.close();
  });

  it('offers a device label its own category first', async () => {
    const { page } = nurse;
    await page.goto(reportUrl(ctScanner));
    await page.getByTestId('asset').waitFor();
    const chips = await chipCodes(page);
    expect(chips[0]).toBe('category-medical_equipment');
    expect(await page.getByTestId('category-medical_equipment').getAttribute('class')).toContain('chip--active');
  });

  it("offers a room label 医疗设备 with a picker of the room's devices", async () => {
    const { page } = nurse;
    await page.goto(reportUrl(ctRoom));
    await page.getByTestId('place').waitFor();
    // An imaging room: medical equipment, power, air-conditioning, IT first.
    expect((await chipCodes(page)).slice(0, 4)).toEqual(['category-medical_equipment', 'category-power', 'category-hvac', 'category-it']);
    await page.getByTestId('category-medical_equipment').click();
    const picker = page.getByTestId('device-picker');
    await picker.waitFor();
    expect(await picker.textContent()).toContain('CT机');
    await page.getByTestId(`device-${ctScanner.slice(2)}`).click();
    expect(await page.getByTestId(`device-${ctScanner.slice(2)}`).getAttribute('aria-checked')).toBe('true');
    await screenshot(page, 'r12-01-room-device-picker');
    expect(await page.locator('.page-bar__title').textContent()).toBe('报修');
  });

  it('answers a possible duplicate with the open ticket; the draft survives a reload; 我的是另一个故障 makes a second ticket with the photo uploaded once', async () => {
    const { page } = nurse;
    // Someone else reported the room's air-conditioning already.
    const first = await call<{ id: string; number: string }>('POST', '/v1/tickets', 'doctor-wu', { qrCode: wardRoom, categoryCode: 'hvac', description: '空调不制冷', urgency: 'normal', photoKeys: [] });
    expect([201, 409]).toContain(first.status);

    await page.goto(reportUrl(wardRoom));
    await page.getByTestId('place').waitFor();
    await page.getByTestId('category-hvac').click();
    await page.locator('textarea').fill('空调漏水，滴在床头柜上');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('photo-add').click()]);
    await chooser.setFiles({ name: 'leak.png', mimeType: 'image/png', buffer: photoPng() });
    await page.getByTestId('photo-thumb').first().waitFor();
    await page.locator('.report-form__submit-btn').click();
    const choice = page.getByTestId('duplicate-choice');
    await choice.waitFor();
    expect(await choice.textContent()).toContain('我的是另一个故障');
    expect(await choice.textContent()).toContain('关注');
    await screenshot(page, 'r12-02-possible-duplicate');

    await page.reload();
    await page.getByTestId('place').waitFor();
    expect(await page.locator('textarea').inputValue()).toBe('空调漏水，滴在床头柜上');
    expect(await page.getByTestId('category-hvac').getAttribute('class')).toContain('chip--active');
    expect(await page.getByTestId('photo-restored').count()).toBe(1);
    await screenshot(page, 'r12-03-draft-after-reload');

    await page.locator('.report-form__submit-btn').click();
    await page.getByTestId('duplicate-another').click();
    const number = page.getByTestId('ticket-number');
    await number.waitFor();
    expect(uploadGrants).toHaveLength(1);
    expect(s3Posts).toHaveLength(1);

    const mine = await call<{ items: { id: string; number: string; photoKeys?: string[] }[] }>('GET', '/v1/tickets?scope=mine', 'nurse-li');
    const shownNumber = ((await number.textContent()) ?? '').trim();
    const created = mine.body.items.find((t) => t.number === shownNumber);
    expect(created).toBeDefined();
    secondTicketId = created!.id;
    const detail = await call<{ ticket: { photoKeys: string[]; categoryCode: string } }>('GET', `/v1/tickets/${secondTicketId}`, 'nurse-li');
    expect(detail.body.ticket.photoKeys).toHaveLength(1);
    expect(detail.body.ticket.categoryCode).toBe('hvac');
  });

  it('lets the nurse cancel her report before acceptance, with a reason, and offers no follow of her own ticket', async () => {
    const { page } = nurse;
    await page.goto(ticketUrl(secondTicketId));
    await page.getByTestId('ticket-head').waitFor();
    await page.getByTestId('cancel-report').waitFor();
    expect(await page.getByText('关注此工单').count()).toBe(0);
    expect(await page.locator('.page-bar__title').textContent()).toBe('工单详情');
    await page.getByTestId('cancel-report').click();
    const sheet = page.getByTestId('reason-sheet');
    await sheet.waitFor();
    await sheet.getByText('报错了').click();
    await screenshot(page, 'r12-04-cancel-reason');
    await sheet.locator('.reason-sheet__confirm').click();
    await page.locator('[data-testid="ticket-head"] .status-tag', { hasText: '已取消' }).waitFor();
    expect(await page.getByTestId('cancel-report').count()).toBe(0);
    await page.getByTestId('timeline').getByText('报错了').waitFor();
  });

  it('opens a completed ticket with "维修完成了吗？" and the completion record with its after-photo; the technician sees the record and the device history', async () => {
    const { page } = nurse;
    const reported = await call<{ id: string }>('POST', '/v1/tickets', 'nurse-li', { qrCode: acInWard, categoryCode: 'hvac', description: '空调噪音大', urgency: 'normal', photoKeys: [], notADuplicate: true });
    expect(reported.status).toBe(201);
    const id = reported.body.id;
    expect((await call('POST', `/v1/tickets/${id}/assign`, 'desk-wang', { technicianId: 'tech-zhao' })).status).toBe(200);
    expect((await call('POST', `/v1/tickets/${id}/accept`, 'tech-zhao')).status).toBe(200);
    expect((await call('POST', `/v1/tickets/${id}/arrive`, 'tech-zhao', { qrCode: acInWard })).status).toBe(200);
    const photoKey = await uploadedPhoto('tech-zhao');
    const completed = await call('POST', `/v1/tickets/${id}/complete`, 'tech-zhao', { note: '清洗风机，紧固外壳', parts: [{ name: '减震垫', quantity: 4, unitCost: 2.5 }], photoKeys: [photoKey] });
    expect(completed.status).toBe(200);

    await page.goto(ticketUrl(id));
    const confirm = page.getByTestId('confirm-card');
    await confirm.waitFor();
    const record = page.getByTestId('completion');
    expect(await record.textContent()).toContain('清洗风机，紧固外壳');
    expect(await record.textContent()).toContain('减震垫 × 4');
    expect(await record.textContent()).toContain('材料费合计 ¥10.00');
    await record.getByTestId('completion-photo').first().waitFor();
    // The question first, then what was done, then the ticket.
    const tops = await Promise.all([confirm, record, page.getByTestId('ticket-head')].map(async (l) => (await l.boundingBox())?.y ?? -1));
    expect(tops[0]).toBeLessThan(tops[1]!);
    expect(tops[1]).toBeLessThan(tops[2]!);
    await screenshot(page, 'r12-05-confirm-first');

    const tech = await phone390(browser);
    try {
      await tech.page.goto(`${baseUrl()}/`);
      await tech.page.getByTestId('demo-user-tech-zhao').click();
      await tech.page.getByTestId('scan-button').waitFor();
      await tech.page.goto(`${baseUrl()}/#/packages/tech/job/index?id=${encodeURIComponent(id)}`);
      const techRecord = tech.page.getByTestId('completion');
      await techRecord.waitFor();
      expect(await techRecord.textContent()).toContain('清洗风机，紧固外壳');
      await techRecord.getByTestId('completion-photo').first().waitFor();
      await screenshot(tech.page, 'r12-06-tech-completed-job');
      // NutUI's Cell drops data-testid: the device's cell by its text.
      await tech.page.locator('.ticket-facts .nut-cell', { hasText: '历次维修' }).click();
      await tech.page.locator('.page-bar__title', { hasText: '设备维修记录' }).waitFor();
      // Taro keeps the job page, hidden, under the history page: look in the page on top.
      await tech.page.locator('.taro_page').last().getByTestId('ticket-item').filter({ hasText: '空调噪音大' }).first().waitFor();
    } finally {
      await tech.context.close();
    }
  });

  it('writes the raised urgency of a life-support device in Chinese only, in the timeline', async () => {
    const { page } = nurse;
    const reported = await call<{ id: string }>('POST', '/v1/tickets', 'nurse-li', { qrCode: oxygenOutlet, categoryCode: 'gas', description: '氧气终端漏气', urgency: 'normal', photoKeys: [], notADuplicate: true });
    expect(reported.status).toBe(201);
    await page.goto(ticketUrl(reported.body.id));
    const timeline = page.getByTestId('timeline');
    await timeline.getByText('生命支持设备：', { exact: false }).waitFor();
    expect(await timeline.textContent()).not.toMatch(/[A-Za-z]{2,}/);
    await screenshot(page, 'r12-07-timeline-chinese');
    expect(browserErrors).toEqual([]);
  });
});
