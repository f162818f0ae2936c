import ExcelJS from 'exceljs';
import { DynamoCatalogWriter } from '../../functions/src/adapters/dynamo/catalogWriter';
import { createDocumentClient } from '../../functions/src/adapters/dynamo/client';
import type { Scorecard, VendorJobPage } from '../../functions/src/contract/scorecard';
import type { Ticket } from '../../functions/src/contract/tickets';
import type { VendorRecord } from '../../functions/src/domain/vendors/records';
import { api, type ApiClient } from '../support/api';
import { addUser } from '../support/catalogEdits';
import { stackEnv } from '../support/env';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { advanceClock } from '../support/localControls';

/*
 * A vendor's month driven through the API on a fresh hospital: the lift vendor "lifts" covers
 * elevator in building T1; its technician gets five lift jobs, the nurse one in-house power job.
 *
 * | job | what happens                                                        | accept      | arrive  | completed | reopened | rating |
 * |-----|---------------------------------------------------------------------|-------------|---------|-----------|----------|--------|
 * | A   | accepted at once, arrives, completes, confirmed, rated 5            | on time     | on time | yes       | no       | 5      |
 * | B   | accepted 20 min after the report (limit 15), completes, rated 2     | late        | on time | yes       | no       | 2 (→ a complaint) |
 * | C   | accepted at once, completes, "not fixed" (reopened), redone, rated 4| on time     | on time | yes       | yes      | 4      |
 * | D   | never accepted: its 15 minutes pass                                 | missed      | not due | no        |          |        |
 * | E   | cancelled by the nurse: not a job                                   |             |         |           |          |        |
 * | P   | a power fault: in-house, not the vendor's                           |             |         |           |          |        |
 *
 * jobs 4 (A B C D) · accept on time 2/4 = 50 % · arrive 3/3 = 100 % (D's 4 hours have not passed)
 * first-time fix 2/3 = 66.67 % · reopen 1/3 = 33.33 % · satisfaction (≥ 4) 2/3 = 66.67 % · complaints 1
 * PM compliance — (no planned work) · spot-check fails 0.
 * Terms on 20,000 yuan: accept below 98, 0.1 % a point, cap 10 %: 98 − 50 = 48 points → 4.8 % = 960.00;
 * first-time fix at or above 60, flat 1 % → 200.00; PM below 90 → no denominator, no penalty.
 * Penalties 4.8 % (overall cap 5 %: not reached) = 960.00, bonus 1 % = 200.00, net −760.00.
 */

const VENDOR = 'lifts';
const vendorManager = 'lifts-mgr';
const vendorTech = 'lifts-tech';

let hospital: TestHospital;
let nurse: ApiClient;
let desk: ApiClient;
let tech: ApiClient;
let mgr: ApiClient;
let manager: ApiClient;
let month: string;
const jobs: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'P', Ticket> = {} as never;

function liftsVendor(hospitalId: string): VendorRecord {
  return {
    hospitalId,
    id: VENDOR,
    nameZh: '测试电梯维保',
    nameEn: 'Test lift service',
    contactName: null,
    contactPhone: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    version: 1,
    retired: false,
    contract: {
      reference: 'HT-TEST-001',
      startsOn: '2026-01-01',
      endsOn: '2099-12-31',
      monthlyFee: 20000,
      coverage: [{ categoryCode: 'elevator', buildingIds: ['T1'] }],
      serviceLevels: [],
      terms: [
        { id: 'accept', measure: 'acceptOnTimeRate', kind: 'penalty', threshold: 98, direction: 'below', percentPerUnit: 0.1, unit: 1, capPercent: 10 },
        { id: 'fix', measure: 'firstTimeFixRate', kind: 'bonus', threshold: 60, direction: 'above', percentPerUnit: 1, unit: null, capPercent: null },
        { id: 'pm', measure: 'pmComplianceRate', kind: 'penalty', threshold: 90, direction: 'below', percentPerUnit: 1, unit: null, capPercent: null },
      ],
      penaltyCapPercent: 5,
      bonusCapPercent: null,
    },
  };
}

async function putVendor(vendor: VendorRecord): Promise<void> {
  const doc = createDocumentClient({ endpoint: stackEnv('DYNAMODB_ENDPOINT'), region: 'cn-north-1' });
  try {
    await new DynamoCatalogWriter(doc, stackEnv('TABLE_NAME')).putVendors([vendor]);
  } finally {
    doc.destroy();
  }
}

