import type { Ticket, TicketDetail, TicketPage } from '../../functions/src/contract/tickets';
import { api, type ApiClient } from '../support/api';
import { createTestHospital, type TestHospital } from '../support/hospital';

/**
 * The hotline's attack surface: who may look up places, search tickets (by phone: personal
 * data), and enter a report in someone else's name; who sees a reporter's phone. The expected
 * outcomes are written by hand here, not taken from the policy module.
 */
let hospital: TestHospital;
const clients: Record<string, ApiClient> = {};
let n = 0;

const USERS = ['nurse-li', 'doctor-wu', 'desk-wang', 'tech-zhao', 'manager-chen', 'admin'] as const;

beforeAll(async () => {
  hospital = await createTestHospital();
  for (const id of USERS) clients[id] = await api.as(hospital.hospitalId, id);
});

const phoneReport = (client: ApiClient) =>
  client.post<Ticket>(
    '/v1/tickets',
    { locationId: hospital.rooms.lobby.id, categoryCode: 'it', description: `电脑蓝屏 ${++n}`, urgency: 'normal', notADuplicate: true, channel: 'phone', caller: { name: '张大爷', phone: '13911112222' } },
    { headers: { 'idempotency-key': `sec-hotline-${Date.now()}-${n}` } },
  );

describe('who may use the hotline', () => {
  // user | place search | devices at a place | ticket search | report for a caller
  const expected: [string, number, number, number, number][] = [
    ['nurse-li', 403, 403, 403, 403],
    ['doctor-wu', 403, 403, 403, 403],
    ['desk-wang', 200, 200, 200, 201],
    ['tech-zhao', 403, 403, 403, 403],
    ['manager-chen', 403, 403, 200, 403],
    ['admin', 403, 403, 200, 403],
  ];

  it.each(expected)('%s: places %i, devices %i, search %i, report for a caller %i', async (user, places, devices, search, report) => {
    const client = clients[user]!;
    expect((await client.get('/v1/places', { query: { q: 'hsz' } })).status).toBe(places);
    expect((await client.get(`/v1/places/${hospital.rooms.ward.id}/assets`)).status).toBe(devices);
    expect((await client.get('/v1/tickets', { query: { scope: 'search', q: '13911112222' } })).status).toBe(search);
    expect((await phoneReport(client)).status).toBe(report);
  });
});

describe('the reporter’s phone', () => {
  let ticket: Ticket;

  beforeAll(async () => {
    const res = await clients['nurse-li']!.post<Ticket>(
      '/v1/tickets',
      { qrCode: hospital.rooms.nurseStation.qrCode, categoryCode: 'power', description: '插座没电', urgency: 'normal', notADuplicate: true },
      { headers: { 'idempotency-key': `sec-hotline-own-${Date.now()}` } },
    );
    ticket = res.body;
    expect((await clients['desk-wang']!.post(`/v1/tickets/${ticket.id}/assign`, { technicianId: 'tech-zhao' })).status).toBe(200);
  });

  // user | status of GET /v1/tickets/{id} | the phone in it
  const expected: [string, number, string | null][] = [
    ['nurse-li', 200, '13800138001'],
    ['desk-wang', 200, '13800138001'],
    ['tech-zhao', 200, '13800138001'],
    ['manager-chen', 200, '13800138001'],
    ['doctor-wu', 404, null],
  ];

  it.each(expected)('%s: %i, phone %s', async (user, status, phone) => {
    const res = await clients[user]!.get<TicketDetail>(`/v1/tickets/${ticket.id}`);
    expect(res.status).toBe(status);
    if (status === 200) expect(res.body.ticket.reporter?.phone ?? null).toBe(phone);
  });
});

describe('search across hospitals', () => {
  it('never answers another hospital’s tickets, nor resumes from its cursor', async () => {
    for (let i = 0; i < 2; i++) expect((await phoneReport(clients['desk-wang']!)).status).toBe(201);
    const first = await clients['desk-wang']!.get<TicketPage>('/v1/tickets', { query: { scope: 'search', q: '13911112222', limit: 1 } });
    expect(first.body.nextCursor).not.toBeNull();

    const other = await createTestHospital();
    const otherDesk = await api.as(other.hospitalId, other.users.dispatcher);
    expect((await otherDesk.get<TicketPage>('/v1/tickets', { query: { scope: 'search', q: '13911112222' } })).body.items).toEqual([]);
    const resumed = await otherDesk.get('/v1/tickets', { query: { scope: 'search', q: '13911112222', cursor: first.body.nextCursor! } });
    expect(resumed.status).toBe(400);
  });
});
