import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium fonts-noto-cjk); browsers are never downloaded. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Playwright waits 30 s by default; a loaded CI machine can take longer to render a page. */
const waitForUiMs = 120_000;

export const screenshotDir = join(__dirname, '..', '..', 'screenshots');

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the e2e project through jest (its globalSetup starts the local stack)');
  return url.replace(/\/$/, '');
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath, args: flags });
}

/** A phone-sized page, as a nurse sees the app (iPhone-like 375 × 812, Chinese). */
export async function phonePage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  context.setDefaultTimeout(waitForUiMs);
  const page = await context.newPage();
  return { context, page };
}

/** The service desk's PC browser (1280 × 800). */
export async function desktopPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'zh-CN' });
  context.setDefaultTimeout(waitForUiMs);
  const page = await context.newPage();
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.waitForTimeout(300); // let transitions settle
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** A small valid PNG (a red square), as a phone photo stand-in. */
export function photoPng(): Buffer {
  return Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAF0lEQVR42mP4z8Dwn4EIwDiqkL4KAcT9GO0U4BxoAAAAAElFTkSuQmCC',
    'base64',
  );
}
