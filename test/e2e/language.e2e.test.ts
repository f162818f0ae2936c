import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, phonePage, screenshot } from './browser';

/**
 * The language switch on the "我的 · Me" page, opened from a scanned room's report form: the
 * form comes back with the same room, its category chips and quick phrases in English, and a
 * reload keeps English. Room: B5 floor 4 (this helper's own).
 */
const roomCode = 'R-B5-0402';
const CJK = /[\u3400-\u9fff]/;

describe('switching the language keeps the screen and the scanned room (H5 build)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let placeName = '';
  const browserErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await phonePage(browser));
    page.on('pageerror', (e) => browserErrors.push(e.message));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const texts = (selector: string) => page.locator(selector).allTextContents();

  it('opens the form of a scanned room in Chinese', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.getByTestId('demo-user-nurse-li').click();
    await page.getByTestId('scan-button').waitFor();
    await page.goto(`${baseUrl()}/#/pages/report/index?scene=${roomCode}`);
    await page.getByTestId('place').waitFor();
    placeName = ((await page.locator('.report__place-name').textContent()) ?? '').trim();
    expect(placeName).toBe('新生儿重症监护室（NICU）');
    expect(await texts('[data-testid^="category-"]')).toContainEqual(expect.stringContaining('供电'));
  });

  it('switches to English on the Me page and comes back to the same room, chips and phrases in English', async () => {
    await page.getByTestId('me-link').click();
    await page.getByTestId('language-en').click();
    await page.getByTestId('place').waitFor();
    expect(page.url()).toContain(roomCode);
    expect(((await page.locator('.report__place-name').textContent()) ?? '').trim()).toBe(placeName);

    const chips = await texts('[data-testid^="category-"]');
    expect(chips).toContainEqual(expect.stringContaining('Power'));
    expect(chips.filter((c) => CJK.test(c))).toEqual([]);
    const phrases = await texts('.phrase');
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases.filter((p) => CJK.test(p))).toEqual([]);
    await page.getByTestId('category-power').click();
    expect(await texts('.phrase')).toEqual(['Light out', 'Socket dead', 'Breaker tripped', 'Switch broken']);
    await screenshot(page, 'language-01-report-en');
  });

  it('keeps English after a reload, and the phrase fills the text in English', async () => {
    await page.reload();
    await page.getByTestId('place').waitFor();
    expect(await texts('[data-testid^="category-"]')).toContainEqual(expect.stringContaining('Power'));
    await page.getByTestId('category-power').click();
    await page.locator('.phrase', { hasText: 'Light out' }).click();
    expect(await page.locator('textarea').inputValue()).toBe('Light out');
  });

  it('switches back to Chinese from the Me page reached from home', async () => {
    await page.goto(`${baseUrl()}/#/pages/home/index`);
    await page.getByTestId('me-link').click();
    await page.getByTestId('language-zh-CN').waitFor();
    expect(await page.getByTestId('language').textContent()).toContain('Language');
    await screenshot(page, 'language-02-me-en');
    await page.getByTestId('language-zh-CN').click();
    await page.getByTestId('scan-button').waitFor();
    expect(await page.getByText('李护士，您好').isVisible()).toBe(true);
    expect(browserErrors).toEqual([]);
  });
});
