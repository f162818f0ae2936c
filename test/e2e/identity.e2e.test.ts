import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, phonePage, screenshot } from './browser';

/** The lift lobby (电梯厅) of the demo hospital's outpatient building: a public area, where patients and visitors report. */
const lobbyCode = 'R-OPD-0101';
const ALL_SKILLS = ['power', 'hvac', 'it', 'telecom', 'fire', 'elevator', 'building', 'water', 'gas', 'cleaning', 'pest'];

async function tokenOf(userId: string): Promise<string> {
  const login = await fetch(`${baseUrl()}/v1/auth/dev-login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId }) });
  return ((await login.json()) as { token: string }).token;
}

async function call(method: string, path: string, userId: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: { Authorization: `Bearer ${await tokenOf(userId)}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** A phone page that runs "inside WeChat": wx.login and the phone button give the WeChat fake's codes. */
async function wechatPhone(browser: Browser, account: string, mobile?: string): Promise<{ context: BrowserContext; page: Page }> {
  const phone = await phonePage(browser);
  const loginCodes = Array.from({ length: 6 }, (_, i) => `wxcode-${account}.${i}`);
  const fake = { loginCode: loginCodes, ...(mobile ? { phoneCode: `phonecode-${mobile}.${account}` } : {}) };
  await phone.context.addInitScript({ content: `window.__WECHAT_FAKE__ = ${JSON.stringify(fake)};` });
  return phone;
}

describe('WeChat sign-in: a technician links their staff account, a guest reports at a label and rates the repair (H5 build)', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const browserErrors: string[] = [];
  const mobile = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const technicianId = `tech-e2e-${randomUUID().slice(0, 6)}`;
  let guest: Page;
  let ticketId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  });

  it('the admin creates a technician with a phone number', async () => {
    const created = await call('POST', '/v1/admin/users', 'admin', {
      id: technicianId, name: '钱师傅', roles: ['technician'], department: '电工班', skills: ALL_SKILLS,
      phone: `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`, shifts: [], homeBuildingId: null,
    });
    expect(created.status).toBe(201);
  });

  it('a guest opens the lift lobby label in WeChat and reports a fault there', async () => {
    const phone = await wechatPhone(browser, `guest-${randomUUID().slice(0, 8)}`);
    contexts.push(phone.context);
    guest = phone.page;
    guest.on('pageerror', (e) => browserErrors.push(`guest: ${e.message}`));
    await guest.goto(`${baseUrl()}/#/pages/report/index?scene=${lobbyCode}`);
    const place = guest.getByTestId('place');
    await place.waitFor();
    expect(await place.textContent()).toContain('电梯厅');
    await guest.locator('.phrase').first().click();
    await screenshot(guest, 'id-01-guest-report');
    await guest.locator('.report-form__submit-btn').click();
    await guest.getByTestId('ticket-number').waitFor();
    await guest.locator('.taro-button-core', { hasText: '查看工单' }).click();
    await guest.getByTestId('ticket-head').waitFor();
    ticketId = new URL(guest.url().replace('/#/', '/')).searchParams.get('id') ?? '';
    expect(ticketId).not.toBe('');
    expect((await call('POST', `/v1/tickets/${ticketId}/assign`, 'desk-wang', { technicianId })).status).toBe(200);
  });

  it('the technician links WeChat by phone on the sign-in page and sees the job in their list', async () => {
    const phone = await wechatPhone(browser, `tech-${randomUUID().slice(0, 8)}`, mobile);
    contexts.push(phone.context);
    const { page } = phone;
    page.on('pageerror', (e) => browserErrors.push(`technician: ${e.message}`));
    await page.goto(`${baseUrl()}/#/pages/login/index`);
    await page.getByTestId('link-staff').waitFor();
    expect(await page.getByText('关联员工账号').first().isVisible()).toBe(true);
    await screenshot(page, 'id-02-link-staff');
    await page.getByTestId('link-phone').click();
    await page.getByTestId('tile-tech').click();
    const job = page.getByTestId('my-jobs').getByTestId('ticket-item');
    await job.first().waitFor();
    expect(await page.getByTestId('my-jobs').textContent()).toContain('电梯厅');
    await screenshot(page, 'id-03-tech-jobs');
  });

  it('after the repair, the guest confirms and rates it on their ticket page', async () => {
    for (const [command, body] of [['accept', undefined], ['arrive', { qrCode: lobbyCode }], ['complete', { note: '已处理', parts: [] }]] as const) {
      expect((await call('POST', `/v1/tickets/${ticketId}/${command}`, technicianId, body)).status).toBe(200);
    }
    await guest.reload();
    await guest.getByTestId('reporter-actions').waitFor();
    await guest.locator('.taro-button-core', { hasText: '已修好' }).first().click();
    const rating = guest.getByTestId('rating-form');
    await rating.waitFor();
    await rating.locator('.nut-rate-item').nth(3).click();
    await guest.locator('.rating-form__submit').click();
    await guest.getByTestId('rating').waitFor();
    expect(await guest.getByTestId('rating').textContent()).toContain('★★★★');
    await screenshot(guest, 'id-04-guest-rated');
    expect(browserErrors).toEqual([]);
  });
});
