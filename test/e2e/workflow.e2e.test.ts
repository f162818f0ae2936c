import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { baseUrl, desktopPage, launchBrowser, phonePage, photoPng, screenshot, screenshotDir } from './browser';

/**
 * Issue 4's whole story in the H5 build, one person per browser context (each has their own
 * session): the nurse reports, the desk assigns, the technician fixes, the nurse confirms and
 * rates, the manager sees it in the numbers.
 */
const roomCode = 'R-B5-0201';


interface Person {
  context: BrowserContext;
  page: Page;
}

async function signIn(browser: Browser, userId: string, size: 'phone' | 'desktop' = 'phone'): Promise<Person> {
  const person = size === 'phone' ? await phonePage(browser) : await desktopPage(browser);
  person.page.on('pageerror', (e) => browserErrors.push(`${userId}: ${e.message}`));
  await person.page.goto(`${baseUrl()}/`);
  await person.page.getByTestId(`demo-user-${userId}`).click();
  await person.page.getByTestId('scan-button').waitFor();
  return person;
}

/** A NutUI button by its text (Taro's H5 button carries the class taro-button-core). */
const button = (page: Page, text: string | RegExp) => page.locator('.taro-button-core', { hasText: text }).first();
const statusOf = async (page: Page) => ((await page.getByTestId('ticket-head').locator('.status-tag').textContent()) ?? '').trim();

async function apiGet(path: string, userId: string): Promise<{ status: number; body: unknown }> {
  const login = await fetch(`${baseUrl()}/v1/auth/dev-login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId }) });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${baseUrl()}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: res.status, body: res.status < 300 ? await res.json() : null };
}

async function apiPost(path: string, userId: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const login = await fetch(`${baseUrl()}/v1/auth/dev-login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId }) });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

/** The aggregates follow the ticket events (stream consumer): wait until a report shows what was just done. */
async function waitForReport(path: string, userId: string, done: (body: unknown) => boolean, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await apiGet(path, userId);
    if (res.status === 200 && done(res.body)) return;
    if (Date.now() > until) throw new Error(`${path} did not show the expected data within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The whole page: Taro's H5 page scrolls inside its own container, so grow the viewport to the content instead of fullPage. */
async function fullScreenshot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page.locator('.taro_page').last().evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.min(6000, Math.max(size.height, height)) });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${screenshotDir}/${name}.png` });
  await page.setViewportSize(size);
}

const browserErrors: string[] = [];

