import ExcelJS from 'exceljs';
import type { Ticket } from '../../functions/src/contract/tickets';
import { SHEETS } from '../../functions/src/adapters/excel/reportWorkbook';
import { api, type ApiClient } from '../support/api';
import { stackEnv } from '../support/env';
import { createTestHospital, type TestHospital } from '../support/hospital';

/**
 * The workbook now lists every ticket of the period: who may download it, that it holds only
 * its own hospital's tickets, and that it carries no reporter's name or phone.
 */
let hospital: TestHospital;
let other: TestHospital;
let ticket: Ticket;
const callerPhone = '139 0756 4321';

beforeAll(async () => {
  [hospital, other] = await Promise.all([createTestHospital(), createTestHospital()]);
  const nurse = await api.as(hospital.hospitalId, hospital.users.nurse);
  const res = await nurse.post<Ticket>(
    '/v1/tickets',
    { qrCode: hospital.rooms.nurseStation.qrCode, categoryCode: 'power', description: '插座冒烟', urgency: 'normal', contactPhone: callerPhone, notADuplicate: true },
    { headers: { 'idempotency-key': `workbook-security-${hospital.hospitalId}` } },
  );
  expect(res.status).toBe(201);
  ticket = res.body;
});

const month = () => ticket.createdAt.slice(0, 7);

async function download(client: ApiClient): Promise<Response> {
  return fetch(new URL(`/v1/reports/monthly?month=${month()}`, stackEnv('API_URL')), { headers: { authorization: `Bearer ${client.token}` } });
}

async function cellsOf(res: Response): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  const cells: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
  return cells;
}

/** The ticket's line appears once the aggregator has written it (it follows the stream): bounded. */
async function cellsWhen(client: ApiClient, ready: (cells: string[]) => boolean): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const cells = await cellsOf(await download(client));
    if (ready(cells) || Date.now() > deadline) return cells;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('the workbook and its ticket sheet', () => {
  // Written by hand: the logistics manager, the service desk and the administrator read the numbers.
  const expected: [string, keyof TestHospital['users'], number][] = [
    ['a nurse', 'nurse', 403],
    ['a doctor', 'doctor', 403],
    ['a technician', 'electrician', 403],
    ['the service desk', 'dispatcher', 200],
    ['the manager', 'manager', 200],
    ['the administrator', 'admin', 200],
  ];

  it.each(expected)('answers %s (%s) with %d', async (_who, user, status) => {
    const client = await api.as(hospital.hospitalId, hospital.users[user]);
    expect((await download(client)).status).toBe(status);
  });

  it('refuses a download without a session', async () => {
    const res = await fetch(new URL(`/v1/reports/monthly?month=${month()}`, stackEnv('API_URL')));
    expect(res.status).toBe(401);
  });

  it('lists the ticket without its reporter or phone, and never in another hospital', async () => {
    const manager = await api.as(hospital.hospitalId, hospital.users.manager);
    const cells = await cellsWhen(manager, (c) => c.includes(ticket.number));
    expect(cells).toContain(ticket.number);
    expect(cells.filter((c) => c.includes('李护士') || c.includes(callerPhone) || c.includes('4321'))).toEqual([]);

    const stranger = await api.as(other.hospitalId, other.users.manager);
    const res = await download(stranger);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    // Only the header: the other hospital reported nothing.
    expect(book.getWorksheet(SHEETS.tickets)!.rowCount).toBe(1);
  });
});