let n = 0;
async function report(categoryCode: 'elevator' | 'power', qrCode: string): Promise<Ticket> {
  const res = await nurse.post<Ticket>(
    '/v1/tickets',
    { qrCode, categoryCode, description: `电梯异响 ${++n}`, urgency: 'normal', notADuplicate: true },
    { headers: { 'idempotency-key': `vscore-${hospital.hospitalId}-${n}` } },
  );
  expect(res.status).toBe(201);
  return res.body;
}

async function ok(call: Promise<{ status: number; body: unknown }>): Promise<void> {
  const res = await call;
  if (res.status !== 200) throw new Error(`answered ${res.status}: ${JSON.stringify(res.body)}`);
}

const liftQr = () => hospital.assets.elevator.qrCode;
async function assignAndAccept(t: Ticket): Promise<void> {
  await ok(desk.post(`/v1/tickets/${t.id}/assign`, { technicianId: vendorTech }));
  await ok(tech.post(`/v1/tickets/${t.id}/accept`));
}
async function arriveAndComplete(t: Ticket): Promise<void> {
  await ok(tech.post(`/v1/tickets/${t.id}/arrive`, { qrCode: liftQr() }));
  await ok(tech.post(`/v1/tickets/${t.id}/complete`, { note: '调整门机' }));
}
async function confirmAndRate(t: Ticket, score: number): Promise<void> {
  await ok(nurse.post(`/v1/tickets/${t.id}/confirm`, { satisfied: true }));
  await ok(nurse.post(`/v1/tickets/${t.id}/rate`, { score }));
}

beforeAll(async () => {
  hospital = await createTestHospital();
  await putVendor(liftsVendor(hospital.hospitalId));
  const everyDay = [1, 2, 3, 4, 5, 6, 7];
  await addUser(hospital, { id: vendorManager, name: '测试维保 经理', roles: ['vendor_manager'], vendorId: VENDOR });
  await addUser(hospital, {
    id: vendorTech, name: '测试维保 师傅', roles: ['technician'], skills: ['elevator'], vendorId: VENDOR,
    shifts: [{ days: everyDay, start: '00:00', end: '23:59' }],
  });
  const as = (id: string) => api.as(hospital.hospitalId, id);
  [nurse, desk, tech, mgr, manager] = await Promise.all([as(hospital.users.nurse), as(hospital.users.dispatcher), as(vendorTech), as(vendorManager), as(hospital.users.manager)]);

  for (const key of ['A', 'B', 'C', 'D', 'E'] as const) jobs[key] = await report('elevator', liftQr());
  jobs.P = await report('power', hospital.rooms.nurseStation.qrCode);
  // The hospital's month of the first report (Asia/Shanghai, no daylight saving).
  month = new Date(Date.parse(jobs.A.createdAt) + 8 * 3600_000).toISOString().slice(0, 7);

  await assignAndAccept(jobs.A);
  await assignAndAccept(jobs.C);
  await ok(desk.post(`/v1/tickets/${jobs.D.id}/assign`, { technicianId: vendorTech }));
  await ok(nurse.post(`/v1/tickets/${jobs.E.id}/cancel`, { reason: '误报' }));
  await advanceClock(20); // past the 15-minute acceptance limit, well inside the 4-hour arrival limit
  await assignAndAccept(jobs.B);
  for (const t of [jobs.A, jobs.B, jobs.C]) await arriveAndComplete(t);
  await ok(nurse.post(`/v1/tickets/${jobs.C.id}/confirm`, { satisfied: false, note: '还是有异响' }));
  await ok(tech.post(`/v1/tickets/${jobs.C.id}/accept`));
  await arriveAndComplete(jobs.C);
  await confirmAndRate(jobs.A, 5);
  await confirmAndRate(jobs.B, 2);
  await confirmAndRate(jobs.C, 4);
});

