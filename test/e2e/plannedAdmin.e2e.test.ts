import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { join } from 'node:path';
import { baseUrl, launchBrowser, screenshot, screenshotDir } from './browser';
import { demoApi, type DemoApi } from './demoApi';
import { local } from './localStack';
import { hospitalDesktop } from './steps/people';

/**
 * Issue 15's planned work on the admin's and the manager's screens (H5 build, a 1280 px PC): the
 * admin creates a monthly plan for a device with a three-item checklist and sees it listed with
 * its next due day; faults reported on this test's own devices of one type make a suggestion,
 * which the admin accepts; the generator runs (the local stack's job hook) and the manager sees
 * the planned-maintenance numbers and the week's calendar with the generated order.
 *
 * Every place, device, category and reporter here is this test's own (a building of its own
 * under the demo campus), so no other test's rooms, duplicates or queues are touched.
 */

const suffix = randomUUID().slice(0, 6);
const building = `PM${suffix}`;
const floor = `${building}-F1`;
const rooms = [1, 2, 3, 4, 5].map((n) => `${building}-10${n}`);
const deviceType = `计划泵${suffix}`;
const devices = rooms.map((room, i) => ({ id: `${building}-P${i + 1}`, room, qrCode: `A-${building}-P${i + 1}` }));
const categoryCode = `e2e_pm_${suffix}`;
const reporterId = `e2e-pm-rep-${suffix}`;
/** The generator's scheduled job (contract/scheduledJobs.ts, part GEN). */
const GENERATOR_JOB = 'plannedWorkGenerator';

/** The hospital's calendar day now (the demo hospital is in Asia/Shanghai), as the screens count it. */
function shanghaiToday(): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date()).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
const today = shanghaiToday();

/** The Monday of the week after `day`'s. */
function mondayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 7);
  return d.toISOString().slice(0, 10);
}

let browser: Browser;
let admin: Page;
let adminApi: DemoApi;
const contexts: BrowserContext[] = [];
const browserErrors: string[] = [];
let planId = '';

async function expectCreated(res: Promise<{ status: number; body: unknown }>, what: string): Promise<void> {
  const { status, body } = await res;
  if (status !== 201 && status !== 200) throw new Error(`${what} answered ${status}: ${JSON.stringify(body)}`);
}

