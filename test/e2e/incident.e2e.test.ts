import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, desktopPage, launchBrowser, phonePage, screenshot } from './browser';

/**
 * Major incidents on the demo stack (issue 16, part INC): the desk escalates a report in
 * R-B5-0604 to an incident from its ticket page, a manager acknowledges it and reads its
 * timeline, a second report in R-B5-0605 is linked, and the desk closes it with its report.
 * Only this file's rooms; the incident is closed before the file ends (else it would link other
 * files' reports of its category and rooms).
 */
const firstRoom = 'R-B5-0604';
const secondRoom = 'R-B5-0605';

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

async function call<T>(method: string, path: string, userId: string, body?: unknown): Promise<T> {
  const login = await fetch(`${baseUrl()}/v1/auth/dev-login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId }) });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-incident-${Date.now()}-${Math.random().toString(36).slice(2)}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (res.status >= 300) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

const report = (qrCode: string, description: string) => call<{ id: string; number: string }>('POST', '/v1/tickets', 'nurse-li', { qrCode, categoryCode: 'power', description, urgency: 'urgent', notADuplicate: true });

describe('a major incident on the desk and the manager\'s phone (H5 build)', () => {
  let browser: Browser;
  let desk: Person;
  let incidentId: string | null = null;

  beforeAll(async () => {
    browser = await launchBrowser();
    desk = await signIn(browser, 'desk-wang', 'desktop');
  });
  afterAll(async () => {
    // Never leave it open on the shared stack, whatever happened above.
    if (incidentId) {
      const now = await call<{ status: string; version: number }>('GET', `/v1/incidents/${incidentId}`, 'desk-wang');
      if (now.status === 'open') await call('POST', `/v1/incidents/${incidentId}/actions`, 'desk-wang', { action: 'close', version: now.version, report: { cause: 'e2e 清理', summary: 'e2e 清理' } });
    }
    await desk?.context.close();
    await browser?.close();
    expect(browserErrors).toEqual([]);
  });

  it('is declared from a report, acknowledged by a manager, links a second report and is closed with its report', async () => {
    const first = await report(firstRoom, '病房整层断电');
    const { page } = desk;
    await page.goto(`${baseUrl()}/#/packages/desk/ticket/index?id=${first.id}`);
    await page.getByTestId('declare-incident').click();
    const sheet = page.getByTestId('declare-incident-sheet');
    await sheet.waitFor();
    await sheet.getByTestId('incident-grade-II').click();
    await sheet.locator('input[name="incident-title"]').fill('B5 六层病房断电');
    // The room of the report is the one place chosen (only this file's rooms).
    expect(await sheet.getByTestId('incident-place-B5-0604').getAttribute('aria-checked')).toBe('true');
    await screenshot(page, '90-incident-declare-1280');
    await sheet.getByTestId('declare-incident-confirm').click();
    await page.getByTestId('incident-page').waitFor();
    incidentId = new URL(page.url().replace('#/', '')).searchParams.get('id');
    expect(incidentId).toMatch(/^[0-9A-Z]{26}$/);
    expect(await page.getByTestId('incident-title').textContent()).toBe('B5 六层病房断电');
    expect(await page.getByTestId('incident-linked').textContent()).toContain(first.number);

    const manager = await signIn(browser, 'manager-chen', 'phone');
    await manager.page.goto(`${baseUrl()}/#/packages/desk/incidents/index`);
    await manager.page.getByTestId('incident-item').filter({ hasText: 'B5 六层病房断电' }).click();
    await manager.page.getByTestId('incident-acknowledge').click();
    const timeline = manager.page.getByTestId('incident-timeline');
    await timeline.getByText('确认收到').waitFor();
    expect(await timeline.textContent()).toContain('陈主任');
    expect(await manager.page.getByTestId('incident-roster').textContent()).toMatch(/陈主任已确认/);
    await screenshot(manager.page, '91-incident-manager-375');
    await manager.context.close();

    // A second report of the same event, in the next room: the desk links it by hand.
    const second = await report(secondRoom, '病房也断电了');
    await page.getByTestId('incident-link').click();
    const linkSheet = page.getByTestId('reason-sheet').filter({ visible: true });
    await linkSheet.locator('textarea').fill(second.id);
    await linkSheet.locator('.reason-sheet__confirm').click();
    await page.getByTestId('incident-linked').getByText(second.number).waitFor();

    await page.getByTestId('incident-close').click();
    const close = page.getByTestId('close-incident-sheet');
    await close.locator('textarea').first().fill('配电箱过载跳闸');
    await close.locator('textarea').nth(1).fill('更换断路器，恢复供电');
    await close.getByTestId('close-incident-confirm').click();
    await page.getByTestId('incident-report').waitFor();
    expect(await page.getByTestId('incident-status').textContent()).toContain('已结束');
    expect(await page.getByTestId('incident-report').textContent()).toContain('配电箱过载跳闸');
    await screenshot(page, '92-incident-closed-1280');
  });
});
