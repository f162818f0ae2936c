import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, desktopPage, launchBrowser, screenshot } from './browser';

/**
 * Issue 11's "what people see", in the H5 build, without a reload: a nurse reports (room
 * R-B5-0803, this test's own), the desk's PC queue shows the ticket highlighted and the bell
 * counts it; the desk assigns; the technician's phone (390 px) gains the job with a banner, and
 * the inbox item opens the job.
 */
const ROOM = 'R-B5-0803';

interface Person {
  context: BrowserContext;
  page: Page;
}

async function token(userId: string): Promise<string> {
  const login = await fetch(`${baseUrl()}/v1/auth/dev-login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId }) });
  return ((await login.json()) as { token: string }).token;
}

async function apiPost<T>(path: string, userId: string, body: unknown): Promise<T> {
  const res = await fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await token(userId)}`, 'Content-Type': 'application/json', 'Idempotency-Key': `inbox-e2e-${Date.now()}-${Math.random().toString(36).slice(2)}` },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function unread(userId: string): Promise<number> {
  const res = await fetch(`${baseUrl()}/v1/notifications`, { headers: { Authorization: `Bearer ${await token(userId)}` } });
  return ((await res.json()) as { unreadCount: number }).unreadCount;
}

const browserErrors: string[] = [];

async function signIn(browser: Browser, userId: string, size: 'phone' | 'desktop'): Promise<Person> {
  const person =
    size === 'desktop'
      ? await desktopPage(browser)
      : await (async () => {
          const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
          context.setDefaultTimeout(60_000);
          return { context, page: await context.newPage() };
        })();
  person.page.on('pageerror', (e) => browserErrors.push(`${userId}: ${e.message}`));
  await person.page.goto(`${baseUrl()}/`);
  await person.page.getByTestId(`demo-user-${userId}`).click();
  await person.page.getByTestId('scan-button').waitFor();
  return person;
}

describe('notifications people see, live (H5 build)', () => {
  let browser: Browser;
  let desk: Person;
  let tech: Person;

  beforeAll(async () => {
    browser = await launchBrowser();
    [desk, tech] = await Promise.all([signIn(browser, 'desk-wang', 'desktop'), signIn(browser, 'tech-zhao', 'phone')]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a new report on the desk, then the job on the technician, without a reload', async () => {
    await desk.page.goto(`${baseUrl()}/#/packages/desk/queue/index`);
    await desk.page.getByTestId('queue').waitFor();
    await desk.page.getByTestId('inbox-bell').waitFor();
    await tech.page.goto(`${baseUrl()}/#/packages/tech/jobs/index`);
    await tech.page.getByTestId('my-jobs').waitFor();
    // Both screens have had their first poll (the baseline) before anything happens.
    await desk.page.waitForTimeout(4000);
    const deskUrl = desk.page.url();
    const deskUnreadBefore = await unread('desk-wang');

    // 1. The nurse submits.
    const ticket = await apiPost<{ id: string; number: string }>('/v1/tickets', 'nurse-li', {
      qrCode: ROOM,
      categoryCode: 'power',
      description: '病房插座没电（收件箱测试）',
      urgency: 'urgent',
      notADuplicate: true,
    });

    // 2. The desk's queue shows it, highlighted, and the bell counts it — the same page, no reload.
    const row = desk.page.locator('[data-testid="queue-row"][data-new="true"]', { hasText: ticket.number });
    await row.waitFor();
    expect(desk.page.url()).toBe(deskUrl);
    const deskCount = Number(await desk.page.getByTestId('inbox-bell-count').textContent());
    expect(deskCount).toBeGreaterThanOrEqual(deskUnreadBefore + 1);
    await screenshot(desk.page, 'inbox-desk-queue-new-report');

    // 3. The desk assigns.
    await apiPost(`/v1/tickets/${ticket.id}/assign`, 'desk-wang', { technicianId: 'tech-zhao' });

    // 4. The technician's list gains the job, with a banner, and the bell counts it.
    await tech.page.getByTestId('new-job-banner').filter({ hasText: ticket.number }).waitFor();
    await tech.page.getByTestId('my-jobs').getByText(ticket.number).waitFor();
    await tech.page.getByTestId('inbox-bell-count').waitFor();
    await screenshot(tech.page, 'inbox-tech-new-job-banner');

    // The inbox: the new job on top; a tap opens the job screen.
    await tech.page.getByTestId('inbox-bell').click();
    const item = tech.page.locator('[data-testid="inbox-item"][data-kind="new_job"]').first();
    await item.waitFor();
    expect(await item.getAttribute('data-read')).toBe('false');
    await screenshot(tech.page, 'inbox-tech-list');
    await item.click();
    await tech.page.waitForURL((url) => url.href.includes('packages/tech/job/index') && url.href.includes(encodeURIComponent(ticket.id)));

    expect(browserErrors).toEqual([]);
  });
});
