import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, phonePage, photoPng, screenshot } from './browser';

/** A ward room label of the demo hospital (see `npm start`'s "QR labels to try"). */
const roomCode = 'R-B5-0301';


describe('a nurse reports a fault by scanning a room code (H5 build)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const browserErrors: string[] = [];
  /** What the Content-Security-Policy blocked, as the page's own violation events and the console report it. */
  const cspViolations: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await phonePage(browser));
    page.on('pageerror', (e) => browserErrors.push(e.message));
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to (load|connect|execute|apply|frame)/.test(m.text())) cspViolations.push(m.text());
    });
    // Kept across navigations: every page of the flow reports what the policy blocked.
    await page.exposeFunction('__reportCspViolation', (v: string) => cspViolations.push(v));
    await page.addInitScript({ content: "document.addEventListener('securitypolicyviolation', (e) => window.__reportCspViolation(e.violatedDirective + ' ' + e.blockedURI));" });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  let ticketNumber = '';
  let ticketId = '';

  it('signs in as nurse-li from the demo user picker', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.getByTestId('demo-user-nurse-li').waitFor();
    expect(await page.getByText('一站式报修').first().isVisible()).toBe(true);
    await screenshot(page, '01-login');

    await page.getByTestId('demo-user-nurse-li').click();
    await page.getByTestId('scan-button').waitFor();
    expect(await page.getByText('李护士，您好').isVisible()).toBe(true);
    await screenshot(page, '02-home');
  });

  it('scans the room code and sees the place with the categories that fit it', async () => {
    // The H5 platform layer reads this instead of the code-entry dialog (browsers cannot scan).
    await page.evaluate(`window.__testScanResult = '${roomCode}'`);
    await page.getByTestId('scan-button').click();
    const place = page.getByTestId('place');
    await place.waitFor();
    expect(await place.textContent()).toMatch(/›/);
    const chips = page.locator('[data-testid^="category-"]');
    expect(await chips.count()).toBeGreaterThan(3);
    expect(await page.locator('.phrase').count()).toBeGreaterThan(0);
    await screenshot(page, '03-report');
  });

  it('fills the form with one quick phrase and a photo, and submits', async () => {
    const submit = page.locator('.report-form__submit-btn');
    expect(await submit.getAttribute('class')).toContain('disabled');

    const phrase = page.locator('.phrase').first();
    const phraseText = (await phrase.textContent()) ?? '';
    await phrase.click();
    expect(await page.locator('textarea').inputValue()).toBe(phraseText);
    // One tap on a phrase also chose its category (the room's device picker below has its own chips).
    expect(await page.locator('[data-testid^="category-"].chip--active').count()).toBe(1);

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('photo-add').click()]);
    await chooser.setFiles({ name: 'fault.png', mimeType: 'image/png', buffer: photoPng() });
    await page.getByTestId('photo-thumb').first().waitFor();
    await screenshot(page, '04-report-filled');

    expect(await submit.getAttribute('class')).not.toContain('disabled');
    await submit.click();
    const number = page.getByTestId('ticket-number');
    await number.waitFor();
    ticketNumber = ((await number.textContent()) ?? '').trim();
    expect(ticketNumber).not.toBe('');
    expect(await page.getByTestId('promise').textContent()).toMatch(/将在 \d+ 分钟内响应/);
    await screenshot(page, '05-submitted');
  });

  it('opens the ticket and sees its timeline', async () => {
    await page.locator('.taro-button-core', { hasText: '查看工单' }).click();
    const head = page.getByTestId('ticket-head');
    await head.waitFor();
    expect(await head.textContent()).toContain(ticketNumber);
    expect(await page.getByTestId('timeline').textContent()).toContain('李护士');
    ticketId = new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? '';
    expect(ticketId).not.toBe('');
    await screenshot(page, '06-ticket');
  });

  it('shows a doctor of another department who follows it the summary, without names or photos', async () => {
    const signedIn = await fetch(`${baseUrl()}/v1/auth/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hospitalId: 'demo', userId: 'doctor-wu' }),
    });
    const { token } = (await signedIn.json()) as { token: string };
    const followed = await fetch(`${baseUrl()}/v1/tickets/${ticketId}/follow`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
    // 409 when a kept local database says the doctor follows it already.
    expect([200, 409]).toContain(followed.status);

    const doctor = await phonePage(browser);
    try {
      await doctor.page.goto(`${baseUrl()}/`);
      await doctor.page.getByTestId('demo-user-doctor-wu').click();
      await doctor.page.getByTestId('scan-button').waitFor();
      await doctor.page.goto(`${baseUrl()}/#/pages/ticket/index?id=${ticketId}`);
      await doctor.page.getByTestId('summary-only').waitFor();
      expect(await doctor.page.getByTestId('ticket-head').textContent()).toContain(ticketNumber);
      expect(await doctor.page.getByTestId('ticket-head').locator('img').count()).toBe(0);
      expect((await doctor.page.locator('.ticket').textContent()) ?? '').not.toContain('李护士');
      // The steps by role only ("报修人 · 今天 13:19"), never the reporter's name.
      expect(await doctor.page.getByTestId('timeline').textContent()).toContain('报修人 · ');
      await screenshot(doctor.page, '06b-ticket-followed');
    } finally {
      await doctor.context.close();
    }
  });

  it('finds the ticket on the home screen and in my tickets', async () => {
    await page.goto(`${baseUrl()}/#/pages/home/index`);
    await page.reload();
    await page.getByTestId('scan-button').waitFor();
    await page.getByText(ticketNumber).first().waitFor();

    await page.getByTestId('all-tickets').click();
    const list = page.getByTestId('my-tickets');
    await list.getByText(ticketNumber).waitFor();
    await screenshot(page, '07-my-tickets');
    expect(browserErrors).toEqual([]);
  });

  it('ran every step (sign-in, report with a photo upload, the ticket with its photo) under the CSP, with no violation', async () => {
    const res = await page.request.get(`${baseUrl()}/`);
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
    expect(cspViolations).toEqual([]);
  });
});
