import ExcelJS from 'exceljs';
import type { Dashboard } from '../../functions/src/contract/dashboard';
import type { DepartmentReport } from '../../functions/src/contract/reports';
import { reportRoutes } from '../../functions/src/contract/reportRoutes';
import type { Ticket } from '../../functions/src/contract/tickets';
import { SHEETS } from '../../functions/src/adapters/excel/reportWorkbook';
import { api, type ApiClient } from '../support/api';
import { stackEnv } from '../support/env';
import { createTestHospital, type TestHospital } from '../support/hospital';

let hospital: TestHospital;
let nurse: ApiClient;
let desk: ApiClient;
let zhao: ApiClient;
let manager: ApiClient;

beforeAll(async () => {
  hospital = await createTestHospital();
  const as = (id: string) => api.as(hospital.hospitalId, id);
  [nurse, desk, zhao, manager] = await Promise.all([as(hospital.users.nurse), as(hospital.users.dispatcher), as(hospital.users.electrician), as(hospital.users.manager)]);
});

async function report(description: string): Promise<Ticket> {
  const res = await nurse.post<Ticket>(
    '/v1/tickets',
    { qrCode: hospital.rooms.nurseStation.qrCode, categoryCode: 'power', description, urgency: 'normal', notADuplicate: true },
    { headers: { 'idempotency-key': `dash-${Date.now()}-${description.length}-${Math.random().toString(36).slice(2)}` } },
  );
  expect(res.status).toBe(201);
  return res.body;
}

/** The aggregates follow the stream: ask until they show what was done (bounded). */
async function dashboardWhen(ready: (d: Dashboard) => boolean): Promise<Dashboard> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const res = await manager.get<Dashboard>('/v1/dashboard');
    expect(res.status).toBe(200);
    if (ready(res.body) || Date.now() > deadline) return res.body;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('dashboard and reports from the aggregates', () => {
  it('counts a whole lifecycle, and the monthly workbook has the same totals', async () => {
    const t = await report('插座没电');
    await report('灯不亮');
    const go = (verb: string, client: ApiClient, body?: unknown) => client.post<Ticket>(`/v1/tickets/${t.id}/${verb}`, body);
    expect((await go('assign', desk, { technicianId: hospital.users.electrician })).status).toBe(200);
    expect((await go('accept', zhao)).status).toBe(200);
    expect((await go('arrive', zhao, { qrCode: hospital.rooms.nurseStation.qrCode })).status).toBe(200);
    expect((await go('complete', zhao, { note: '更换插座', parts: [{ name: '五孔插座', quantity: 2, unitCost: 12.75 }] })).status).toBe(200);
    expect((await go('confirm', nurse, { satisfied: true })).status).toBe(200);
    expect((await go('rate', nurse, { score: 5 })).status).toBe(200);
    expect((await go('callback', desk, { reached: true, satisfied: true })).status).toBe(200);

    const d = await dashboardWhen((x) => x.tickets.reported === 2 && x.callbacksDone === 1);
    expect(d.tickets).toMatchObject({ reported: 2, byStatus: { closed: 1, submitted: 1 } });
    expect(d.tickets.byCategory).toEqual([expect.objectContaining({ key: 'power', count: 2 })]);
    expect(d.sla.accept).toEqual({ met: 1, total: 1, rate: 1 });
    expect(d.sla.arrive).toEqual({ met: 1, total: 1, rate: 1 });
    expect(d.firstTimeFix).toEqual({ met: 1, total: 1, rate: 1 });
    expect(d.satisfaction).toMatchObject({ rated: 1, satisfied: 1, rate: 1, averageScore: 5 });
    expect(d.times.toComplete.count).toBe(1);

    const departments = await manager.get<DepartmentReport>('/v1/reports/departments');
    expect(departments.body.totalPartsCost).toBe(25.5);

    const month = d.period.from.slice(0, 7);
    const res = await fetch(new URL(`/v1/reports/monthly?month=${month}`, stackEnv('API_URL')), { headers: { authorization: `Bearer ${manager.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const summary = new Map<string, unknown>();
    book.getWorksheet(SHEETS.summary)!.eachRow((row) => summary.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(summary.get('报修总数')).toBe(d.tickets.reported);
    expect(summary.get('回访数')).toBe(d.callbacksDone);
    expect(summary.get('耗材费用合计 (元)')).toBe(25.5);
    const deptSheet = book.getWorksheet(SHEETS.departments)!;
    expect(deptSheet.getRow(deptSheet.rowCount).getCell(3).value).toBe(25.5);
  });

  it.each(['nurse', 'technician'] as const)('refuses every report endpoint to a %s', async (who) => {
    const client = who === 'nurse' ? nurse : zhao;
    for (const route of reportRoutes) {
      const res = await client.get(route.path, { query: { month: '2026-11', quarter: '2026-Q4' } });
      expect({ route: route.name, status: res.status }).toEqual({ route: route.name, status: 403 });
    }
  });
});
