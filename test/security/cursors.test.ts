import type { ErrorBody } from '../../functions/src/contract/common';
import type { Ticket, TicketPage } from '../../functions/src/contract/tickets';
import { api, type ApiClient } from '../support/api';
import { createTestHospital, type TestHospital } from '../support/hospital';

let hospital: TestHospital;
let nurse: ApiClient;
let doctor: ApiClient;
let desk: ApiClient;
/** A real cursor of the nurse's own tickets ("mine", one a page). */
let nursesCursor: string;
let deskCursor: string;

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

beforeAll(async () => {
  hospital = await createTestHospital();
  const as = (id: string) => api.as(hospital.hospitalId, id);
  [nurse, doctor, desk] = await Promise.all([as(hospital.users.nurse), as(hospital.users.doctor), as(hospital.users.dispatcher)]);
  for (const [i, client] of [nurse, nurse, doctor, doctor].entries()) {
    const res = await client.post<Ticket>(
      '/v1/tickets',
      { qrCode: hospital.rooms.ward.qrCode, categoryCode: 'power', description: `插座没电 ${i}`, urgency: 'normal', notADuplicate: true },
      { headers: { 'idempotency-key': `cursor-${hospital.hospitalId}-${i}` } },
    );
    expect(res.status).toBe(201);
  }
  const first = await nurse.get<TicketPage>('/v1/tickets', { query: { scope: 'mine', limit: 1 } });
  expect(first.body.nextCursor).toEqual(expect.any(String));
  nursesCursor = first.body.nextCursor!;
  const queue = await desk.get<TicketPage>('/v1/tickets', { query: { scope: 'queue', limit: 1 } });
  deskCursor = queue.body.nextCursor!;
});

describe('paging with a cursor', () => {
  it('resumes the listing with the cursor it handed out', async () => {
    const second = await nurse.get<TicketPage>('/v1/tickets', { query: { scope: 'mine', limit: 1, cursor: nursesCursor } });
    expect(second.status).toBe(200);
    expect(second.body.items).toHaveLength(1);
  });

  // Written by hand: who sends which cursor to which listing, and the answer (never a 500).
  const cases: [what: string, who: () => ApiClient, scope: string, cursor: () => string, status: number][] = [
    ['the nurse\'s cursor, its key rewritten to the doctor\'s partition', () => nurse, 'mine', () => `${b64({ GSI1PK: `H#${hospital.hospitalId}#REP#${hospital.users.doctor}` })}.${nursesCursor.split('.')[1]}`, 400],
    ['the nurse\'s cursor used by the doctor', () => doctor, 'mine', () => nursesCursor, 400],
    ['the nurse\'s cursor used on the desk queue', () => desk, 'queue', () => nursesCursor, 400],
    ['the desk\'s queue cursor used on the nurse\'s list', () => nurse, 'mine', () => deskCursor, 400],
    ['an unsigned key with the right partition and the wrong shape', () => nurse, 'mine', () => b64({ GSI1PK: `H#${hospital.hospitalId}#REP#${hospital.users.nurse}`, GSI1SK: 42, extra: 'x' }), 400],
    ['an unsigned key of the right shape', () => nurse, 'mine', () => Buffer.from(nursesCursor.split('.')[0]!, 'base64url').toString('base64url'), 400],
    ['its signature truncated', () => nurse, 'mine', () => nursesCursor.slice(0, -4), 400],
    ['garbage', () => nurse, 'mine', () => '!!!not-a-cursor!!!', 400],
  ];
  it.each(cases)('%s is 400 invalid_cursor', async (_what, who, scope, cursor, status) => {
    const res = await who().get<ErrorBody>('/v1/tickets', { query: { scope, limit: 1, cursor: cursor() } });
    expect(res.status).toBe(status);
    expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'cursor', code: 'invalid_cursor', messageZh: expect.any(String) })]);
  });

  it('refuses a forged cursor on the inbox too', async () => {
    const res = await nurse.get<ErrorBody>('/v1/notifications', { query: { limit: 1, cursor: b64({ PK: `H#${hospital.hospitalId}#U#${hospital.users.nurse}`, SK: { S: 'x' } }) } });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]?.code).toBe('invalid_cursor');
  });
});
