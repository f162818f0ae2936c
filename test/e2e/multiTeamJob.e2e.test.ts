import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, phonePage, screenshot } from './browser';
import { demoApi, type DemoApi } from './demoApi';

/**
 * 一呼百应 (seed 003, issue 16 part JOBS) through the H5 build: a nurse scans 3号手术室's label
 * (R-OPD-0303, this test's own room of the shared demo stack) and starts the seeded theatre
 * turnover — cleaning, equipment and air handling told at once. Her list shows ONE entry with
 * three parts; the job page follows each part as the desk and the technician move it (two through
 * the API, the last on the technician's screens) and says 已完成 when all three are done.
 */
const ROOM = 'R-OPD-0303';
const reportUrl = `${baseUrl()}/#/pages/report/index?scene=${ROOM}`;
const button = (page: Page, text: string | RegExp) => page.locator('.taro-button-core', { hasText: text }).first();

async function signIn(page: Page, userId: string): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  await page.getByTestId(`demo-user-${userId}`).click();
  await page.getByTestId('scan-button').waitFor();
}

describe('a multi-team job started from a theatre label (H5 build)', () => {
  let browser: Browser;
  let nurse: { context: BrowserContext; page: Page };
  let tech: { context: BrowserContext; page: Page };
  let desk: DemoApi;
  let zhao: DemoApi;
  let jobUrl = '';
  let partIds: string[] = [];

  beforeAll(async () => {
    [browser, desk, zhao] = await Promise.all([launchBrowser(), demoApi('desk-wang'), demoApi('tech-zhao')]);
  });
  afterAll(async () => {
    await nurse?.context.close();
    await tech?.context.close();
    await browser?.close();
  });

  it('the nurse scans 3号手术室 and starts the theatre turnover: one job, three parts', async () => {
    nurse = await phonePage(browser);
    const { page } = nurse;
    await signIn(page, 'nurse-li');
    await page.goto(reportUrl);
    const choice = page.getByTestId('start-job');
    await choice.waitFor();
    expect(await choice.textContent()).toContain('手术室术后整理');
    await choice.locator('input').first().fill('第 3 台后');
    await screenshot(page, 'jobs-01-start-375');
    await page.getByTestId('start-job-button').click();
    await page.locator('.taro-modal__foot').getByText('确定').click();

    await page.getByTestId('job-page').waitFor();
    jobUrl = page.url();
    expect(await page.getByTestId('job-name').textContent()).toBe('手术室术后整理');
    const parts = page.getByTestId('job-part');
    expect(await parts.count()).toBe(3);
    expect(await parts.locator('.status-tag').allTextContents()).toEqual(['待派单', '待派单', '待派单']);
    expect(await page.locator('.job-status-tag').textContent()).toBe('进行中');
    await screenshot(page, 'jobs-02-job-375');

    const jobId = new URL(jobUrl.replace('/#/', '/')).searchParams.get('id')!;
    const job = await desk.get(`/v1/jobs/${jobId}`);
    expect(job.status).toBe(200);
    partIds = ((await job.json()) as { parts: { ticketId: string; categoryCode: string }[] }).parts.map((p) => p.ticketId);
    expect(partIds).toHaveLength(3);
  });

  it('her list shows the job as one entry with its three parts', async () => {
    const { page } = nurse;
    await page.goto(`${baseUrl()}/#/pages/tickets/index`);
    const entry = page.getByTestId('job-item').filter({ hasText: '手术室术后整理' });
    await entry.first().waitFor();
    expect(await entry.count()).toBe(1);
    expect(await entry.getByTestId('job-item-progress').textContent()).toBe('0/3 已完成');
    await screenshot(page, 'jobs-03-list-375');
  });

  it("the job page follows the parts as the desk and the technician move them", async () => {
    const [cleaning, equipment, air] = partIds;
    const move = async (ticketId: string, steps: [DemoApi, string, unknown][]) => {
      for (const [who, command, body] of steps) expect((await who.post(`/v1/tickets/${ticketId}/${command}`, body)).status).toBe(200);
    };
    const toCompleted: [DemoApi, string, unknown][] = [
      [desk, 'assign', { technicianId: 'tech-zhao' }],
      [zhao, 'accept', {}],
      [zhao, 'arrive', { qrCode: ROOM }],
      [zhao, 'complete', { note: '已完成', parts: [] }],
    ];
    await move(cleaning!, toCompleted);
    await move(equipment!, toCompleted.slice(0, 2));
    await move(air!, toCompleted.slice(0, 1));

    const { page } = nurse;
    await page.goto(jobUrl);
    await page.getByTestId('job-part').first().waitFor();
    expect(await page.getByTestId('job-part').locator('.status-tag').allTextContents()).toEqual(['待确认', '已接单', '已派单']);
    expect(await page.getByTestId('job-part-assignee').allTextContents()).toEqual(['赵师傅', '赵师傅', '赵师傅']);
    expect(await page.locator('.job-status-tag').textContent()).toBe('进行中');
    await move(equipment!, toCompleted.slice(2));
  });

  it('the technician does the last part on his screens, and the job says 已完成', async () => {
    tech = await phonePage(browser);
    await signIn(tech.page, 'tech-zhao');
    const { page } = tech;
    await page.goto(`${baseUrl()}/#/packages/tech/job/index?id=${encodeURIComponent(partIds[2]!)}`);
    await page.getByTestId('job-link').waitFor();
    await button(page, '接单').click();
    await page.locator('[data-testid="ticket-head"] .status-tag', { hasText: '已接单' }).waitFor();
    await page.evaluate(`window.__testScanResult = '${ROOM}'`);
    await button(page, '扫码到场').click();
    await page.locator('[data-testid="ticket-head"] .status-tag', { hasText: '维修中' }).waitFor();
    await button(page, '完工').click();
    const form = page.getByTestId('complete-form');
    await form.waitFor();
    await form.locator('textarea').fill('层流空调运行正常');
    await page.locator('.complete-form__submit').click();
    await page.locator('[data-testid="ticket-head"] .status-tag', { hasText: '待确认' }).waitFor();

    await nurse.page.goto(jobUrl);
    await nurse.page.reload();
    await nurse.page.locator('.job-status-tag', { hasText: '已完成' }).waitFor();
    expect(await nurse.page.getByTestId('job-part').locator('.status-tag').allTextContents()).toEqual(['待确认', '待确认', '待确认']);
    await screenshot(nurse.page, 'jobs-04-done-375');
  });
});