describe('a fault from report to rating, through every role (H5 build)', () => {
  let browser: Browser;
  let nurse: Person;
  let desk: Person;
  let tech: Person;
  let ticketNumber = '';
  let ticketUrl = '';
  let reportedBefore = 0;
  let ratedBefore = 0;

  beforeAll(async () => {
    browser = await launchBrowser();
    // The manager's numbers before the story, to see them change after it.
    const before = await apiGet('/v1/dashboard', 'manager-chen');
    expect(before.status).toBe(200);
    const d = before.body as { tickets: { reported: number }; satisfaction: { rated: number } };
    reportedBefore = d.tickets.reported;
    ratedBefore = d.satisfaction.rated;
  });
  afterAll(async () => {
    for (const p of [nurse, desk, tech]) await p?.context.close();
    await browser?.close();
  });

  it('the nurse scans the room code and reports "light out" with a photo', async () => {
    nurse = await signIn(browser, 'nurse-li');
    const { page } = nurse;
    await page.evaluate(`window.__testScanResult = '${roomCode}'`);
    await page.getByTestId('scan-button').click();
    await page.getByTestId('place').waitFor();
    expect(await page.getByTestId('place').textContent()).toContain('重症监护室');

    await page.getByTestId('category-power').click();
    await page.locator('.phrase', { hasText: '灯不亮' }).first().click();
    expect(await page.locator('textarea').inputValue()).toBe('灯不亮');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('photo-add').click()]);
    await chooser.setFiles({ name: 'light.png', mimeType: 'image/png', buffer: photoPng() });
    await page.getByTestId('photo-thumb').first().waitFor();
    await page.locator('.report-form__submit-btn').click();

    await page.getByTestId('ticket-number').waitFor({ timeout: 120_000 });
    ticketNumber = ((await page.getByTestId('ticket-number').textContent()) ?? '').trim();
    expect(ticketNumber).toMatch(/\S/);
    await screenshot(page, '10-nurse-submitted');

    await button(page, '查看工单').click();
    await page.getByTestId('ticket-head').waitFor();
    ticketUrl = page.url();
    expect(await statusOf(page)).toBe('待派单');
    // The photo went to S3 and comes back with the ticket.
    expect(await page.getByTestId('ticket-head').locator('img').count()).toBe(1);
    await screenshot(page, '11-nurse-ticket');
  });

  it('the desk sees it in the queue on a PC screen, with its SLA clock', async () => {
    desk = await signIn(browser, 'desk-wang', 'desktop');
    const { page } = desk;
    expect(await page.getByTestId('tile-desk').textContent()).toContain('服务台');
    await screenshot(page, '20-desk-home-1280');
    await page.getByTestId('tile-desk').click();
    const row = page.getByTestId('queue-row').filter({ hasText: ticketNumber });
    await row.waitFor();
    expect(await row.textContent()).toContain('灯不亮');
    expect(await row.textContent()).toContain('待派单');
    expect(await row.getByTestId('countdown').textContent()).toMatch(/接单 (剩|超时)/);
    // Wide: the queue is a table with a header row.
    expect(await page.locator('.queue-row--head').isVisible()).toBe(true);
    await screenshot(page, '21-desk-queue-1280');

    await page.getByTestId('filter-overdue').click();
    await page.waitForTimeout(500);
    await screenshot(page, '22-desk-queue-overdue-1280');
    await page.getByTestId('filter-overdue').click();
    await row.waitFor();
  });

  it('the desk queue also works on a phone', async () => {
    const narrow = await phonePage(browser);
    await narrow.page.goto(`${baseUrl()}/`);
    await narrow.page.getByTestId('demo-user-desk-wang').click();
    await narrow.page.getByTestId('tile-desk').click();
    await narrow.page.getByTestId('queue-row').filter({ hasText: ticketNumber }).waitFor();
    expect(await narrow.page.locator('.queue-row--head').isVisible()).toBe(false);
    await screenshot(narrow.page, '23-desk-queue-phone');
    await narrow.context.close();
  });

  it('the desk opens the assign sheet, sees the suggested electrician with reasons, and assigns', async () => {
    const { page } = desk;
    await page.getByTestId('queue-row').filter({ hasText: ticketNumber }).click();
    await page.getByTestId('desk-actions').waitFor();
    await button(page, '派单').click();
    const best = page.getByTestId('candidate-tech-zhao');
    await best.waitFor();
    expect(await best.textContent()).toContain('推荐');
    expect(await best.getAttribute('class')).toContain('candidate--chosen');
    expect(((await best.getByTestId('candidate-reasons').textContent()) ?? '').length).toBeGreaterThan(0);
    await screenshot(page, '24-desk-assign-sheet-1280');

    await page.locator('.assign-sheet__confirm').click();
    await page.getByTestId('assign-sheet').waitFor({ state: 'detached' });
    await page.locator('[data-testid="ticket-head"] .status-tag', { hasText: '已派单' }).waitFor();
    expect(await page.locator('.ticket-facts').textContent()).toContain('赵师傅');
    await screenshot(page, '25-desk-ticket-assigned-1280');

    // The handover sheet lists the open ticket with its latest note.
    await page.goto(`${baseUrl()}/#/packages/desk/handover/index`);
    await page.getByTestId('handover-open').getByText(ticketNumber).waitFor();
    expect(await page.getByTestId('handover-form').textContent()).toContain('交班');
    await screenshot(page, '27-desk-handover-1280');
  });

  it('the technician sees the job first in his list, with a countdown, and the pool', async () => {
    tech = await signIn(browser, 'tech-zhao');
    const { page } = tech;
    await screenshot(page, '30-tech-home');
    await page.getByTestId('tile-tech').click();
    const job = page.getByTestId('my-jobs').getByTestId('ticket-item').filter({ hasText: ticketNumber });
    await job.waitFor();
    expect(await job.getByTestId('countdown').textContent()).toMatch(/接单 (剩|超时)/);
    await screenshot(page, '31-tech-jobs');
    await page.getByTestId('tab-pool').click();
    await page.getByTestId('pool-jobs').waitFor();
    await screenshot(page, '32-tech-pool');
    await page.getByTestId('tab-mine').click();
    await job.click();
    await page.getByTestId('job-actions').waitFor();
    expect(await statusOf(page)).toBe('已派单');
    await screenshot(page, '33-tech-job');
  });

  it('accepts, arrives by scanning the room code, and completes with a part', async () => {
    const { page } = tech;
    await button(page, '接单').click();
    await page.locator('[data-testid="ticket-head"] .status-tag', { hasText: '已接单' }).waitFor();
    expect(await button(page, '扫码到场').isVisible()).toBe(true);
    expect(await page.getByTestId('ticket-head').getByTestId('countdown').textContent()).toMatch(/到场/);
    await screenshot(page, '34-tech-accepted');

    await page.evaluate(`window.__testScanResult = '${roomCode}'`);
    await button(page, '扫码到场').click();
    await page.locator('[data-testid="ticket-head"] .status-tag', { hasText: '维修中' }).waitFor();
    await screenshot(page, '35-tech-on-site');

    await button(page, '完工').click();
    const form = page.getByTestId('complete-form');
    await form.waitFor();
    await form.locator('textarea').fill('更换镇流器，灯已亮');
    await page.getByTestId('add-part').click();
    await page.locator('input[name="part-0-name"]').fill('镇流器');
    await page.locator('input[name="part-0-quantity"]').fill('1');
    await page.locator('input[name="part-0-unitCost"]').fill('35');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), form.getByTestId('photo-add').click()]);
    await chooser.setFiles({ name: 'fixed.png', mimeType: 'image/png', buffer: photoPng() });
    await form.getByTestId('photo-thumb').waitFor();
    expect(await form.textContent()).toContain('合计 ¥35.00');
    await screenshot(page, '36-tech-complete-form');

    await page.locator('.complete-form__submit').click();
    await page.locator('[data-testid="ticket-head"] .status-tag', { hasText: '待确认' }).waitFor({ timeout: 120_000 });
    await page.locator('.tech-job').getByTestId('timeline').getByText('维修完成').waitFor();
    await screenshot(page, '37-tech-completed');
  });

  it('the nurse confirms the repair and rates it 5 stars', async () => {
    const { page } = nurse;
    await page.goto(ticketUrl);
    await page.reload();
    await page.getByTestId('reporter-actions').waitFor();
    expect(await statusOf(page)).toBe('待确认');
    expect(await page.getByTestId('completion').textContent()).toContain('镇流器 × 1');
    await screenshot(page, '40-nurse-confirm');

    await button(page, '已修好').click();
    const rating = page.getByTestId('rating-form');
    await rating.waitFor();
    expect(await statusOf(page)).toBe('已确认');
    await rating.locator('.nut-rate-item').nth(4).click();
    expect(await rating.getByTestId('rating-label').textContent()).toBe('非常满意');
    await rating.locator('textarea').fill('赵师傅来得很快');
    await screenshot(page, '41-nurse-rating');
    await page.locator('.rating-form__submit').click();
    await page.getByTestId('rating').waitFor();
    expect(await page.getByTestId('rating').textContent()).toContain('★★★★★');
    expect(await page.getByTestId('rating-form').count()).toBe(0);
    await screenshot(page, '42-nurse-rated');
  });

  it('the desk records the callback it owes the nurse', async () => {
    const { page } = desk;
    await page.goto(`${baseUrl()}/#/packages/desk/callbacks/index`);
    const item = page.getByTestId('callback-item').filter({ hasText: ticketNumber });
    await item.waitFor();
    await screenshot(page, '26-desk-callbacks-1280');
    await item.getByTestId('cb-reached').click();
    await item.getByTestId('cb-satisfied').click();
    await item.locator('.callback-form__submit').click();
    await item.waitFor({ state: 'detached' });
  });

  it('the manager sees the story in the key numbers of today and this month', async () => {
    const manager = await phonePage(browser);
    const { page } = manager;
    page.on('pageerror', (e) => browserErrors.push(`manager: ${e.message}`));
    await page.goto(`${baseUrl()}/`);
    await page.getByTestId('demo-user-manager-chen').click();
    await page.getByTestId('tile-manager').click();
    await page.getByTestId('key-numbers').waitFor();
    await page.getByTestId('kn-month-reported').waitFor();
    const monthReported = Number(await page.getByTestId('kn-month-reported').locator('.kn-cell__value').textContent());
    const monthRated = await page.getByTestId('kn-month-satisfaction').locator('.kn-cell__sub').textContent();
    // The nurse's report and her rating are in today's and this month's numbers (GET /v1/dashboard, for real).
    expect(monthReported).toBeGreaterThanOrEqual(reportedBefore + 1);
    expect(Number((monthRated ?? '0/0').split('/')[1])).toBeGreaterThanOrEqual(ratedBefore + 1);
    expect(Number(await page.getByTestId('kn-today-reported').locator('.kn-cell__value').textContent())).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('kn-today-slaAccept').textContent()).toMatch(/%/);
    await screenshot(page, '50-manager');
    await manager.context.close();
    expect(browserErrors).toEqual([]);
  });

  it('the manager opens the dashboard on a PC: KPI cards against targets, charts, heat map, the elevator league table, and the workbook', async () => {
    // An elevator fault (a porter reports the 1st passenger lift of the 门诊楼), so the league table has a row.
    const created = await apiPost('/v1/tickets', 'nurse-li', { locationId: 'OPD-0101', assetId: 'OPD-EL01', categoryCode: 'elevator', description: '电梯异响，运行时抖动', urgency: 'urgent' });
    expect(created.status).toBe(201);
    await waitForReport('/v1/reports/assets?category=elevator', 'manager-chen', (b) => (b as { items: { assetId: string }[] }).items.some((i) => i.assetId === 'OPD-EL01'));

    const manager = await desktopPage(browser);
    const { page } = manager;
    page.on('pageerror', (e) => browserErrors.push(`manager: ${e.message}`));
    await page.goto(`${baseUrl()}/`);
    await page.getByTestId('demo-user-manager-chen').click();
    await page.getByTestId('tile-manager').click();
    await page.getByTestId('open-dashboard').click();
    await page.getByTestId('manager-dashboard').waitFor();

    // The KPI cards say their targets and are coloured against them.
    await expect(page.getByTestId('kpi-slaAccept').textContent()).resolves.toMatch(/目标 ≥ 98%/);
    await expect(page.getByTestId('kpi-satisfaction').textContent()).resolves.toMatch(/目标 ≥ 90%/);
    expect(await page.getByTestId('kpi-availability').getAttribute('data-tone')).toMatch(/good|bad/);

    // Each chart is drawn: a canvas with a real size inside its card.
    for (const id of ['chart-category-canvas', 'chart-status-canvas', 'chart-sla-canvas']) {
      const canvas = page.getByTestId(id).locator('canvas').first();
      await canvas.waitFor();
      const box = await canvas.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(200);
      expect(box?.height ?? 0).toBeGreaterThan(100);
    }
    // The wide layout: three charts side by side at 1280 px.
    const [a, b] = await Promise.all([page.getByTestId('chart-category').boundingBox(), page.getByTestId('chart-status').boundingBox()]);
    expect(Math.abs((a?.y ?? 0) - (b?.y ?? 1))).toBeLessThan(2);
    expect(b?.x ?? 0).toBeGreaterThan((a?.x ?? 0) + (a?.width ?? 0) - 1);

    // The heat map has the 门诊楼 and the 住院楼 (the nurse's room is in building 5).
    await page.getByTestId('heatmap').waitFor();
    await expect(page.getByTestId('heatmap').textContent()).resolves.toContain('门诊楼');

    // The elevator league table: the lift just reported, with its failure count.
    const rows = page.getByTestId('league-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('league').textContent()).resolves.toContain('电梯');
    await expect(rows.filter({ hasText: '门诊楼 1号客梯' }).count()).resolves.toBe(1);
    // Its fault is open: the lift is down now, and its downtime is counting (never 100 % while broken).
    await expect(rows.filter({ hasText: '门诊楼 1号客梯' }).textContent()).resolves.toContain('停机中');
    await expect(page.getByTestId('league-down-now').textContent()).resolves.toMatch(/\d+ 台停机中/);
    // The technician who fixed the light, and the nurse's department, are in their tables.
    await expect(page.getByTestId('tech-table').textContent()).resolves.toMatch(/\d/);
    await page.getByTestId('dept-table').waitFor();
    await page.waitForTimeout(1000); // the charts' short entry animation
    await screenshot(page, '60-manager-dashboard-1280');
    await fullScreenshot(page, '61-manager-dashboard-1280-full');

    // The monthly workbook downloads (H5: a browser download through the platform layer).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-monthly').click()]);
    expect(download.suggestedFilename()).toMatch(/^报修月报-\d{4}-\d{2}\.xlsx$/);
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK'); // an .xlsx is a zip

    // Last month: the period picker reloads the numbers for that month.
    await page.getByTestId('period-lastMonth').click();
    await page.locator('.seg__item--on', { hasText: '上月' }).waitFor();
    await page.getByTestId('manager-dashboard').waitFor();
    await manager.context.close();

    // The same screen on a phone: one column.
    const phone = await phonePage(browser);
    phone.page.on('pageerror', (e) => browserErrors.push(`manager phone: ${e.message}`));
    await phone.page.goto(`${baseUrl()}/`);
    await phone.page.getByTestId('demo-user-manager-chen').click();
    await phone.page.getByTestId('tile-manager').click();
    await phone.page.getByTestId('open-dashboard').click();
    await phone.page.getByTestId('chart-category-canvas').locator('canvas').first().waitFor();
    await phone.page.getByTestId('league-table-row').first().waitFor();
    await phone.page.waitForTimeout(1000);
    await screenshot(phone.page, '62-manager-dashboard-phone');
    await fullScreenshot(phone.page, '63-manager-dashboard-phone-full');
    await phone.context.close();
    expect(browserErrors).toEqual([]);
  });
});
