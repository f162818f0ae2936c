import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot } from './browser';
import { demoApi } from './demoApi';
import { hospitalDesktop } from './steps/people';

/**
 * Issue 16's vendor register on the admin's PC (H5 build, 1280 px): the admin registers a vendor
 * with its contract (coverage of a category in a building, a stricter service level, a penalty
 * term) from the admin home, finds it in the register by search, and creates one of its
 * technicians in People. The coverage names a building of this test's own under the demo campus,
 * so no other test's reports are stamped with this vendor.
 */

const suffix = randomUUID().slice(0, 6);
const building = `VO${suffix}`;
const vendorId = `e2e-vendor-${suffix}`;
const vendorName = `电梯维保测试${suffix}`;
const techId = `e2e-vtech-${suffix}`;

let browser: Browser;
let context: BrowserContext;
let admin: Page;
const browserErrors: string[] = [];

beforeAll(async () => {
  const api = await demoApi('admin');
  const created = await api.post('/v1/admin/locations', { id: building, type: 'building', name: `外包测试楼${suffix}`, parentId: 'MAIN', roomUse: null });
  if (created.status !== 201) throw new Error(`the building answered ${created.status}: ${JSON.stringify(created.body)}`);
  browser = await launchBrowser();
  ({ context, page: admin } = await hospitalDesktop(browser, 'admin', browserErrors));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('the vendor register on the admin’s screens (H5, 1280 px)', () => {
  it('registers a vendor with its contract from the admin home and finds it in the register', async () => {
    await admin.getByTestId('tile-admin').click();
    await admin.getByTestId('admin-link-vendors').click();
    await admin.getByTestId('vendor-create').click();
    const form = admin.getByTestId('vendor-form');
    await form.waitFor();
    await form.locator('input[name="vendor-id"]').fill(vendorId);
    await form.locator('input[name="vendor-nameZh"]').fill(vendorName);
    await form.locator('input[name="vendor-nameEn"]').fill(`Lift service test ${suffix}`);
    await form.locator('input[name="vendor-contactName"]').fill('周经理');
    await form.locator('input[name="vendor-contactPhone"]').fill('13800009999');
    await form.locator('input[name="vendor-reference"]').fill(`HT-E2E-${suffix}`);
    await form.locator('input[name="vendor-monthlyFee"]').fill('18000');
    await form.getByTestId('coverage-0-category-elevator').click();
    await form.getByTestId(`coverage-0-building-${building}`).click();
    // A stricter emergency level for the covered category (offered first), and the default penalty term (−0.5 % per point below 98 %).
    await form.getByTestId('level-add').click();
    await form.getByTestId('level-0-urgency-emergency').click();
    await form.locator('input[name="level-0-accept"]').fill('3');
    await form.locator('input[name="level-0-arrive"]').fill('20');
    await form.getByTestId('term-add').click();
    await form.locator('input[name="term-0-capPercent"]').fill('5');
    await screenshot(admin, 'vendor-contract-form');
    await form.getByTestId('vendor-save').click();
    // Saved: the editor of the new vendor, offering to retire it.
    await admin.getByTestId('vendor-retire').waitFor();
    expect(await admin.getByTestId('vendor-title').textContent()).toBe(`${vendorName} · ${vendorId}`);

    await admin.goBack();
    await admin.locator('input[name="vendor-q"]').fill(suffix);
    await admin.getByTestId('vendor-search').click();
    const row = admin.getByTestId(`vendor-${vendorId}`);
    await row.waitFor();
    expect(await admin.getByTestId('vendor-list').locator('[data-testid^="vendor-e2e-"]').count()).toBe(1);
    const text = (await row.textContent()) ?? '';
    for (const shown of [vendorName, `HT-E2E-${suffix}`, '合同有效', '月服务费 18000 元', `elevator (${building})`]) expect(text).toContain(shown);
    await screenshot(admin, 'vendor-register');
  });

  it('creates a technician of the vendor in People', async () => {
    await admin.goto(`${baseUrl()}/#/packages/admin/people/index`);
    await admin.getByTestId('people-create').click();
    const form = admin.getByTestId('person-form');
    await form.locator('input[name="person-id"]').fill(techId);
    await form.locator('input[name="person-name"]').fill(`外包刘师傅${suffix}`);
    await form.locator('input[name="person-skills"]').fill('elevator');
    await form.getByTestId(`person-vendor-${vendorId}`).click();
    // A vendor's staff are offered the vendor roles only.
    expect(await form.getByTestId('person-role-dispatcher').count()).toBe(0);
    await form.getByTestId('person-role-technician').click();
    await form.getByTestId('person-save').click();
    await admin.getByTestId('person-actions').getByText(techId).waitFor();

    const api = await demoApi('admin');
    const saved = (await (await api.get(`/v1/admin/users/${techId}`)).json()) as { vendorId: string | null; roles: string[] };
    expect(saved).toMatchObject({ vendorId, roles: ['technician'] });
    await screenshot(admin, 'vendor-technician');
    expect(browserErrors).toEqual([]);
  });
});
