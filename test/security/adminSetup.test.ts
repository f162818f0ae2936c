import { api, ApiClient } from '../support/api';
import { createTestHospital, type TestHospital } from '../support/hospital';

/**
 * Who may edit categories, people and the shift rota: only an admin; the desk may read the
 * rota (its assign sheet shows who is on shift). Every cell below is written by hand.
 */

type Who = 'anonymous' | 'nurse' | 'technician' | 'dispatcher' | 'manager' | 'admin';
const WHO: Who[] = ['anonymous', 'nurse', 'technician', 'dispatcher', 'manager', 'admin'];

let hospital: TestHospital;
const clients = {} as Record<Who, ApiClient>;
let n = 0;

const sla = { acceptWithinMinutes: { normal: 15, urgent: 10, emergency: 5 }, arriveWithinMinutes: { normal: 240, urgent: 120, emergency: 30 } };
const categoryFields = { nameZh: '安全测试', nameEn: 'Security test', team: '测试班', sla, quickPhrases: [{ zh: '坏了', en: 'Broken' }], offeredForRooms: true, dispatchMode: 'manual', signatureRequired: false };
const personFields = { name: '赵师傅', roles: ['technician'], department: '电工班', team: '电工班', skills: ['power'], phone: null, shifts: [], homeBuildingId: null };
const WEEK = { week: '2026-11-30' };

/** Each action with a request that is valid apart from who sends it; a stale version (999) makes an allowed edit a 409 that changes nothing. */
const actions: Record<string, (c: ApiClient) => Promise<{ status: number }>> = {
  'list categories': (c) => c.get('/v1/admin/categories'),
  'create a category': (c) => c.post('/v1/admin/categories', { code: `sec_${++n}`, ...categoryFields }),
  'edit a category': (c) => c.put('/v1/admin/categories/power', { ...categoryFields, version: 999 }),
  'retire a category': (c) => c.delete('/v1/admin/categories/power', { query: { version: 999 } }),
  'read a person': (c) => c.get('/v1/admin/users/tech-zhao'),
  'edit a person': (c) => c.put('/v1/admin/users/tech-zhao', { ...personFields, version: 999 }),
  'read the rota': (c) => c.get('/v1/admin/shifts', { query: WEEK }),
  'edit a person’s shifts': (c) => c.put('/v1/admin/users/tech-sun/shifts', { entries: [] }, { query: WEEK }),
};

// anonymous, nurse, technician, dispatcher, manager, admin
const EXPECTED: Record<string, number[]> = {
  'list categories': [401, 403, 403, 403, 403, 200],
  'create a category': [401, 403, 403, 403, 403, 201],
  'edit a category': [401, 403, 403, 403, 403, 409],
  'retire a category': [401, 403, 403, 403, 403, 409],
  'read a person': [401, 403, 403, 403, 403, 200],
  'edit a person': [401, 403, 403, 403, 403, 409],
  'read the rota': [401, 403, 403, 200, 403, 200],
  'edit a person’s shifts': [401, 403, 403, 403, 403, 200],
};

beforeAll(async () => {
  hospital = await createTestHospital();
  const ids: Record<Exclude<Who, 'anonymous'>, string> = {
    nurse: hospital.users.nurse,
    technician: hospital.users.electrician,
    dispatcher: hospital.users.dispatcher,
    manager: hospital.users.manager,
    admin: hospital.users.admin,
  };
  clients.anonymous = new ApiClient();
  await Promise.all(Object.entries(ids).map(async ([who, id]) => (clients[who as Who] = await api.as(hospital.hospitalId, id))));
});

describe('only an admin edits categories, people and shifts; the desk reads the rota', () => {
  const cells = Object.entries(EXPECTED).flatMap(([action, statuses]) => WHO.map((who, i) => [action, who, statuses[i]!] as const));
  it.each(cells)('%s as %s → %i', async (action, who, status) => {
    expect((await actions[action]!(clients[who])).status).toBe(status);
  });
});
