import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, desktopPage, launchBrowser, phonePage, screenshot } from './browser';
import { local } from './localStack';

/**
 * Issue 13's clocks on the desk's PC (Chromium, 1280 px): a breached ticket shows red and is
 * counted in the header; a 2-star rating opens a complaint the desk works through its three
 * steps; a handover between two dispatchers is recorded with the picker and prints on A4.
 * The local stack's clock is moved forward (other e2e files share it: forward only, a little).
 */
// The operating theatre: an open power fault there must not stand as a possible duplicate of the
// other browser tests' reports on the same shared stack (the workflow's nurse reports in the ICU).
const theatreCode = 'R-OPD-0301';

interface Person {
  context: BrowserContext;
  page: Page;
}

const browserErrors: string[] = [];

async function signIn(browser: Browser, userId: string, size: 'phone' | 'desktop'): Promise<Person> {
  const person = size === 'phone' ? await phonePage(browser) : await desktopPage(browser);
  person.page.on('pageerror', (e) => browserErrors.push(`${userId}: ${e.message}`));
  await person.page.goto(`${baseUrl()}/`);
  await person.page.getByTestId(`demo-user-${userId}`).click();
  await person.page.getByTestId('scan-button').waitFor();
  return person;
}

async function tokenOf(userId: string): Promise<string> {
  const login = await fetch(`${baseUrl()}/v1/auth/dev-login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId }) });
  return ((await login.json()) as { token: string }).token;
}

async function apiPost<T>(path: string, userId: string, body: unknown): Promise<T> {
  const res = await fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await tokenOf(userId)}`, 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-clocks-${Date.now()}-${Math.random().toString(36).slice(2)}` },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

interface Created {
  id: string;
  number: string;
}

async function report(description: string, urgency: 'normal' | 'emergency'): Promise<Created> {
  return apiPost<Created>('/v1/tickets', 'nurse-li', { qrCode: theatreCode, categoryCode: 'power', description, urgency, notADuplicate: true });
}

describe('the desk’s clocks, complaints and handover (H5 build, 1280 px)', () => {
  let browser: Browser;
  let desk: Person;

  beforeAll(async () => {
    browser = await launchBrowser();
    desk = await signIn(browser, 'desk-wang', 'desktop');
  });
  afterAll(async () => {
    await desk?.context.close();
    await browser?.close();
    expect(browserErrors).toEqual([]);
  });

  it('shows a 危急 ticket past its accept deadline in red as 超时 N 分钟, and the header counts exactly the red rows', async () => {
    // Emergency: accept within 5 min. Assigned, so its arrival deadline (30 min) is still ahead.
    const t = await report('手术室断电', 'emergency');
    await apiPost(`/v1/tickets/${t.id}/assign`, 'desk-wang', { technicianId: 'tech-zhao' });
    await local('clock', { advanceMs: 7 * 60_000 });
    await local('jobs/slaScanner', {});

    const { page } = desk;
    await page.goto(`${baseUrl()}/#/packages/desk/queue/index`);
    const row = page.getByTestId('queue-row').filter({ hasText: t.number });
    await row.waitFor();
    const clock = row.getByTestId('countdown');
    expect(await clock.getAttribute('data-state')).toBe('breached');
    expect(await clock.textContent()).toMatch(/^接单 超时 \d+ 分钟 · 已超时 1 次$/);
    expect(await row.getAttribute('class')).toContain('queue-row--overdue');
    const red = await page.locator('.queue-row--overdue').count();
    expect(await page.locator('.desk-queue__overdue').textContent()).toBe(`${red} 单超时`);
    await screenshot(page, '60-desk-queue-breached-1280');

    await row.click();
    const head = page.getByTestId('ticket-head').getByTestId('countdown');
    await head.waitFor();
    expect(await head.textContent()).toMatch(/^接单 超时 \d+ 分钟/);
  });

  it('a 2-star rating opens a complaint the desk works through respond, resolve and call back', async () => {
    const t = await report('插座没电', 'normal');
    await apiPost(`/v1/tickets/${t.id}/assign`, 'desk-wang', { technicianId: 'tech-zhao' });
    await apiPost(`/v1/tickets/${t.id}/accept`, 'tech-zhao', {});
    await apiPost(`/v1/tickets/${t.id}/arrive`, 'tech-zhao', { qrCode: theatreCode });
    await apiPost(`/v1/tickets/${t.id}/complete`, 'tech-zhao', { note: '更换插座' });
    await apiPost(`/v1/tickets/${t.id}/confirm`, 'nurse-li', { satisfied: true });

    const nurse = await signIn(browser, 'nurse-li', 'phone');
    await nurse.page.goto(`${baseUrl()}/#/pages/ticket/index?id=${t.id}`);
    const rating = nurse.page.getByTestId('rating-form');
    await rating.waitFor();
    await rating.locator('.nut-rate-item').nth(1).click();
    await rating.locator('textarea').fill('修了两次才好');
    await nurse.page.locator('.rating-form__submit').click();
    await nurse.page.getByTestId('rating').waitFor();
    await nurse.context.close();

    const { page } = desk;
    await page.goto(`${baseUrl()}/#/packages/desk/complaints/index`);
    const item = page.getByTestId('complaint-item').filter({ hasText: t.number });
    await item.waitFor();
    expect(await item.getByTestId('complaint-rating').textContent()).toContain('2 星评价');
    expect(await item.getByTestId('clock-respond').textContent()).toMatch(/^响应 剩 /);
    expect(await item.getByTestId('clock-resolve').getAttribute('data-state')).toBe('running');
    await screenshot(page, '61-desk-complaints-1280');

    const notes = { respond: '已致电护士长致歉', resolve: '更换为医用插座并复查', callback: '回访：护士满意' };
    for (const [step, note] of Object.entries(notes)) {
      await item.getByTestId(`complaint-step-${step}`).click();
      await item.locator('textarea').fill(note);
      await item.getByTestId('complaint-submit').click();
      if (step !== 'callback') await item.getByTestId(`clock-${step}`).and(page.locator('[data-state="done"]')).waitFor();
    }
    // All three recorded: the complaint leaves the list; its notes are on the ticket's timeline.
    await item.waitFor({ state: 'detached' });
    await page.goto(`${baseUrl()}/#/packages/desk/ticket/index?id=${t.id}`);
    await page.getByTestId('ticket-head').waitFor();
    expect(await page.locator('.taro_page').last().textContent()).toContain('回访：护士满意');
  });

  it('records a handover to the other dispatcher picked from the list, and prints the sheet on A4', async () => {
    const { page } = desk;
    await page.goto(`${baseUrl()}/#/packages/desk/handover/index`);
    const picker = page.getByTestId('handover-picker');
    await picker.waitFor();
    const zhou = page.getByTestId('incoming-desk-zhou');
    expect(await zhou.textContent()).toMatch(/^周调度 · (在班|不在班)$/);
    expect(await page.getByTestId('handover-open-count').textContent()).toMatch(/^[1-9]\d*\+?$/);
    await zhou.click();
    await page.getByTestId('handover-form').locator('textarea').fill('手术室断电未接单，请盯紧');
    expect(await page.getByTestId('handover-print').isVisible()).toBe(true);
    await screenshot(page, '62-desk-handover-1280');

    await page.getByTestId('handover-submit').click();
    const recent = page.getByTestId('handover-recent');
    await recent.waitFor();
    expect(await recent.textContent()).toContain('王调度 → 周调度');

    // The print stylesheet: the sheet without the form and buttons, a title with the time.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('handover-form').isVisible()).toBe(false);
    expect(await page.locator('.handover__print-head').isVisible()).toBe(true);
    expect(await page.getByTestId('handover-open').isVisible()).toBe(true);
    await screenshot(page, '63-desk-handover-print');
    await page.emulateMedia({ media: 'screen' });
  });
});
