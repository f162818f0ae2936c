import type { Browser, Page } from 'playwright-core';
import type { PcLoginStarted } from '../../functions/src/contract/pcLogin';
import { decodeQrScreenshot } from '../support/screenQr';
import { baseUrl, desktopPage, launchBrowser, screenshot } from './browser';

/**
 * The desk PC signs in by scan: the sign-in page at 1280 px shows a QR; a phone reads it (here:
 * decoded from a screenshot) and the signed-in desk member confirms it (here: over the API, as
 * the mini-program's confirm page does); the PC, polling, lands on the desk queue by itself.
 */

let browser: Browser;
let page: Page;
const browserErrors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await desktopPage(browser));
  page.on('pageerror', (e) => browserErrors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
});

/** The desk member's phone: signed in (the local stack's dev-login stands in for WeChat) and confirming. */
async function confirmOnPhone(requestId: string, userId: string): Promise<number> {
  const login = await fetch(`${baseUrl()}/v1/auth/dev-login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId }) });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${baseUrl()}/v1/auth/pc-login/${requestId}/confirm`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  return res.status;
}

describe('the desk PC signing in by scan', () => {
  it('shows a QR that a phone confirms, then opens the desk queue without a reload', async () => {
    const started = page.waitForResponse((r) => r.url().endsWith('/v1/auth/pc-login') && r.request().method() === 'POST');
    await page.goto(`${baseUrl()}/`);
    const request = (await (await started).json()) as PcLoginStarted;
    const qr = page.getByTestId('pc-login-qr');
    await qr.waitFor();
    await screenshot(page, 'pc-login-qr');

    const text = decodeQrScreenshot(await qr.screenshot());
    expect(text).toMatch(/\/#\/pages\/pclogin\/index\?r=[A-Za-z0-9_-]{22}$/);
    expect(text).not.toContain(request.pollSecret);
    const requestId = /r=([A-Za-z0-9_-]{22})$/.exec(text)![1]!;

    // Marks this document: a reload would lose it.
    await page.evaluate('window.__samePage = true');
    expect(await confirmOnPhone(requestId, 'desk-wang')).toBe(200);

    await page.getByTestId('queue').waitFor();
    expect(page.url()).toContain('#/packages/desk/queue/index');
    expect(await page.evaluate('window.__samePage')).toBe(true);
    // The PC keeps the session it was handed (Taro's storage under "session").
    expect(await page.evaluate("localStorage.getItem('session')")).toContain('"id":"desk-wang"');
    await screenshot(page, 'pc-login-desk-queue');
    expect(browserErrors).toEqual([]);
  });
});