/** Waits until `path` answers what `done` looks for: the stream poller writes the numbers a little after the reports. */
async function waitForApi<T>(api: DemoApi, path: string, done: (body: T) => boolean, timeoutMs = 120_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await api.get(path);
    const body = (await res.json()) as T;
    if (res.status === 200 && done(body)) return body;
    if (Date.now() > until) throw new Error(`${path} did not show the expected data within ${timeoutMs} ms: ${JSON.stringify(body)}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function openScreen(page: Page, path: string, ready: string): Promise<void> {
  await page.goto(`${baseUrl()}/#${path}`);
  await page.getByTestId(ready).first().waitFor();
}

/** The places, devices, category and reporter of this test, through the admin API. */
async function setUpOwnWorld(): Promise<void> {
  await expectCreated(
    adminApi.post('/v1/admin/categories', {
      code: categoryCode,
      nameZh: `计划维护测试${suffix}`,
      nameEn: `PM test ${suffix}`,
      team: '计划维护测试班',
      dispatchMode: 'manual',
      sla: { acceptWithinMinutes: { normal: 15, urgent: 15, emergency: 5 }, arriveWithinMinutes: { normal: 240, urgent: 120, emergency: 30 } },
      quickPhrases: [],
      offeredForRooms: true,
      signatureRequired: false,
    }),
    'the category',
  );
  await expectCreated(adminApi.post('/v1/admin/locations', { id: building, type: 'building', name: `计划维护楼${suffix}`, parentId: 'MAIN', roomUse: null }), 'the building');
  await expectCreated(adminApi.post('/v1/admin/locations', { id: floor, type: 'floor', name: '1层', parentId: building, roomUse: null }), 'the floor');
  for (const room of rooms) await expectCreated(adminApi.post('/v1/admin/locations', { id: room, type: 'room', name: `${room.slice(-3)} 室`, parentId: floor, roomUse: 'office', qrCode: `R-${room}` }), room);
  for (const d of devices) {
    await expectCreated(
      adminApi.post('/v1/admin/assets', {
        id: d.id,
        name: `${deviceType} ${d.id.slice(-1)}号`,
        type: deviceType,
        model: 'PX-1',
        serial: `SN-${d.id}`,
        vendor: '测试厂家',
        installDate: '2024-01-15',
        warrantyEnd: null,
        categoryCode,
        maintenanceCycleDays: null,
        lifeSupport: false,
        locationId: d.room,
        qrCode: d.qrCode,
      }),
      d.id,
    );
  }
  await expectCreated(adminApi.post('/v1/admin/users', { id: reporterId, name: '计划报修人', roles: ['reporter'], department: '测试科', skills: [], phone: null, shifts: [], homeBuildingId: null }), 'the reporter');
}

beforeAll(async () => {
  adminApi = await demoApi('admin');
  await setUpOwnWorld();
  browser = await launchBrowser();
  const { context, page } = await hospitalDesktop(browser, 'admin', browserErrors);
  contexts.push(context);
  admin = page;
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

describe('planned maintenance on the admin’s and the manager’s screens (H5, 1280 px)', () => {
  it('the admin creates a monthly plan for a device with a three-item checklist and sees it listed with its next due day', async () => {
    const device = devices[0]!;
    await openScreen(admin, '/packages/admin/plans/index', 'plan-create');
    await admin.getByTestId('plan-create').click();
    const form = admin.getByTestId('plan-form');
    await form.waitFor();
    await form.locator('input[name="plan-name-zh"]').fill(`计划泵月度保养${suffix}`);
    await form.locator('input[name="plan-name-en"]').fill(`Pump monthly PM ${suffix}`);
    await form.locator('input[name="target-device"]').fill(device.id);
    await form.getByTestId('target-device-go').click();
    await form.getByTestId(`target-device-${device.id}`).click();
    await form.getByTestId('target-asset-chosen').waitFor();
    expect(await form.getByTestId('frequency-monthly').getAttribute('class')).toContain('chip--active');
    expect(await form.getByTestId('plan-window-default').textContent()).toContain('到期当月内完成');
    expect(await form.getByTestId('plan-starts-on').textContent()).toBe(today);

    await form.locator('input[name="item-0-zh"]').fill('外观与管路完好');
    await form.locator('input[name="item-0-en"]').fill('Body and tubing intact');
    await form.getByTestId('item-add').click();
    await form.getByTestId('item-1-kind-number').click();
    await form.locator('input[name="item-1-zh"]').fill('出口压力');
    await form.locator('input[name="item-1-unit"]').fill('kPa');
    await form.locator('input[name="item-1-min"]').fill('80');
    await form.locator('input[name="item-1-max"]').fill('120');
    await form.getByTestId('item-add').click();
    await form.getByTestId('item-2-kind-photo').click();
    await form.locator('input[name="item-2-zh"]').fill('铭牌照片');
    await form.getByTestId(`plan-category-${categoryCode}`).click();
    // Nobody in particular: the team's desk assigns each order.
    await form.locator('input[name="plan-team"]').fill('计划维护测试班');
    await form.getByTestId('criticality-highRisk').click();
    await screenshot(admin, 'planned-admin-plan-form');

    const created = admin.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/v1/admin/plans');
    await form.getByTestId('plan-save').click();
    const response = await created;
    expect(response.status()).toBe(201);
    const plan = (await response.json()) as { id: string; checklist: { kind: string }[]; nextDueOn: string | null };
    planId = plan.id;
    expect(plan.checklist.map((i) => i.kind)).toEqual(['passFail', 'number', 'photo']);
    // Saved: the page is the plan's own, with its retire button.
    await admin.getByTestId('plan-retire').waitFor();

    await openScreen(admin, '/packages/admin/plans/index', `plan-${planId}`);
    const row = admin.getByTestId(`plan-${planId}`);
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(`计划泵月度保养${suffix}`);
    expect(text).toContain(`${deviceType} 1号`);
    expect(text).toContain('每月');
    expect(text).toContain('高风险');
    // A monthly plan starting today is next due today.
    expect(await admin.getByTestId(`plan-${planId}-next`).textContent()).toBe(`下次到期 ${today}`);
    await screenshot(admin, 'planned-admin-plans');
  });

  it('accepts a suggestion made from the faults reported on this test’s devices of one type', async () => {
    const reporter = await demoApi(reporterId);
    // Four faults of the type, each in its own room (more than the default threshold of 3).
    for (const d of devices.slice(0, 4)) {
      await expectCreated(reporter.post('/v1/tickets', { qrCode: d.qrCode, categoryCode, description: '泵体异响，压力不稳', urgency: 'normal', notADuplicate: true }), `the report at ${d.id}`);
    }
    await waitForApi<{ items: { assetType: string; failures: number }[] }>(adminApi, '/v1/admin/plan-suggestions', (b) => b.items.some((s) => s.assetType === deviceType && s.failures >= 4));

    await openScreen(admin, '/packages/admin/plans/index', `suggestion-${deviceType}`);
    const suggestion = admin.getByTestId(`suggestion-${deviceType}`);
    expect(await suggestion.textContent()).toContain('4 次故障');
    await screenshot(admin, 'planned-admin-suggestions');
    await suggestion.getByTestId(`suggestion-${deviceType}-accept`).click();
    const form = admin.getByTestId('plan-form');
    await form.waitFor();
    expect(await admin.getByTestId('plan-title').textContent()).toBe('采用建议：新建计划');
    expect(await form.getByTestId('target-assetType').getAttribute('class')).toContain('chip--active');
    expect(await form.locator('input[name="target-asset-type"]').inputValue()).toBe(deviceType);
    await screenshot(admin, 'planned-admin-suggestion-form');
    const created = admin.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/v1/admin/plans');
    await form.getByTestId('plan-save').click();
    const response = await created;
    expect(response.status()).toBe(201);
    const accepted = (await response.json()) as { id: string; target: { kind: string; assetType?: string; assetCount?: number }; categoryCode: string };
    expect(accepted.target).toEqual({ kind: 'assetType', assetType: deviceType, assetCount: 5 });
    expect(accepted.categoryCode).toBe(categoryCode);
    await openScreen(admin, '/packages/admin/plans/index', `plan-${accepted.id}`);
    expect(await admin.getByTestId(`plan-${accepted.id}`).textContent()).toContain(`${deviceType} · 5 台`);
  });

  it('the manager sees the planned-maintenance numbers and the week’s calendar with the generated order', async () => {
    await local(`jobs/${GENERATOR_JOB}`);
    // The order of a monthly plan is `<planId>-<yyyymm>` (design15.md: one order per plan × period).
    const orderId = `${planId}-${today.slice(0, 4)}${today.slice(5, 7)}`;

    // The device page's planned maintenance shows the plan and its order.
    await openScreen(admin, `/packages/admin/device/index?id=${encodeURIComponent(devices[0]!.id)}`, `device-plan-${planId}`);
    await admin.getByTestId('device-maintenance').getByTestId(`wo-${orderId}`).waitFor();
    await screenshot(admin, 'planned-admin-device');

    const manager = await hospitalDesktop(browser, 'manager-chen', browserErrors);
    contexts.push(manager.context);
    const page = manager.page;
    const month = today.slice(0, 7);
    const numbers = await waitForApi<{ overdueNow: number; maintenance: { due: number; onTime: number }; critical: { due: number } }>(await demoApi('manager-chen'), `/v1/reports/planned?month=${month}`, () => true);
    await openScreen(page, '/packages/manager/dashboard/index', 'pm-critical');
    const section = page.getByTestId('planned-section');
    expect(await section.getByTestId('pm-maintenance').textContent()).toContain(`应完成 ${numbers.maintenance.due}`);
    expect(await section.getByTestId('pm-overdue').textContent()).toContain(String(numbers.overdueNow));
    expect(await section.getByTestId('pm-critical').textContent()).toContain('目标 ≥ 100%');
    // The section sits below the reactive numbers: the picture is of the section itself.
    await section.screenshot({ path: join(screenshotDir, 'planned-manager-dashboard.png') });

    await section.getByTestId('open-planned-calendar').click();
    await page.getByTestId('planned-week').waitFor();
    const day = page.getByTestId(`pm-day-${today}`);
    const order = day.getByTestId(`wo-${orderId}`);
    await order.waitFor();
    expect(await order.getAttribute('data-status')).toBe('scheduled');
    expect(await order.textContent()).toContain(`计划泵月度保养${suffix}`);
    expect(await order.textContent()).toContain('待执行');
    await screenshot(page, 'planned-manager-calendar');
    // The next week has no order of this plan (a monthly plan's next one is next month).
    await page.getByTestId('pm-week-next').click();
    await page.getByTestId(`pm-day-${mondayAfter(today)}`).waitFor();
    expect(await page.getByTestId(`wo-${orderId}`).count()).toBe(0);
    expect(browserErrors).toEqual([]);
  });
});
