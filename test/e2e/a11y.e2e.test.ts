import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, phonePage, screenshot } from './browser';
import { completedTicket, demoApi } from './demoApi';

/**
 * Accessibility of the main screens in the H5 build, on a phone: axe (WCAG 2.1 A/AA rules) finds
 * no serious or critical violation, the main buttons are touch targets of at least 44 × 44 px
 * (WCAG 2.5.5, Apple's and WeChat's guidance), and the page lets the user zoom.
 * Rooms: B5 floor 4 and OPD floor 4 (this helper's own).
 */
const MIN_TARGET_PX = 44;

/** The main buttons of a screen: Taro buttons, chips, quick phrases, the big scan button, the Me link, list rows. */
const MAIN_TARGETS = ['.taro-button-core', '.chip', '.phrase', '[data-testid="scan-button"]', '[data-testid="me-link"]', '.segmented__item', '.home__tile'].join(', ');

async function signedIn(browser: Browser, userId: string): Promise<{ context: BrowserContext; page: Page }> {
  const person = await phonePage(browser);
  await person.page.goto(`${baseUrl()}/`);
  await person.page.getByTestId(`demo-user-${userId}`).click();
  await person.page.getByTestId('scan-button').waitFor();
  return person;
}

/** What axe finds serious or critical on the page as it is now: rule, impact and the first offending elements. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Visible main buttons smaller than 44 px either way, named by their text. */
async function smallTargets(page: Page): Promise<string[]> {
  const boxes = await page.locator(MAIN_TARGETS).evaluateAll((els) =>
    els.flatMap((el) => {
      const r = el.getBoundingClientRect();
      const shown = r.width > 0 && r.height > 0;
      return shown ? [{ text: (el.textContent ?? '').trim().slice(0, 20) || el.className, width: Math.round(r.width), height: Math.round(r.height) }] : [];
    }),
  );
  return boxes.filter((b) => b.width < MIN_TARGET_PX || b.height < MIN_TARGET_PX).map((b) => `"${b.text}" ${b.width}×${b.height}`);
}

describe('the main screens are accessible (H5 build, phone)', () => {
  let browser: Browser;
  const people: { context: BrowserContext; page: Page }[] = [];
  let ticketId = '';
  const found: Record<string, { axe: string[]; small: string[] }> = {};

  async function check(page: Page, screen: string, ready: string): Promise<void> {
    await page.locator(ready).first().waitFor();
    await page.waitForTimeout(500); // entry animations end
    found[screen] = { axe: await seriousViolations(page), small: await smallTargets(page) };
    await screenshot(page, `a11y-${screen}`);
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    // A ticket of tech-zhao's on this helper's floor, for the ticket and job screens.
    const ticket = await completedTicket(await demoApi('nurse-li'), 'R-B5-0404', 'power', '医生办公室灯不亮');
    ticketId = ticket.id;
    // An urgent report nobody has taken yet: the desk's queue then shows the coloured texts
    // (no assignee, a running clock, the urgency) whatever else the shared stack holds.
    const waiting = await (await demoApi('nurse-li')).post('/v1/tickets', { qrCode: 'R-OPD-0402', categoryCode: 'power', description: '诊室插座没电', urgency: 'urgent', notADuplicate: true });
    if (waiting.status !== 201) throw new Error(`report answered ${waiting.status}: ${JSON.stringify(waiting.body)}`);
  });
  afterAll(async () => {
    for (const p of people) await p.context.close();
    await browser?.close();
  });

  it('lets the user zoom: the viewport sets no user-scalable=no and no maximum scale', async () => {
    const html = await (await fetch(`${baseUrl()}/`)).text();
    const viewport = /<meta[^>]*name="viewport"[^>]*>/.exec(html)?.[0] ?? /<meta[^>]*content="[^"]*"[^>]*name="viewport"[^>]*>/.exec(html)?.[0] ?? '';
    expect(viewport).toContain('width=device-width');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale/);
    expect(html).toMatch(/<html lang="zh-CN">/);
  });

  it('checks the reporter’s screens: report form, my tickets, the ticket, the Me page', async () => {
    const nurse = await signedIn(browser, 'nurse-li');
    people.push(nurse);
    await check(nurse.page, 'home', '[data-testid="scan-button"]');
    await nurse.page.goto(`${baseUrl()}/#/pages/report/index?scene=R-OPD-0402`);
    await check(nurse.page, 'report', '[data-testid="place"]');
    await nurse.page.goto(`${baseUrl()}/#/pages/tickets/index`);
    await check(nurse.page, 'my-tickets', '[data-testid="my-tickets"]');
    await nurse.page.goto(`${baseUrl()}/#/pages/ticket/index?id=${ticketId}`);
    await check(nurse.page, 'ticket', '[data-testid="confirm-card"]');
    await nurse.page.goto(`${baseUrl()}/#/pages/me/index`);
    await check(nurse.page, 'me', '[data-testid="language"]');
  });

  it('checks the technician’s job list and job', async () => {
    const tech = await signedIn(browser, 'tech-zhao');
    people.push(tech);
    await tech.page.goto(`${baseUrl()}/#/packages/tech/jobs/index`);
    await check(tech.page, 'tech-jobs', '[data-testid="my-jobs"]');
    await tech.page.goto(`${baseUrl()}/#/packages/tech/job/index?id=${ticketId}`);
    await check(tech.page, 'tech-job', '[data-testid="ticket-head"]');
  });

  it('checks the desk’s queue and ticket', async () => {
    const desk = await signedIn(browser, 'desk-wang');
    people.push(desk);
    await desk.page.goto(`${baseUrl()}/#/packages/desk/queue/index`);
    await check(desk.page, 'desk-queue', '[data-testid="queue-row"] [data-testid="countdown"]');
    await desk.page.goto(`${baseUrl()}/#/packages/desk/ticket/index?id=${ticketId}`);
    await check(desk.page, 'desk-ticket', '[data-testid="ticket-head"]');
  });

  it('checks the manager’s dashboard and the admin’s people screen', async () => {
    const manager = await signedIn(browser, 'manager-chen');
    people.push(manager);
    await manager.page.goto(`${baseUrl()}/#/packages/manager/dashboard/index`);
    await check(manager.page, 'dashboard', '[data-testid="workbook"]');
    const admin = await signedIn(browser, 'admin');
    people.push(admin);
    await admin.page.goto(`${baseUrl()}/#/packages/admin/people/index`);
    await check(admin.page, 'admin-people', '[data-testid="person-admin"]');
  });

  it('found no serious or critical violation and no main button under 44 px on any of them', () => {
    const problems = Object.entries(found).flatMap(([screen, f]) => [...f.axe.map((v) => `${screen}: ${v}`), ...f.small.map((s) => `${screen}: small target ${s}`)]);
    expect(Object.keys(found)).toEqual(['home', 'report', 'my-tickets', 'ticket', 'me', 'tech-jobs', 'tech-job', 'desk-queue', 'desk-ticket', 'dashboard', 'admin-people']);
    expect(problems).toEqual([]);
  });
});
