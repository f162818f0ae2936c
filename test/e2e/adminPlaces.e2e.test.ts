import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, desktopPage, launchBrowser, phonePage, screenshot } from './browser';
import { auditEntriesOf, createBuildingWithFloors, deviceRows, importDevices, moveDevice, openDevice, openScreen, retireDevice, signInAs, type BuildingPlan } from './steps/places';

/**
 * A new hospital's places and devices, set up on the admin screens of the H5 build at 1280 px:
 * a campus and a building with three floors of rooms; 50 devices from CSV (a first file with two
 * bad rows is refused with both rows shown, the fixed one imported); a device moved and another
 * retired; the audit list shows each change with before and after. Everything here is made under
 * ids unique to the run, so the shared demo stack's places and devices are never touched.
 */

let browser: Browser;
let page: Page;
const browserErrors: string[] = [];
const run = randomUUID().slice(0, 6).toUpperCase();
const plan: BuildingPlan = { campusId: `C${run}`, campusName: `测试院区-${run}`, buildingId: `B${run}`, buildingName: `测试楼A-${run}`, floors: 3, roomsPerFloor: 2 };
const prefix = `D${run}`;
let rooms: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await desktopPage(browser));
  page.on('pageerror', (e) => browserErrors.push(e.message));
  await signInAs(page, 'admin');
});

afterAll(async () => {
  await browser?.close();
});

describe('the admin sets up places and devices', () => {
  it('links every admin screen from the admin home', async () => {
    await page.getByTestId('tile-admin').click();
    for (const key of ['places', 'devices', 'import', 'labels', 'categories', 'people', 'audit']) await page.getByTestId(`admin-link-${key}`).waitFor();
    await screenshot(page, 'admin-home');
  });

  it('creates a building with three floors and their rooms', async () => {
    rooms = await createBuildingWithFloors(page, plan);
    expect(rooms).toEqual([`B${run}-101`, `B${run}-102`, `B${run}-201`, `B${run}-202`, `B${run}-301`, `B${run}-302`]);
    for (const id of [`B${run}-F1`, `B${run}-F2`, `B${run}-F3`, ...rooms]) await page.getByTestId(`place-${id}`).waitFor();
    // The last room made is selected: its label code and the way to print it are one tap away.
    await page.getByTestId(`place-B${run}-302`).locator('.place-node__name').click();
    expect(await page.getByTestId('room-label-code').textContent()).toBe(`R-B${run}-302`);
    await page.getByTestId('room-label-print').waitFor();
    await screenshot(page, 'admin-places');
  });

  it('refuses a device file with two bad rows, showing both, then imports the fixed file', async () => {
    const good = deviceRows(prefix, rooms, 50);
    const bad = [...good];
    bad[9] = bad[9]!.replace('medical_equipment', 'no_such_category'); // line 11
    bad[29] = bad[29]!.replace(`,${rooms[29 % rooms.length]},`, ',NOWHERE,'); // line 31
    const refused = await importDevices(page, bad);
    expect(refused.done).toBeNull();
    expect(refused.badLines).toEqual([11, 31]);
    expect(await page.getByTestId('import-problem-11').textContent()).toContain('报修类别 no_such_category 不存在');
    expect(await page.getByTestId('import-problem-31').textContent()).toContain('位置 NOWHERE 不存在');
    await screenshot(page, 'admin-import-refused');

    const imported = await importDevices(page, good);
    expect(imported.badLines).toEqual([]);
    expect(imported.done).toContain('新增 50');
    await screenshot(page, 'admin-import-done');
  });

  it('finds the devices of the building out of warranty in the ledger', async () => {
    await openScreen(page, '/packages/admin/devices/index');
    await page.getByTestId(`device-building-B${run}`).click();
    await page.getByTestId('device-warranty-out').click();
    // Devices 01, 06, 11 … 46 are out of warranty (every fifth, from the first): ten of them.
    await page.getByTestId(`device-${prefix}-46`).waitFor();
    const shown = await page.getByTestId('device-list').locator(`[data-testid^="device-${prefix}-"]`).count();
    expect(shown).toBe(10);
    await screenshot(page, 'admin-devices');
  });

  it('moves one device and retires another; the audit list shows both with before and after', async () => {
    await moveDevice(page, `${prefix}-02`, `B${run}-301`);
    await retireDevice(page, `${prefix}-03`);
    await page.getByTestId('device-history').waitFor();
    await page.getByTestId('device-maintenance').getByText('暂无保养计划').waitFor();
    await screenshot(page, 'admin-device');

    const moved = await auditEntriesOf(page, 'asset', `${prefix}-02`);
    expect(moved.update).toContain(`locationId${rooms[1]}→B${run}-301`);
    // The import is one line of the list (its rows' entries are on each device's page).
    expect(await page.getByTestId('audit-asset-import-import').first().textContent()).toContain('created—→50');
    const retired = await auditEntriesOf(page, 'asset', `${prefix}-03`);
    expect(retired.retire).toContain('retiredfalse→true');
    await screenshot(page, 'admin-audit');
  });

  it('shows the retired device’s label as retired, offering its room for a report', async () => {
    await page.goto(`${baseUrl()}/#/pages/report/index?code=A-${prefix}-03`);
    expect(await page.getByTestId('retired-device').textContent()).toContain('此设备已停用 · This device is retired');
    expect(await page.getByTestId('place').textContent()).toContain(`${rooms[2]!.slice(plan.buildingId.length + 1)} 室`);
    await screenshot(page, 'admin-retired-label');
    expect(browserErrors).toEqual([]);
  });
});

describe('on a phone', () => {
  it('shows the device page stacked in one column', async () => {
    const phone = await phonePage(browser);
    await signInAs(phone.page, 'admin');
    await openDevice(phone.page, `${prefix}-02`);
    const main = await phone.page.locator('.device-page__main').boundingBox();
    const side = await phone.page.locator('.device-page__side').boundingBox();
    expect(main && side && side.y >= main.y + main.height).toBe(true);
    await screenshot(phone.page, 'admin-device-phone');
    await phone.context.close();
  });
});
