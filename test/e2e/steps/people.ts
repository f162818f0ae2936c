import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, phonePage } from '../browser';

/**
 * The admin's setup steps in the H5 build, as exported functions the whole-setup e2e composes:
 * each starts from a signed-in admin's page (any screen) and ends on the screen it changed.
 */

export type DispatchModeName = 'manual' | 'auto' | 'grab';
type Minutes = { normal: number; urgent: number; emergency: number };

export interface NewCategory {
  code: string;
  nameZh: string;
  nameEn: string;
  team: string;
  dispatch: DispatchModeName;
  quickPhrases: { zh: string; en: string }[];
  signatureRequired: boolean;
  accept: Minutes;
  arrive: Minutes;
}

const URGENCIES = ['normal', 'urgent', 'emergency'] as const;

/**
 * A desk PC in the hospital's zone (so "this week" on the rota is the hospital's week), signed in
 * on the demo picker as `who`; its page errors are collected in `errors`.
 */
export async function hospitalDesktop(browser: Browser, who: string, errors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  context.setDefaultTimeout(120_000);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${who}: ${e.message}`));
  await signInAsDemo(page, who);
  return { context, page };
}

/** The admin signs in on the demo picker of a desktop page and waits for the home screen. */
export async function signInAsDemo(page: Page, userId: string): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  await page.getByTestId(`demo-user-${userId}`).click();
  await page.getByTestId('scan-button').waitFor();
}

/** Runs `act` and waits for the PUT it makes to `path` to succeed (a toast may still show from an earlier save). */
export async function savedBy(page: Page, path: string, act: () => Promise<void>): Promise<void> {
  const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && new URL(r.url()).pathname === path);
  await act();
  const response = await saved;
  if (!response.ok()) throw new Error(`PUT ${path} answered ${response.status()}: ${await response.text()}`);
}

async function openScreen(page: Page, path: string, ready: string): Promise<void> {
  await page.goto(`${baseUrl()}/#${path}`);
  await page.getByTestId(ready).waitFor();
}

async function fillCategory(page: Page, c: Omit<NewCategory, 'code'>): Promise<void> {
  const form = page.getByTestId('category-form');
  await form.locator('input[name="category-nameZh"]').fill(c.nameZh);
  await form.locator('input[name="category-nameEn"]').fill(c.nameEn);
  await form.locator('input[name="category-team"]').fill(c.team);
  await form.getByTestId(`dispatch-${c.dispatch}`).click();
  for (const u of URGENCIES) {
    await form.locator(`input[name="sla-acceptWithinMinutes-${u}"]`).fill(String(c.accept[u]));
    await form.locator(`input[name="sla-arriveWithinMinutes-${u}"]`).fill(String(c.arrive[u]));
  }
  for (const [i, p] of c.quickPhrases.entries()) {
    if ((await form.getByTestId(`phrase-${i}`).count()) === 0) await form.getByTestId('phrase-add').click();
    await form.locator(`input[name="phrase-${i}-zh"]`).fill(p.zh);
    await form.locator(`input[name="phrase-${i}-en"]`).fill(p.en);
  }
  const signature = form.getByTestId('signature-required');
  if ((await signature.getAttribute('data-checked')) !== String(c.signatureRequired)) await signature.locator('.nut-switch').click();
}

/** Creates a category on the categories screen; ends on its edit page. */
export async function createCategory(page: Page, c: NewCategory): Promise<void> {
  await openScreen(page, '/packages/admin/categories/index', 'category-create');
  await page.getByTestId('category-create').click();
  await page.locator('input[name="category-code"]').fill(c.code);
  await fillCategory(page, c);
  await page.getByTestId('category-save').click();
  // Saved: the page becomes the category's own, with its retire button.
  await page.getByTestId('category-retire').waitFor();
}

/** Opens a category's edit page from the list. */
export async function openCategory(page: Page, code: string): Promise<void> {
  await openScreen(page, '/packages/admin/categories/index', `category-${code}`);
  await page.getByTestId(`category-${code}`).click();
  await page.getByTestId('category-form').waitFor();
}

