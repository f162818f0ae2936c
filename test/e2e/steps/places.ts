import type { Page } from 'playwright-core';
import { baseUrl } from '../browser';

/**
 * The administration steps of a new hospital's setup, each a function of the H5 app in a signed-in
 * page, so the whole-setup e2e can compose them. Every id they make is the caller's, unique per
 * run (never the demo's seeded places or devices).
 */

export const openScreen = async (page: Page, url: string) => {
  await page.goto(`${baseUrl()}/#${url}`);
};

/** Signs in on the H5 demo picker as a seeded user (the local stack only). */
export async function signInAs(page: Page, userId: string): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  await page.getByTestId(`demo-user-${userId}`).click();
  await page.getByTestId('scan-button').waitFor();
}

async function selectPlace(page: Page, id: string): Promise<void> {
  await page.getByTestId(`place-${id}`).locator('.place-node__name').click();
  await page.getByTestId('place-editor').getByText(id).first().waitFor();
}

/** Adds a place of the level the form offers under the selected place (or a campus with none selected). */
async function addPlace(page: Page, type: string, id: string, name: string, roomUse?: string): Promise<void> {
  const form = page.getByTestId(`add-place-${type}`);
  await form.locator('input[name="new-place-id"]').fill(id);
  await form.locator('input[name="new-place-name"]').fill(name);
  if (roomUse) await form.getByTestId(`room-use-${roomUse}`).click();
  await form.getByTestId('add-place-submit').click();
  await page.getByTestId(`place-${id}`).waitFor();
}

export interface BuildingPlan {
  campusId: string;
  campusName: string;
  buildingId: string;
  buildingName: string;
  floors: number;
  roomsPerFloor: number;
}

/** The room ids a plan makes: `<building>-<floor><nn>`, e.g. B-1-101 … B-1-302. */
export const roomIdsOf = (plan: BuildingPlan): string[] =>
  Array.from({ length: plan.floors }, (_, f) => Array.from({ length: plan.roomsPerFloor }, (_, r) => `${plan.buildingId}-${f + 1}${String(r + 1).padStart(2, '0')}`)).flat();

/** On the places screen: a campus, a building under it, its floors and each floor's rooms (the first room of floor 1 an ICU). */
export async function createBuildingWithFloors(page: Page, plan: BuildingPlan): Promise<string[]> {
  await openScreen(page, '/packages/admin/places/index');
  await page.getByTestId('places-tree').waitFor();
  await page.getByTestId('places-add-campus').click();
  await addPlace(page, 'campus', plan.campusId, plan.campusName);
  await addPlace(page, 'building', plan.buildingId, plan.buildingName);
  const rooms = roomIdsOf(plan);
  for (let f = 1; f <= plan.floors; f++) {
    const floorId = `${plan.buildingId}-F${f}`;
    await selectPlace(page, plan.buildingId);
    await addPlace(page, 'floor', floorId, `${f}F`);
    for (const roomId of rooms.filter((r) => r.startsWith(`${plan.buildingId}-${f}`))) {
      await selectPlace(page, floorId);
      await addPlace(page, 'room', roomId, `${roomId.slice(plan.buildingId.length + 1)} 室`, roomId.endsWith(`${f}01`) && f === 1 ? 'icu' : 'ward');
    }
  }
  return rooms;
}

export const DEVICE_HEADER = 'id,name,type,model,serial,vendor,installDate,warrantyEnd,categoryCode,maintenanceCycleDays,lifeSupport,locationId,qrCode';

/** `count` devices spread over the rooms, as CSV rows (no header); every fifth out of warranty, every tenth life support. */
export function deviceRows(prefix: string, rooms: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    const room = rooms[i % rooms.length]!;
    const warranty = i % 5 === 0 ? '2020-12-31' : '2099-12-31';
    return `${prefix}-${n},输液泵 ${n},infusion_pump,Space,SN-${prefix}-${n},B. Braun,2023-05-01,${warranty},medical_equipment,180,${i % 10 === 0 ? '是' : '否'},${room},`;
  });
}

export interface ImportOutcome {
  done: string | null;
  /** The lines the screen lists as bad. */
  badLines: number[];
}

/** On the import screen: chooses `kind`, picks a CSV file with these lines, and reads what the screen answers. */
export async function importCsv(page: Page, kind: 'locations' | 'assets' | 'users', lines: readonly string[], fileName = `${kind}.csv`): Promise<ImportOutcome> {
  await openScreen(page, '/packages/admin/import/index');
  await page.getByTestId(`import-kind-${kind}`).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-choose').click()]);
  await chooser.setFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`, 'utf8') });
  await page.locator('[data-testid="import-done"], [data-testid="import-problems"], [data-testid="import-error"]').first().waitFor();
  const done = (await page.getByTestId('import-done').count()) > 0 ? await page.getByTestId('import-done').textContent() : null;
  const ids = await page.locator('[data-testid^="import-problem-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  return { done, badLines: [...new Set(ids.map((id) => Number(id.replace('import-problem-', ''))))] };
}

export const importDevices = (page: Page, rows: readonly string[]) => importCsv(page, 'assets', [DEVICE_HEADER, ...rows]);

/** The device page of one device, through the ledger's search. */
export async function openDevice(page: Page, deviceId: string): Promise<void> {
  await openScreen(page, '/packages/admin/devices/index');
  await page.locator('input[name="device-search"]').fill(deviceId);
  await page.getByTestId('device-search').click();
  await page.getByTestId(`device-${deviceId}`).click();
  await page.getByTestId('device-name').getByText(deviceId).waitFor();
}

/** Moves a device to another room from its page (its label stays the same). */
export async function moveDevice(page: Page, deviceId: string, roomId: string): Promise<void> {
  await openDevice(page, deviceId);
  await page.locator('input[name="device-move"]').fill(roomId);
  await page.getByTestId(`device-move-${roomId}`).click();
  await page.getByText('已迁移，原标签继续有效').waitFor();
}

/** Retires a device from its page, confirming the question. */
export async function retireDevice(page: Page, deviceId: string): Promise<void> {
  await openDevice(page, deviceId);
  await page.getByTestId('device-retire').click();
  await page.locator('.taro-modal__foot').getByText('确定').click();
  await page.getByTestId('device-retired-banner').waitFor();
}

/** The audit screen filtered to one kind; answers the text of the entries of one record. */
export async function auditEntriesOf(page: Page, kind: 'location' | 'asset' | 'category' | 'user', recordId: string): Promise<Record<string, string>> {
  await openScreen(page, '/packages/admin/audit/index');
  await page.getByTestId(`audit-kind-${kind}`).click();
  const entries = page.locator(`[data-testid^="audit-${kind}-${recordId}-"]`);
  await entries.first().waitFor();
  const texts: Record<string, string> = {};
  for (const entry of await entries.all()) texts[(await entry.getAttribute('data-testid'))!.split('-').pop()!] = (await entry.textContent()) ?? '';
  return texts;
}
