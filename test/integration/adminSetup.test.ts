import type { AdminCategory, AdminUser } from '../../functions/src/contract/admin';
import type { ErrorBody } from '../../functions/src/contract/common';
import type { ShiftWeek } from '../../functions/src/contract/shifts';
import type { Ticket } from '../../functions/src/contract/tickets';
import { api, type ApiClient } from '../support/api';
import { addUser } from '../support/catalogEdits';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { stackNow } from '../support/localControls';
import { eventually } from '../support/notifications';

/** The admin's categories (SLA, phrases, signature), a person's record and the shift rota, through the real API. */

let hospital: TestHospital;
let admin: ApiClient;
let desk: ApiClient;
let nurse: ApiClient;

const sla = { acceptWithinMinutes: { normal: 15, urgent: 10, emergency: 5 }, arriveWithinMinutes: { normal: 240, urgent: 120, emergency: 30 } };
const category = (code: string, patch: Record<string, unknown> = {}) => ({
  code,
  nameZh: '医用冰箱',
  nameEn: 'Medical fridges',
  team: '冷链外包',
  sla,
  quickPhrases: [{ zh: '温度过高', en: 'Too warm' }],
  offeredForRooms: true,
  dispatchMode: 'grab',
  signatureRequired: true,
  ...patch,
});

