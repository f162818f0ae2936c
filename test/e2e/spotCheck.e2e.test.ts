import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, phonePage, photoPng, screenshot } from './browser';
import { demoApi, type DemoApi } from './demoApi';

/**
 * 质检抽查 on the manager's phone (H5 build): a vendor of this test's own (covering only a category
 * of its own, created here through the API) has a completed job at R-B5-0703; the manager draws
 * the month's sample, records a fail with a photo taken on site, and the job is back on the
 * vendor technician's list as reopened. Rooms: R-B5-0703 (VSPOT's). Otis and the seeded
 * categories are left alone.
 */
const roomCode = 'R-B5-0703';
const suffix = Date.now().toString(36);
const categoryCode = `spot_${suffix}`;
const vendorId = `spot-e2e-${suffix}`;
const techId = `spot-tech-${suffix}`;
const sla = { acceptWithinMinutes: { normal: 15, urgent: 15, emergency: 5 }, arriveWithinMinutes: { normal: 240, urgent: 120, emergency: 30 } };
/** The hospital's month of now (the demo hospital keeps Beijing time). */
const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);

async function ok<T>(p: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const res = await p;
  if (res.status >= 300) throw new Error(`${what} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The demo stack's own setup: the category, the vendor covering it alone, its technician, and one completed job. */
async function vendorWithACompletedJob(): Promise<{ id: string; number: string }> {
  const admin = await demoApi('admin');
  await ok(admin.post('/v1/admin/categories', { code: categoryCode, nameZh: '抽查测试类别', nameEn: 'Spot check test category', team: '抽查测试维保', sla, quickPhrases: [], offeredForRooms: true, dispatchMode: 'manual' }), 'the category');
  await ok(
    admin.post('/v1/vendors', {
      id: vendorId,
      nameZh: `抽查测试维保 ${suffix}`,
      nameEn: `Spot check vendor ${suffix}`,
      contactName: null,
      contactPhone: null,
      notes: null,
      contract: { reference: `SC-${suffix}`, startsOn: '2026-01-01', endsOn: '2030-12-31', monthlyFee: 1000, coverage: [{ categoryCode, buildingIds: [] }], serviceLevels: [], terms: [], penaltyCapPercent: null, bonusCapPercent: null },
    }),
    'the vendor',
  );
  await ok(
    admin.post('/v1/admin/users', { id: techId, name: `抽查 钱师傅 ${suffix}`, roles: ['technician'], department: '抽查测试维保', skills: [categoryCode], phone: null, shifts: [], homeBuildingId: null, vendorId }),
    'the vendor technician',
  );
  const [nurse, desk, tech] = await Promise.all([demoApi('nurse-li'), demoApi('desk-wang'), demoApi(techId)]);
  const job = await ok(nurse.post<{ id: string; number: string }>('/v1/tickets', { qrCode: roomCode, categoryCode, description: '抽查测试：门锁松动', urgency: 'normal', notADuplicate: true }), 'the report');
  const steps: [DemoApi, string, unknown][] = [
    [desk, 'assign', { technicianId: techId }],
    [tech, 'accept', {}],
    [tech, 'arrive', { qrCode: roomCode }],
    [tech, 'complete', { note: '已紧固门锁', parts: [] }],
  ];
  for (const [who, command, body] of steps) await ok(who.post(`/v1/tickets/${job.id}/${command}`, body), command);
  return job;
}

describe('a spot check fails a vendor job on the manager’s phone (H5 build)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let job: { id: string; number: string };
  const browserErrors: string[] = [];

  beforeAll(async () => {
    job = await vendorWithACompletedJob();
    browser = await launchBrowser();
    ({ context, page } = await phonePage(browser));
    page.on('pageerror', (e) => browserErrors.push(e.message));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('draws the month, records a fail with a photo, and the technician has the job back', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.getByTestId('demo-user-manager-chen').click();
    await page.getByTestId('tile-vendorSpotChecks').waitFor();
    await page.goto(`${baseUrl()}/#/packages/vendor/spotchecks/index?vendorId=${vendorId}&month=${month}`);
    await page.getByTestId('spot-checks').waitFor();
    await page.getByTestId('spot-undrawn').getByText('1 单').waitFor();

    await page.locator('.vendor-draw input').fill('100');
    await page.getByTestId('spot-draw').click();
    const row = page.getByTestId('spot-row');
    await row.getByText(job.number).waitFor();
    expect(await row.getByTestId('spot-status').textContent()).toBe('待检查');

    await row.getByTestId('spot-inspect-open').click();
    await row.locator('textarea').fill('门锁仍松动，未按规范紧固');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), row.getByTestId('photo-add').click()]);
    await chooser.setFiles({ name: 'IMG_0703.png', mimeType: 'image/png', buffer: photoPng() });
    await row.getByTestId('photo-thumb').waitFor();
    await row.getByTestId('spot-fail').click();
    await row.getByTestId('spot-status').getByText('不合格').waitFor();
    await row.locator('img').first().waitFor();
    await screenshot(page, 'vendor-spot-check-failed');

    // The vendor's technician: the job is on their list again, reopened to them.
    const session = await (await fetch(`${baseUrl()}/v1/auth/dev-login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId: techId }) })).json();
    // Signed in as Taro's storage keeps a session ({ data }), since the demo picker lists only the seeded people.
    await page.evaluate(`localStorage.setItem('session', ${JSON.stringify(JSON.stringify({ data: session }))})`);
    await page.goto(`${baseUrl()}/#/packages/tech/jobs/index`);
    const listed = page.getByText(job.number);
    await listed.waitFor();
    const jobs = await (await demoApi(techId)).get('/v1/tickets?scope=assigned');
    const mine = ((await jobs.json()) as { items: { id: string; status: string; reopenCount?: number }[] }).items.find((t) => t.id === job.id);
    expect(mine).toMatchObject({ status: 'assigned' });
    await screenshot(page, 'vendor-spot-check-reopened-job');
    expect(browserErrors).toEqual([]);
  });
});