/** Switches a category's dispatch mode (manual, automatic, grab pool) and saves; ends back on the list, showing it. */
export async function setCategoryDispatch(page: Page, code: string, mode: DispatchModeName): Promise<void> {
  await openCategory(page, code);
  await page.getByTestId(`dispatch-${mode}`).click();
  await savedBy(page, `/v1/admin/categories/${code}`, () => page.getByTestId('category-save').click());
  // The list page may still be in the router's stack with the rows it showed before the save: it
  // shows them at once and refetches on show, so wait for the list read that follows the save.
  const listed = page.waitForResponse((r) => r.request().method() === 'GET' && new URL(r.url()).pathname === '/v1/admin/categories');
  await openScreen(page, '/packages/admin/categories/index', `category-${code}`);
  await listed;
}

export interface NewTechnician {
  id: string;
  name: string;
  team: string;
  skills: string[];
  phone: string;
}

/** Creates a technician with skills, team and phone on the people screen and issues an invite; the QR is visible when it returns. */
export async function createTechnicianWithInvite(page: Page, tech: NewTechnician): Promise<{ userId: string; inviteCode: string }> {
  await openScreen(page, '/packages/admin/people/index', 'people-create');
  await page.getByTestId('people-create').click();
  const form = page.getByTestId('person-form');
  await form.locator('input[name="person-id"]').fill(tech.id);
  await form.locator('input[name="person-name"]').fill(tech.name);
  await form.locator('input[name="person-team"]').fill(tech.team);
  await form.locator('input[name="person-skills"]').fill(tech.skills.join(', '));
  await form.locator('input[name="person-phone"]').fill(tech.phone);
  await form.getByTestId('person-role-technician').click();
  await form.getByTestId('person-save').click();
  const actions = page.getByTestId('person-actions');
  await actions.getByText(tech.id).waitFor();
  await actions.getByTestId('person-invite').click();
  await actions.getByTestId('invite-qr-code').waitFor();
  const inviteCode = /邀请码：([A-Za-z0-9]+)/.exec((await actions.textContent()) ?? '')?.[1];
  if (!inviteCode) throw new Error('the invite code is not shown');
  return { userId: tech.id, inviteCode };
}

/**
 * The technician opens the invite on a phone "inside WeChat" (the WeChat fake answers wx.login
 * with `wxcode-<account>.<n>`): the invite is redeemed at once and the home screen shows their jobs' tile.
 */
export async function linkWithInvite(browser: Browser, inviteCode: string, account = `acct-${inviteCode.toLowerCase()}`): Promise<{ context: BrowserContext; page: Page }> {
  const phone = await phonePage(browser);
  const fake = { loginCode: Array.from({ length: 6 }, (_, i) => `wxcode-${account}.${i}`) };
  await phone.context.addInitScript({ content: `window.__WECHAT_FAKE__ = ${JSON.stringify(fake)};` });
  await phone.page.goto(`${baseUrl()}/#/pages/login/index?invite=${encodeURIComponent(inviteCode)}`);
  await phone.page.getByTestId('tile-tech').waitFor();
  return phone;
}

/** The hospital's calendar day (the browser runs in the hospital's zone), as the rota's cells name it. */
export async function todayInBrowser(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

/** Puts a person on an all-day shift every day of this week on the rota screen; ends there, showing it. */
export async function putOnShiftThisWeek(page: Page, userId: string): Promise<void> {
  await openScreen(page, '/packages/admin/shifts/index', `rota-${userId}`);
  const today = await todayInBrowser(page);
  await page.getByTestId(`rota-${userId}-${today}`).click();
  const editor = page.getByTestId('shift-editor');
  await editor.getByTestId('shift-preset-allDay').click();
  await editor.getByTestId('shift-whole-week').click();
  await savedBy(page, `/v1/admin/users/${userId}/shifts`, () => editor.getByTestId('shift-save').click());
  await page.getByTestId(`rota-${userId}-${today}`).getByText('00:00–00:00').waitFor();
}
