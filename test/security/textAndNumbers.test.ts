import type { ErrorBody } from '../../functions/src/contract/common';
import type { Ticket } from '../../functions/src/contract/tickets';
import { api, type ApiClient } from '../support/api';
import { createTestHospital, type TestHospital } from '../support/hospital';

let hospital: TestHospital;
let nurse: ApiClient;
let desk: ApiClient;
let zhao: ApiClient;
let admin: ApiClient;
let n = 0;

beforeAll(async () => {
  hospital = await createTestHospital();
  const as = (id: string) => api.as(hospital.hospitalId, id);
  [nurse, desk, zhao, admin] = await Promise.all([as(hospital.users.nurse), as(hospital.users.dispatcher), as(hospital.users.electrician), as(hospital.users.admin)]);
});

const report = (description: string) =>
  nurse.post<Ticket & ErrorBody>(
    '/v1/tickets',
    { qrCode: hospital.rooms.nurseStation.qrCode, categoryCode: 'power', description, urgency: 'normal', notADuplicate: true },
    { headers: { 'idempotency-key': `text-${hospital.hospitalId}-${++n}` } },
  );

/** A ticket the electrician is on site for, ready to complete. */
async function onSite(): Promise<string> {
  const t = await report(`插座冒烟 ${n}`);
  expect(t.status).toBe(201);
  const go = (client: ApiClient, verb: string, body?: unknown) => client.post(`/v1/tickets/${t.body.id}/${verb}`, body);
  expect((await go(desk, 'assign', { technicianId: hospital.users.electrician })).status).toBe(200);
  expect((await go(zhao, 'accept')).status).toBe(200);
  expect((await go(zhao, 'arrive', { qrCode: hospital.rooms.nurseStation.qrCode })).status).toBe(200);
  return t.body.id;
}

describe('texts that show nothing, or other than they say', () => {
  // Written by hand: a description sent, and the answer (the stored text, or the field refused).
  const descriptions: [what: string, sent: string, status: number, stored: string | null][] = [
    ['only zero-width characters', '\u200b\u200c\u200d\u2060\ufeff', 400, null],
    ['only spaces, tabs and newlines', ' \t\n \n', 400, null],
    ['only controls and an ANSI clear-screen', '\u0000\u001b[2J\u001b[H\u0007', 400, null],
    ['a right-to-left override that hides a file name', '见附件 \u202eexe.gpj', 201, '见附件 exe.gpj'],
    ['NUL and an ANSI colour around the text', '\u0000\u001b[31m插座冒火花\u001b[0m\u0000', 201, '插座冒火花'],
    ['zero-width padding around real text', '\u200b\u200b灯不亮\u200b', 201, '灯不亮'],
  ];
  it.each(descriptions)('a description of %s', async (_what, sent, status, stored) => {
    const res = await report(sent);
    expect(res.status).toBe(status);
    if (stored === null) expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'body.description', code: 'no_visible_text', messageZh: expect.any(String) })]);
    else expect(res.body.description).toBe(stored);
  });

  // Written by hand: other free texts and the field their 400 must name.
  const others: [what: string, send: () => Promise<{ status: number; body: unknown }>, field: string][] = [
    ['a hold reason of zero-width spaces', async () => zhao.post(`/v1/tickets/${await onSite()}/hold`, { reason: '\u200b\u200b' }), 'body.reason'],
    ['a completion note of a bidi override only', async () => zhao.post(`/v1/tickets/${await onSite()}/complete`, { note: '\u202e', parts: [] }), 'body.note'],
    ['a room name of a BOM and a word joiner', () => admin.post('/v1/admin/locations', { id: 'T1-0291', type: 'room', name: '\ufeff\u2060', parentId: hospital.floors.upper, roomUse: 'office' }), 'body.name'],
    ['a part name of Hangul fillers', async () => zhao.post(`/v1/tickets/${await onSite()}/complete`, { note: '更换', parts: [{ name: '\u3164\u3164', quantity: 1, unitCost: 1 }] }), 'body.parts.0.name'],
  ];
  it.each(others)('refuses %s, naming the field', async (_what, send, field) => {
    const res = await send();
    expect(res.status).toBe(400);
    expect((res.body as ErrorBody).error.details).toEqual([expect.objectContaining({ field, code: 'no_visible_text' })]);
  });
});

describe('the parts a completion charges', () => {
  // Written by hand: the parts, and the answer (the default bound is ¥100,000 a ticket).
  const parts: [what: string, list: { name: string; quantity: number; unitCost: number }[], status: number][] = [
    ['¥490,000,000,000 (50 lines of the largest quantity and unit cost)', Array.from({ length: 50 }, () => ({ name: '金条', quantity: 10_000, unitCost: 980_000 })), 400],
    ['¥100,000.01', [{ name: '冷水机组', quantity: 1, unitCost: 100_000 }, { name: '螺丝', quantity: 1, unitCost: 0.01 }], 400],
    ['exactly ¥100,000', [{ name: '冷水机组', quantity: 1, unitCost: 100_000 }], 200],
  ];
  it.each(parts)('%s', async (_what, list, status) => {
    const res = await zhao.post<Ticket & ErrorBody>(`/v1/tickets/${await onSite()}/complete`, { note: '更换', parts: list });
    expect(res.status).toBe(status);
    if (status === 400) expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'body.parts', code: 'parts_total_too_high', messageZh: expect.stringContaining('¥100000') })]);
  });
});
