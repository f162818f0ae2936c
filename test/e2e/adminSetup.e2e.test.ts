import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot } from './browser';
import { hospitalDesktop, createCategory, createTechnicianWithInvite, linkWithInvite, openCategory, putOnShiftThisWeek, savedBy, setCategoryDispatch } from './steps/people';

/**
 * The admin sets up a service without a developer (H5 build, a 1280 px desk PC): a category with
 * its SLA times, both-language quick phrases and a signature at confirmation, switched to the grab
 * pool; a technician with skills and a phone, linked to WeChat by an invite; the technician on
 * shift this week; and the desk's assign sheet shows them on shift for a ticket of that category.
 */

const suffix = randomUUID().slice(0, 6);
const code = `e2e_cold_${suffix}`;
const techId = `tech-cold-${suffix}`;
const phone = `137${String(Date.now()).slice(-8)}`;
/** The logistics office of the outpatient building: no other e2e test reports there, and the category is this test's own. */
const roomCode = 'R-OPD-0402';

let browser: Browser;
let admin: Page;
const contexts: BrowserContext[] = [];
const browserErrors: string[] = [];
let requests = 0;

/** A desk PC in the hospital's zone, signed in as `who`. */
async function desktop(who: string): Promise<Page> {
  const { context, page } = await hospitalDesktop(browser, who, browserErrors);
  contexts.push(context);
  return page;
}

async function apiAs(userId: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: { id?: string; categoryCode?: string } }> {
  const login = await fetch(`${baseUrl()}/v1/auth/dev-login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId }) });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': `admin-setup-${suffix}-${++requests}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { id?: string; categoryCode?: string } };
}

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await desktop('admin');
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

describe('the admin sets up a category, a technician and the rota', () => {
  it('creates a category with SLA times, quick phrases in both languages and a signature at confirmation', async () => {
    await createCategory(admin, {
      code,
      nameZh: '医用冷链',
      nameEn: 'Medical cold chain',
      team: '冷链维保单位',
      dispatch: 'manual',
      quickPhrases: [
        { zh: '冰箱温度过高', en: 'Fridge too warm' },
        { zh: '冷柜报警', en: 'Freezer alarm' },
      ],
      signatureRequired: true,
      accept: { normal: 20, urgent: 10, emergency: 5 },
      arrive: { normal: 180, urgent: 60, emergency: 20 },
    });
    await screenshot(admin, 'admin-category-edit');
    // Read back from the server: the page shows what was stored.
    await openCategory(admin, code);
    const form = admin.getByTestId('category-form');
    expect(await form.locator('input[name="phrase-1-en"]').inputValue()).toBe('Freezer alarm');
    expect(await form.locator('input[name="sla-arriveWithinMinutes-urgent"]').inputValue()).toBe('60');
    expect(await form.getByTestId('signature-required').getAttribute('data-checked')).toBe('true');
  });

  it('switches it to the grab pool, and the list says so with its times', async () => {
    await setCategoryDispatch(admin, code, 'grab');
    const row = admin.getByTestId(`category-${code}`).filter({ hasText: '抢单池' });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('抢单池');
    expect(text).toContain('一般：20分钟内接单，3小时内到场');
    expect(text).toContain('确认需签字');
    await screenshot(admin, 'admin-categories');
  });

  it('creates a technician with skills and a phone and issues an invite, which the technician redeems in WeChat', async () => {
    // Only this test's own category: an on-shift technician with a seeded skill (power) would
    // outrank tech-zhao in the other tests' assign sheets on the shared demo stack.
    const { userId, inviteCode } = await createTechnicianWithInvite(admin, { id: techId, name: '冷师傅', team: '冷链班', skills: [code], phone });
    expect(userId).toBe(techId);
    expect(await admin.getByTestId('invite-qr-code').isVisible()).toBe(true);
    await screenshot(admin, 'admin-people-invite-cold');
    const tech = await linkWithInvite(browser, inviteCode);
    contexts.push(tech.context);
    await screenshot(tech.page, 'admin-setup-tech-linked');
    // The admin's list now shows the technician linked, found by team.
    await admin.goto(`${baseUrl()}/#/packages/admin/people/index`);
    await admin.locator('input[name="people-team"]').fill('冷链班');
    await admin.getByTestId('people-search').click();
    await admin.getByTestId(`person-${techId}`).getByText('已绑定微信').waitFor();
    expect(await admin.getByTestId('people-list').locator('[data-testid^="person-"]').count()).toBe(1);
  });

  it('edits the technician’s department on their page', async () => {
    await admin.getByTestId(`person-${techId}`).click();
    await admin.getByTestId('person-edit').click();
    const form = admin.getByTestId('person-edit-form');
    await form.locator('input[name="person-department"]').fill('后勤保障部');
    await savedBy(admin, `/v1/admin/users/${techId}`, () => form.getByTestId('person-edit-save').click());
    await admin.reload();
    await admin.getByTestId('person-edit-form').waitFor();
    expect(await admin.locator('input[name="person-department"]').inputValue()).toBe('后勤保障部');
    await screenshot(admin, 'admin-person-edit');
  });

  it('puts the technician on shift this week; the desk’s assign sheet shows them on shift for a ticket of the category', async () => {
    await putOnShiftThisWeek(admin, techId);
    await admin.getByTestId(`rota-team-冷链班`).click();
    // The team's rota: one row, the new technician's, on shift every day of the week.
    const rows = admin.getByTestId('rota').locator('.rota__row:not(.rota__row--head)');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-testid')).toBe(`rota-${techId}`);
    expect(await rows.first().locator('.rota__cell--on').count()).toBe(7);
    await screenshot(admin, 'admin-shifts-week');

    const ticket = await apiAs('nurse-li', 'POST', '/v1/tickets', { qrCode: roomCode, categoryCode: code, description: '冰箱温度过高', urgency: 'normal', notADuplicate: true });
    expect([ticket.status, ticket.body]).toEqual([201, expect.objectContaining({ categoryCode: code })]);
    const desk = await desktop('desk-wang');
    await desk.goto(`${baseUrl()}/#/packages/desk/ticket/index?id=${ticket.body.id}`);
    await desk.getByTestId('assign').click();
    const candidate = desk.getByTestId(`candidate-${techId}`);
    await candidate.waitFor();
    const flags = (await candidate.textContent()) ?? '';
    expect(flags).toContain('冷师傅');
    expect(flags).toContain('在班');
    expect(flags).not.toContain('不在班');
    await screenshot(desk, 'admin-setup-assign-on-shift');
    expect(browserErrors).toEqual([]);
  });
});
