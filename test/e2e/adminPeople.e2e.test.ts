import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { decodeQrScreenshot } from '../support/screenQr';
import { baseUrl, desktopPage, launchBrowser, screenshot } from './browser';

/**
 * The admin's people screen in the H5 build: the admin creates a technician with a mobile number,
 * issues an invite (a QR with its expiry, for the technician to link WeChat), and finds the new
 * person by search.
 */

let browser: Browser;
let page: Page;
const browserErrors: string[] = [];
const techId = `tech-e2e-${randomUUID().slice(0, 8)}`;
const phone = `139${String(Date.now()).slice(-8)}`;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await desktopPage(browser));
  page.on('pageerror', (e) => browserErrors.push(e.message));
  await page.goto(`${baseUrl()}/`);
  await page.getByTestId('demo-user-admin').click();
  await page.getByTestId('scan-button').waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('the admin’s people screen', () => {
  it('creates a technician with a phone number and shows an invite QR with its expiry', async () => {
    await page.getByTestId('tile-people').click();
    await page.getByTestId('person-admin').waitFor();

    await page.getByTestId('people-create').click();
    const form = page.getByTestId('person-form');
    await form.locator('input[name="person-id"]').fill(techId);
    await form.locator('input[name="person-name"]').fill('钱师傅');
    await form.locator('input[name="person-department"]').fill('后勤保障部 电工班');
    await form.locator('input[name="person-skills"]').fill('power, hvac');
    await form.locator('input[name="person-phone"]').fill(phone);
    await form.getByTestId('person-role-technician').click();
    await form.getByTestId('person-save').click();

    // Straight on to the new person's actions: issue the invite.
    const actions = page.getByTestId('person-actions');
    await actions.getByText(techId).waitFor();
    await actions.getByTestId('person-invite').click();
    const code = actions.getByTestId('invite-qr-code');
    await code.waitFor();
    await screenshot(page, 'admin-people-invite');

    const expiry = (await actions.getByTestId('invite-expiry').textContent()) ?? '';
    expect(expiry).toMatch(/请钱师傅用微信扫码绑定；\d{4}\/\d{1,2}\/\d{1,2} \d{2}:\d{2}:\d{2} 前有效，仅可使用一次/);
    const link = decodeQrScreenshot(await code.screenshot());
    const shownCode = /邀请码：([A-Za-z0-9_-]+)/.exec((await actions.textContent()) ?? '')?.[1];
    expect(shownCode).toBeTruthy();
    expect(link).toContain(`invite=${shownCode}`);
  });

  it('finds the new technician by phone number, as not yet linked to WeChat', async () => {
    await page.locator(".nut-popup-title-right").first().click();
    await page.locator('input[name="people-search"]').fill(phone);
    await page.getByTestId('people-search').click();
    const row = page.getByTestId(`person-${techId}`);
    await row.waitFor();
    expect(await page.getByTestId('people-list').locator('[data-testid^="person-"]').count()).toBe(1);
    expect(await row.textContent()).toContain('未绑定微信');
    await screenshot(page, 'admin-people-search');
    expect(browserErrors).toEqual([]);
  });
});