/** The hospital's calendar day now (Asia/Shanghai), and the Monday of its week. */
async function today(): Promise<{ day: string; monday: string }> {
  const local = new Date((await stackNow()).getTime() + 8 * 3600_000);
  const day = local.toISOString().slice(0, 10);
  const monday = new Date(local.getTime() - ((local.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
  return { day, monday };
}

beforeAll(async () => {
  hospital = await createTestHospital();
  await addUser(hospital, { id: 'tech-rota', name: '冯师傅', roles: ['technician'], skills: ['fridge'], team: '冷链班' });
  [admin, desk, nurse] = await Promise.all([api.as(hospital.hospitalId, hospital.users.admin), api.as(hospital.hospitalId, hospital.users.dispatcher), api.as(hospital.hospitalId, hospital.users.nurse)]);
});

describe('categories and their SLA policies', () => {
  it('keeps both languages of the quick phrases and the signature rule, and lists the category for the admin', async () => {
    const created = await admin.post<AdminCategory>('/v1/admin/categories', category('fridge'));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ quickPhrases: [{ zh: '温度过高', en: 'Too warm' }], signatureRequired: true, dispatchMode: 'grab', version: 1 });
    const { code: _code, ...fields } = category('fridge');
    const edited = await admin.put<AdminCategory>('/v1/admin/categories/fridge', { ...fields, version: 1, signatureRequired: false, quickPhrases: [{ zh: '结霜', en: 'Frosted up' }] });
    expect(edited.body).toMatchObject({ signatureRequired: false, quickPhrases: [{ zh: '结霜', en: 'Frosted up' }], version: 2 });
    const list = await admin.get<{ items: AdminCategory[] }>('/v1/admin/categories');
    expect(list.body.items.find((c) => c.code === 'fridge')).toMatchObject({ team: '冷链外包', version: 2 });
    // The seeded categories carry both languages (phrases stored as plain Chinese strings are read as both: items.test.ts).
    expect(list.body.items.find((c) => c.code === 'power')?.quickPhrases[0]).toEqual({ zh: '灯不亮', en: 'Light out' });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a time of zero minutes', { sla: { ...sla, acceptWithinMinutes: { ...sla.acceptWithinMinutes, normal: 0 } } }, 'body.sla.acceptWithinMinutes.normal'],
    ['a time over 30 days', { sla: { ...sla, arriveWithinMinutes: { ...sla.arriveWithinMinutes, normal: 43_201 } } }, 'body.sla.arriveWithinMinutes.normal'],
    ['an urgency left out', { sla: { ...sla, acceptWithinMinutes: { normal: 15, urgent: 10 } } }, 'body.sla.acceptWithinMinutes.emergency'],
    ['arriving before accepting', { sla: { ...sla, arriveWithinMinutes: { ...sla.arriveWithinMinutes, urgent: 5 } } }, 'sla.arriveWithinMinutes.urgent'],
    ['a phrase without English', { quickPhrases: [{ zh: '温度过高' }] }, 'body.quickPhrases.0.en'],
    ['a phrase of 51 characters', { quickPhrases: [{ zh: '冷'.repeat(51), en: 'x' }] }, 'body.quickPhrases.0.zh'],
    ['21 phrases', { quickPhrases: Array.from({ length: 21 }, (_, i) => ({ zh: `短语${i}`, en: `p${i}` })) }, 'body.quickPhrases'],
    ['a dispatch mode that does not exist', { dispatchMode: 'lottery' }, 'body.dispatchMode'],
  ])('refuses %s, naming the field in both languages', async (_what, patch, field) => {
    const res = await admin.post<ErrorBody>('/v1/admin/categories', category(`bad_${Math.random().toString(36).slice(2, 8)}`, patch));
    expect(res.status).toBe(400);
    const detail = res.body.error.details.find((d) => d.field === field);
    expect(detail).toBeDefined();
    expect(detail?.messageZh).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('a person’s record', () => {
  it('reads one person and edits the team, department, skills and phone', async () => {
    const read = await admin.get<AdminUser>('/v1/admin/users/tech-rota');
    expect(read.body).toMatchObject({ id: 'tech-rota', team: '冷链班', skills: ['fridge'] });
    const { id: _id, linked: _l, retired: _r, ...fields } = read.body;
    const saved = await admin.put<AdminUser>('/v1/admin/users/tech-rota', { ...fields, department: '后勤保障部', skills: ['fridge', 'power'], phone: '13900139088' });
    expect(saved.body).toMatchObject({ department: '后勤保障部', skills: ['fridge', 'power'], phone: '13900139088', team: '冷链班' });
    const byTeam = await admin.get<{ items: AdminUser[] }>('/v1/admin/users', { query: { team: '冷链班' } });
    expect(byTeam.body.items.map((u) => u.id)).toEqual(['tech-rota']);
    const byDepartment = await admin.get<{ items: AdminUser[] }>('/v1/admin/users', { query: { department: '后勤保障部', role: 'technician' } });
    expect(byDepartment.body.items.map((u) => u.id)).toEqual(['tech-rota']);
  });

  it('answers 404 for a person of another hospital', async () => {
    const other = await createTestHospital();
    const outsider = await api.as(other.hospitalId, other.users.admin);
    expect((await outsider.get('/v1/admin/users/tech-rota')).status).toBe(404);
    expect((await outsider.put('/v1/admin/users/tech-rota/shifts', { entries: [] }, { query: { week: (await today()).monday } })).status).toBe(404);
  });
});

describe('the shift rota', () => {
  it('puts a technician on shift today: the week lists it, the assign sheet ranks them on shift and the grab pool offers them the job', async () => {
    const { day, monday } = await today();
    const ticket = await nurse.post<Ticket>(
      '/v1/tickets',
      { qrCode: hospital.rooms.nurseStation.qrCode, categoryCode: 'fridge', description: '冰箱温度过高', urgency: 'normal', notADuplicate: true },
      { headers: { 'idempotency-key': `rota-${Date.now()}-1` } },
    );
    expect(ticket.status).toBe(201);
    const before = await desk.get<{ items: { user: { id: string }; onShift: boolean }[] }>(`/v1/tickets/${ticket.body.id}/candidates`);
    expect(before.body.items.find((c) => c.user.id === 'tech-rota')?.onShift).toBe(false);

    const set = await admin.put<ShiftWeek>('/v1/admin/users/tech-rota/shifts', { entries: [{ day, start: '00:00', end: '00:00' }] }, { query: { week: monday } });
    expect(set.status).toBe(200);
    expect(set.body.items).toEqual([{ userId: 'tech-rota', day, start: '00:00', end: '00:00' }]);
    const week = await desk.get<ShiftWeek>('/v1/admin/shifts', { query: { week: monday } });
    expect(week.body.items).toContainEqual({ userId: 'tech-rota', day, start: '00:00', end: '00:00' });

    const after = await desk.get<{ items: { user: { id: string }; onShift: boolean }[] }>(`/v1/tickets/${ticket.body.id}/candidates`);
    expect(after.body.items.find((c) => c.user.id === 'tech-rota')?.onShift).toBe(true);
    const offered = await nurse.post<Ticket>(
      '/v1/tickets',
      { qrCode: hospital.rooms.ward.qrCode, categoryCode: 'fridge', description: '冰箱结霜', urgency: 'normal', notADuplicate: true },
      { headers: { 'idempotency-key': `rota-${Date.now()}-2` } },
    );
    expect(offered.status).toBe(201);
    const tech = await api.as(hospital.hospitalId, 'tech-rota');
    // The offer reaches the technician on shift (in-app, behind the stream); the job off shift was never offered.
    const inbox = await eventually(async () => {
      const res = await tech.get<{ items: { kind: string; ticketId: string }[] }>('/v1/notifications');
      return res.body.items.some((n) => n.ticketId === offered.body.id) && res.body.items;
    }, 'the grab-pool offer to the technician on shift');
    expect(inbox.filter((n) => n.kind === 'job_offered').map((n) => n.ticketId)).toEqual([offered.body.id]);
    expect((await tech.post<Ticket>(`/v1/tickets/${offered.body.id}/grab`)).status).toBe(200);
  });

  it('replaces the person’s week: an empty list takes them off', async () => {
    const { monday } = await today();
    await admin.put('/v1/admin/users/tech-rota/shifts', { entries: [] }, { query: { week: monday } });
    const week = await admin.get<ShiftWeek>('/v1/admin/shifts', { query: { week: monday } });
    expect(week.body.items.filter((e) => e.userId === 'tech-rota')).toEqual([]);
  });

  it.each<[string, Record<string, string>, unknown, string]>([
    ['a week that does not start on a Monday', { week: '2026-12-01' }, { entries: [] }, 'query.week'],
    ['a day outside the week', { week: '2026-11-30' }, { entries: [{ day: '2026-12-07', start: '08:00', end: '16:00' }] }, 'entries.0.day'],
    ['a time that is not HH:mm', { week: '2026-11-30' }, { entries: [{ day: '2026-12-01', start: '8:00', end: '16:00' }] }, 'body.entries.0.start'],
    ['15 shifts in a week', { week: '2026-11-30' }, { entries: Array.from({ length: 15 }, (_, i) => ({ day: '2026-12-01', start: `${String(i).padStart(2, '0')}:00`, end: '23:00' })) }, 'body.entries'],
  ])('refuses %s, naming the field', async (_what, query, body, field) => {
    const res = await admin.put<ErrorBody>('/v1/admin/users/tech-rota/shifts', body, { query });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d) => d.field)).toContain(field);
  });
});
