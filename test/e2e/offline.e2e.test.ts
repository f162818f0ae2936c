import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, desktopPage, launchBrowser, phonePage, screenshot } from './browser';
import { local } from './localStack';

/**
 * Issue 12's technician without a signal (H5 build, phone viewport): accept, arrive and complete
 * with a photo while offline, the queue drains when the network returns, and the desk sees each
 * step with the phone's time beside the server's; a job the desk reassigns meanwhile is shown
 * plainly. Photos: a large JPEG is stored smaller than it was picked, and a .txt is refused.
 * Rooms of building 5, floor 3 only (R-B5-0303..0305), so no other test sees a duplicate here.
 */
const completedRoom = 'R-B5-0303';
const reassignedRoom = 'R-B5-0304';
const photoRoom = 'R-B5-0305';

interface Person {
  context: BrowserContext;
  page: Page;
}

const browserErrors: string[] = [];

async function signIn(browser: Browser, userId: string, size: 'phone' | 'desktop' = 'phone'): Promise<Person> {
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

async function api<T>(method: 'GET' | 'POST', path: string, userId: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${await tokenOf(userId)}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-offline-${Date.now()}-${Math.random().toString(36).slice(2)}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

interface TicketView {
  id: string;
  status: string;
  assignee: { id: string } | null;
  completion: { photos: { key: string; url: string }[] } | null;
}
interface Detail {
  ticket: TicketView;
  events: { type: string; at: string; deviceAt?: string }[];
}

/** A power fault in the room, assigned to 赵师傅 (unless auto-dispatch already gave it to him). */
async function jobFor(room: string, description: string): Promise<string> {
  const t = await api<TicketView>('POST', '/v1/tickets', 'nurse-li', { qrCode: room, categoryCode: 'power', description, urgency: 'normal', notADuplicate: true });
  const now = await api<Detail>('GET', `/v1/tickets/${t.id}`, 'desk-wang');
  if (now.ticket.assignee?.id !== 'tech-zhao') {
    await api('POST', `/v1/tickets/${t.id}/assign`, 'desk-wang', { technicianId: 'tech-zhao', ...(now.ticket.assignee ? { reason: '电工班处理' } : {}) });
  }
  return t.id;
}

const button = (page: Page, text: string) => page.locator('.taro-button-core', { hasText: text }).first();
const statusTag = (page: Page, text: string) => page.locator('[data-testid="ticket-head"] .status-tag', { hasText: text });

/** A phone camera's photo stand-in: a 4000 × 3000 JPEG drawn in the page (gradients and grain), several MB. */
async function largeJpeg(page: Page): Promise<Buffer> {
  // A string, not a function: this file is compiled without the DOM's types.
  const base64 = await page.evaluate<string>(`(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 4000;
    canvas.height = 3000;
    const ctx = canvas.getContext('2d');
    const image = ctx.createImageData(canvas.width, canvas.height);
    let seed = 7;
    const grain = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 60;
    for (let i = 0; i < image.data.length; i += 4) {
      const x = (i / 4) % canvas.width;
      const y = Math.floor(i / 4 / canvas.width);
      image.data[i] = (x / 16 + grain()) % 256;
      image.data[i + 1] = (y / 12 + grain()) % 256;
      image.data[i + 2] = ((x + y) / 28 + grain()) % 256;
      image.data[i + 3] = 255;
    }
    ctx.putImageData(image, 0, 0);
    return canvas.toDataURL('image/jpeg', 0.97).split(',')[1];
  })()`);
  return Buffer.from(base64, 'base64');
}

describe('a technician without a signal (H5 build, phone)', () => {
  let browser: Browser;
  let tech: Person;

  beforeAll(async () => {
    browser = await launchBrowser();
    tech = await signIn(browser, 'tech-zhao');
  });
  afterAll(async () => {
    await tech?.context.close();
    await browser?.close();
    expect(browserErrors).toEqual([]);
  });

  it('accepts, arrives and completes with a photo offline; the queue drains when the signal returns; the desk sees both times', async () => {
    const id = await jobFor(completedRoom, '病房顶灯不亮（离线测试）');
    const { page, context } = tech;
    await page.goto(`${baseUrl()}/#/packages/tech/job/index?id=${id}`);
    await statusTag(page, '已派单').waitFor();
    const photo = await largeJpeg(page);
    expect(photo.length).toBeGreaterThan(3 * 1024 * 1024);

    await context.setOffline(true);
    await button(page, '接单').click();
    const saved = page.getByTestId('offline-saved');
    await saved.waitFor();
    expect(await saved.textContent()).toContain('离线已保存，联网后自动提交');
    await page.evaluate(`window.__testScanResult = '${completedRoom}'`);
    await button(page, '扫码到场').click();
    await page.getByTestId('offline-item').nth(1).waitFor();

    await button(page, '完工').click();
    const form = page.getByTestId('complete-form');
    await form.locator('textarea').fill('更换灯管，灯已亮（地下无信号时完成）');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), form.getByTestId('photo-add').click()]);
    await chooser.setFiles({ name: 'IMG_0412.jpg', mimeType: 'image/jpeg', buffer: photo });
    await form.getByTestId('photo-thumb').waitFor();
    await page.locator('.complete-form__submit').click();
    await page.getByTestId('offline-item').nth(2).waitFor();
    expect(await page.getByTestId('offline-item').allTextContents()).toEqual([
      expect.stringContaining('接单'),
      expect.stringContaining('扫码到场'),
      expect.stringContaining('完工'),
    ]);
    await screenshot(page, '90-tech-offline-queued');
    // Nothing reached the server while offline.
    expect((await api<Detail>('GET', `/v1/tickets/${id}`, 'desk-wang')).ticket.status).toBe('assigned');

    // More than a minute passes offline (on the server's clock, as the phone's stamps were made
    // before it), so the phone's times and the server's differ on the desk's screen.
    await local('clock', { advanceMs: 65_000 });
    await context.setOffline(false);
    await saved.waitFor({ state: 'detached' });
    await statusTag(page, '待确认').waitFor();

    const done = await api<Detail>('GET', `/v1/tickets/${id}`, 'desk-wang');
    const offline = done.events.filter((e) => ['accepted', 'arrived', 'completed'].includes(e.type));
    expect(offline.map((e) => e.type)).toEqual(['accepted', 'arrived', 'completed']);
    for (const e of offline) {
      expect(e.deviceAt).toBeDefined();
      expect(Date.parse(e.at) - Date.parse(e.deviceAt ?? '')).toBeGreaterThan(60_000);
    }
    // The photo at the local S3 is the compressed one.
    const stored = done.ticket.completion?.photos ?? [];
    expect(stored).toHaveLength(1);
    const bytes = (await (await fetch(stored[0]?.url ?? '')).arrayBuffer()).byteLength;
    expect(bytes).toBeGreaterThan(10 * 1024);
    expect(bytes).toBeLessThan(photo.length / 2);

    const desk = await signIn(browser, 'desk-wang', 'desktop');
    try {
      await desk.page.goto(`${baseUrl()}/#/packages/desk/ticket/index?id=${id}`);
      const phoneTimes = desk.page.getByTestId('timeline-device-time');
      await phoneTimes.nth(2).waitFor();
      expect(await phoneTimes.allTextContents()).toEqual([
        expect.stringMatching(/^手机上记录于 .+（离线）$/),
        expect.stringMatching(/^手机上记录于 .+（离线）$/),
        expect.stringMatching(/^手机上记录于 .+（离线）$/),
      ]);
      await screenshot(desk.page, '91-desk-offline-times-1280');
    } finally {
      await desk.context.close();
    }
  });

  it('says plainly that the desk reassigned the job while the technician was offline, until dismissed', async () => {
    const id = await jobFor(reassignedRoom, '病房插座没电（离线改派测试）');
    const { page, context } = tech;
    await page.goto(`${baseUrl()}/#/packages/tech/job/index?id=${id}`);
    await statusTag(page, '已派单').waitFor();

    await context.setOffline(true);
    await button(page, '接单').click();
    await page.getByTestId('offline-saved').waitFor();
    await api('POST', `/v1/tickets/${id}/assign`, 'desk-wang', { technicianId: 'tech-sun', reason: '赵师傅在地下室，改派孙师傅' });
    await context.setOffline(false);

    const conflict = page.getByTestId('offline-conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('离线期间调度已将此工单改派，以下操作未提交：接单');
    expect(await page.getByTestId('offline-saved').count()).toBe(0);
    await screenshot(page, '92-tech-offline-reassigned');
    expect((await api<Detail>('GET', `/v1/tickets/${id}`, 'desk-wang')).ticket.assignee?.id).toBe('tech-sun');

    await page.getByTestId('offline-dismiss').click();
    await conflict.waitFor({ state: 'detached' });
  });
});

describe('photos are checked before they are uploaded (H5 build, phone)', () => {
  let browser: Browser;
  let nurse: Person;

  beforeAll(async () => {
    browser = await launchBrowser();
    nurse = await signIn(browser, 'nurse-li');
  });
  afterAll(async () => {
    await nurse?.context.close();
    await browser?.close();
    expect(browserErrors).toEqual([]);
  });

  it('refuses a .txt on the phone with the reason, and adds no photo', async () => {
    const { page } = nurse;
    await page.goto(`${baseUrl()}/#/pages/report/index?scene=${photoRoom}`);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('photo-add').click()]);
    await chooser.setFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('这不是照片') });
    await page.getByText('只能上传照片（JPG、PNG、WebP、HEIC），该文件不是照片').waitFor();
    expect(await page.getByTestId('photo-thumb').count()).toBe(0);
    await screenshot(page, '93-report-txt-refused');
  });
});