describe('the monthly vendor scorecard, against a hand-computed month', () => {
  it('stamps the lift jobs with the vendor and leaves the power job in-house', async () => {
    const page = await mgr.get<VendorJobPage>(`/v1/vendors/${VENDOR}/tickets`, { query: { month } });
    expect(page.status).toBe(200);
    expect(page.body.items.map((j) => j.number).sort()).toEqual([jobs.A, jobs.B, jobs.C, jobs.D, jobs.E].map((t) => t.number).sort());
    expect(page.body.items.find((j) => j.id === jobs.B.id)).toMatchObject({ acceptedOnTime: false, arrivedOnTime: true, ratingScore: 2, complaint: true });
  });

  it('gives the vendor manager the numbers of the table and the money of the terms', async () => {
    const res = await mgr.get<Scorecard>(`/v1/vendors/${VENDOR}/scorecard`, { query: { month } });
    expect(res.status).toBe(200);
    const line = (key: string) => res.body.lines.find((l) => l.key === key);
    const numbers = (...ts: Ticket[]) => ts.map((t) => t.number).sort();
    expect({ ...line('jobs'), counted: [...line('jobs')!.counted].sort() }).toMatchObject({ numerator: 4, value: 4, counted: numbers(jobs.A, jobs.B, jobs.C, jobs.D) });
    expect(line('acceptOnTimeRate')).toMatchObject({ numerator: 2, denominator: 4, value: 50 });
    expect([...line('acceptOnTimeRate')!.counted].sort()).toEqual(numbers(jobs.A, jobs.C));
    expect(line('arriveOnTimeRate')).toMatchObject({ numerator: 3, denominator: 3, value: 100 });
    expect(line('firstTimeFixRate')).toMatchObject({ numerator: 2, denominator: 3, value: 66.67 });
    expect(line('reopenRate')).toMatchObject({ numerator: 1, denominator: 3, value: 33.33, counted: [jobs.C.number] });
    expect(line('satisfactionRate')).toMatchObject({ numerator: 2, denominator: 3, value: 66.67 });
    expect(line('complaints')).toMatchObject({ numerator: 1, counted: [jobs.B.number] });
    expect(line('pmComplianceRate')).toMatchObject({ numerator: 0, denominator: 0, value: null });
    expect(line('spotCheckFails')).toMatchObject({ numerator: 0, value: 0 });
    const term = (id: string) => res.body.terms.find((t) => t.termId === id);
    expect(term('accept')).toMatchObject({ applies: true, units: 48, percent: 4.8, amount: 960 });
    expect(term('fix')).toMatchObject({ applies: true, percent: 1, amount: 200 });
    expect(term('pm')).toMatchObject({ applies: false, percent: 0, amount: 0 });
    expect(res.body).toMatchObject({ penaltyPercent: 4.8, penaltyAmount: 960, bonusPercent: 1, bonusAmount: 200, netAmount: -760, capsApplied: [] });
  });

  it('writes the same numbers into the Excel workbook', async () => {
    const res = await fetch(new URL(`/v1/vendors/${VENDOR}/scorecard.xlsx?month=${month}`, stackEnv('API_URL')), { headers: { authorization: `Bearer ${manager.token}` } });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual(['考核汇总', '考核工单明细']);
    const rows = (name: string) => (book.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    const summary = rows('考核汇总');
    const row = (label: string) => summary.find((r) => r[0] === label);
    expect(row('接单及时率 %')).toEqual(['接单及时率 %', 2, 4, 50]);
    expect(row('一次修复率 %')).toEqual(['一次修复率 %', 2, 3, 66.67]);
    expect(row('计划维护按时完成率 %')).toEqual(['计划维护按时完成率 %', 0, 0, '—']);
    expect(row('扣款合计')).toEqual(['扣款合计', 4.8, 960]);
    expect(row('奖励合计')).toEqual(['奖励合计', 1, 200]);
    expect(row('净额（奖励 − 扣款）')?.[2]).toBe(-760);
    const tickets = rows('考核工单明细');
    expect(tickets.slice(1).map((r) => r[0]).sort()).toEqual([jobs.A, jobs.B, jobs.C, jobs.D].map((t) => t.number).sort());
    expect(tickets.find((r) => r[0] === jobs.B.number)?.slice(4, 9)).toEqual(['否', '是', 0, 2, '是']);
  });

  it('lets the hospital’s manager read it, and nobody else', async () => {
    expect((await manager.get(`/v1/vendors/${VENDOR}/scorecard`, { query: { month } })).status).toBe(200);
    expect((await nurse.get(`/v1/vendors/${VENDOR}/scorecard`, { query: { month } })).status).toBe(403);
    expect((await tech.get(`/v1/vendors/${VENDOR}/scorecard`, { query: { month } })).status).toBe(403);
    expect((await mgr.get('/v1/vendors/otis/scorecard', { query: { month } })).status).toBe(403);
    expect((await mgr.get('/v1/vendors/otis/tickets', { query: { month } })).status).toBe(403);
  });
});
