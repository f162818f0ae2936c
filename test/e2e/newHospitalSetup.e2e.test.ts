import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot } from './browser';
import { printFloorLabels, nurseScansAndReports } from './steps/labels';
import { hospitalDesktop, createCategory, createTechnicianWithInvite, linkWithInvite, putOnShiftThisWeek, setCategoryDispatch } from './steps/people';
import { createBuildingWithFloors, deviceRows, importDevices, type BuildingPlan } from './steps/places';

/**
 * Issue 14's whole setup, as a new hospital plays it on the admin screens of the H5 build (a
 * 1280 px desk PC), composed from the steps each screen's own e2e test uses:
 * 1. a building with three floors and rooms; 2. 50 devices from CSV, a first file with two bad
 * rows refused with both rows shown, then the fixed file; 3. a technician with an invite code,
 * redeemed in WeChat (the fake); 4. a category set to grab-pool dispatch; 5. the labels of one
 * floor printed, one label's QR decoded to its code; 6. a nurse scans that label and reports,
 * and the technician grabs the job. Every id is this run's own: the shared demo stack's places,
 * categories and people are never touched.
 */

const run = randomUUID().slice(0, 6).toUpperCase();
const plan: BuildingPlan = { campusId: `NC${run}`, campusName: `新院区-${run}`, buildingId: `NB${run}`, buildingName: `新建楼-${run}`, floors: 3, roomsPerFloor: 2 };
const code = `new_${run.toLowerCase()}`;
const techId = `tech-new-${run.toLowerCase()}`;

let browser: Browser;
let admin: Page;
let techPhone: Page;
const contexts: BrowserContext[] = [];
const browserErrors: string[] = [];
let rooms: string[] = [];
let labelCode = '';

/** A desk PC in the hospital's zone, signed in as `who`. */
async function desktop(who: string): Promise<Page> {
  const { context, page } = await hospitalDesktop(browser, who, browserErrors);
  contexts.push(context);
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await desktop('admin');
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

describe('a new hospital sets itself up without a developer', () => {
  it('1. creates a building with three floors and their rooms', async () => {
    rooms = await createBuildingWithFloors(admin, plan);
    expect(rooms).toEqual([`NB${run}-101`, `NB${run}-102`, `NB${run}-201`, `NB${run}-202`, `NB${run}-301`, `NB${run}-302`]);
  });

  it('2. imports 50 devices: a file with two bad rows is refused with both rows shown, the fixed file is imported', async () => {
    const good = deviceRows(`ND${run}`, rooms, 50);
    const bad = [...good];
    bad[4] = bad[4]!.replace('medical_equipment', 'no_such_category'); // line 6
    bad[39] = bad[39]!.replace(`,${rooms[39 % rooms.length]},`, ',NOWHERE,'); // line 41
    const refused = await importDevices(admin, bad);
    expect(refused).toEqual({ done: null, badLines: [6, 41] });
    expect(await admin.getByTestId('import-problem-6').textContent()).toContain('报修类别 no_such_category 不存在');
    expect(await admin.getByTestId('import-problem-41').textContent()).toContain('位置 NOWHERE 不存在');
    const imported = await importDevices(admin, good);
    expect(imported.badLines).toEqual([]);
    expect(imported.done).toContain('新增 50');
  });

  it('3. creates a technician and issues an invite code, which the technician redeems in WeChat', async () => {
    const { inviteCode } = await createTechnicianWithInvite(admin, { id: techId, name: `新师傅${run}`, team: `新建班${run}`, skills: [code], phone: `136${String(Date.now()).slice(-8)}` });
    const phone = await linkWithInvite(browser, inviteCode);
    contexts.push(phone.context);
    techPhone = phone.page;
    await techPhone.getByTestId('tile-tech').waitFor();
  });

  it('4. sets a category to grab-pool dispatch (and puts the technician on shift, whom the pool offers it to)', async () => {
    await createCategory(admin, {
      code,
      nameZh: `新建类别${run}`,
      nameEn: `New category ${run}`,
      team: `新建班${run}`,
      dispatch: 'manual',
      quickPhrases: [{ zh: '设备不工作', en: 'Not working' }],
      signatureRequired: false,
      accept: { normal: 15, urgent: 10, emergency: 5 },
      arrive: { normal: 240, urgent: 120, emergency: 30 },
    });
    await setCategoryDispatch(admin, code, 'grab');
    await admin.getByTestId(`category-${code}`).filter({ hasText: '抢单池' }).waitFor();
    await putOnShiftThisWeek(admin, techId);
  });

  it("5. prints the labels of one floor; decoding one label's QR gives its code", async () => {
    const printed = await printFloorLabels(admin, { building: plan.buildingId, floor: `NB${run}-F2` }, 'setup-labels-floor-2');
    // Floor 2's two rooms, each followed by its devices' labels.
    expect(printed.codes.filter((c) => c.startsWith('R-'))).toEqual([`R-NB${run}-201`, `R-NB${run}-202`]);
    expect(printed.texts[0]).toBe(`${baseUrl()}/#/pages/report/index?scene=R-NB${run}-201`);
    labelCode = printed.codes[0]!;
    expect(labelCode).toBe(`R-NB${run}-201`);
  });

  it('6. a nurse scans that label and reports; the technician grabs the job from the pool', async () => {
    const { ticketId, place } = await nurseScansAndReports(browser, { text: `${baseUrl()}/#/pages/report/index?scene=${labelCode}` }, { description: '设备不工作', category: code, shot: 'setup-nurse-report' });
    expect(place).toContain('201');
    await techPhone.goto(`${baseUrl()}/#/packages/tech/jobs/index`);
    await techPhone.getByTestId('tab-pool').click();
    const pool = techPhone.getByTestId('pool-jobs');
    await pool.getByTestId('grab').first().waitFor();
    await screenshot(techPhone, 'setup-tech-pool');
    await pool.getByTestId('grab').first().click();
    // Grabbed: the app opens the job, now the technician's own.
    await techPhone.waitForURL((url) => url.href.includes(`packages/tech/job/index?id=${encodeURIComponent(ticketId)}`));
    await techPhone.getByTestId('job-actions').waitFor();
    await techPhone.getByTestId('accept').or(techPhone.getByTestId('arrive')).first().waitFor();
    await screenshot(techPhone, 'setup-tech-grabbed');
    expect(browserErrors).toEqual([]);
  });
});
