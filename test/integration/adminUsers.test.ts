import type { AdminUserPage } from '../../functions/src/contract/admin';
import { api, type ApiClient } from '../support/api';
import { addUser } from '../support/catalogEdits';
import { createTestHospital, type TestHospital } from '../support/hospital';

/** The admin's people screen: GET /v1/admin/users with search, filters and pages, through the real API. */

let hospital: TestHospital;
let admin: ApiClient;

beforeAll(async () => {
  hospital = await createTestHospital();
  await Promise.all([
    addUser(hospital, { id: 'tech-qian', name: '钱师傅', roles: ['technician'], phone: '13900139003', openid: 'openid-tech-qian', skills: ['power'] }),
    addUser(hospital, { id: 'nurse-old', name: '周护士', roles: ['reporter'], retired: true }),
    addUser(hospital, { id: 'u-guest', name: '微信用户', roles: ['reporter'], kind: 'guest', openid: 'openid-guest-x' }),
  ]);
  admin = await api.as(hospital.hospitalId, hospital.users.admin);
});

const ids = async (query: Record<string, string | number>) => {
  const res = await admin.get<AdminUserPage>('/v1/admin/users', { query });
  expect(res.status).toBe(200);
  return res.body.items.map((u) => u.id);
};

// The seeded staff (staff.ts) plus the three above; written out by hand, in id order (the sort key).
const ALL_STAFF = ['admin', 'desk-wang', 'desk-zhou', 'doctor-wu', 'manager-chen', 'nurse-li', 'nurse-old', 'tech-qian', 'tech-sun', 'tech-zhao'];

describe('the people screen’s list of staff', () => {
  it.each<[string, Record<string, string>, string[]]>([
    ['every staff member, and no guest', {}, ALL_STAFF],
    ['a name', { q: '赵' }, ['tech-zhao']],
    ['a phone number', { q: '13800138001' }, ['nurse-li']],
    ['part of an id', { q: 'desk' }, ['desk-wang', 'desk-zhou']],
    ['a role', { role: 'technician' }, ['tech-qian', 'tech-sun', 'tech-zhao']],
    ['linked to WeChat', { linked: 'true' }, ['tech-qian']],
    ['not linked to WeChat', { linked: 'false', role: 'technician' }, ['tech-sun', 'tech-zhao']],
    ['retired', { retired: 'true' }, ['nurse-old']],
    ['not retired, by role', { retired: 'false', role: 'reporter' }, ['doctor-wu', 'nurse-li']],
    ['nothing that matches', { q: '不存在的人' }, []],
  ])('finds %s', async (_what, query, expected) => {
    expect(await ids({ ...query, limit: 50 })).toEqual(expected);
  });

  it('says whether WeChat is linked but never gives the openid', async () => {
    const res = await admin.get<AdminUserPage>('/v1/admin/users', { query: { q: 'tech-' } });
    expect(res.body.items.map((u) => [u.id, u.linked])).toEqual([['tech-qian', true], ['tech-sun', false], ['tech-zhao', false]]);
    expect(JSON.stringify(res.body)).not.toContain('openid');
  });

  it('pages through every staff member with the cursor', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i++) {
      const res = await admin.get<AdminUserPage>('/v1/admin/users', { query: { limit: 4, cursor } });
      expect(res.body.items.length).toBeLessThanOrEqual(4);
      seen.push(...res.body.items.map((u) => u.id));
      if (!res.body.nextCursor) break;
      cursor = res.body.nextCursor;
    }
    expect(seen).toEqual(ALL_STAFF);
  });

  it('is for admins only', async () => {
    const desk = await api.as(hospital.hospitalId, hospital.users.dispatcher);
    expect((await desk.get('/v1/admin/users')).status).toBe(403);
  });

  it('refuses a cursor of another hospital and an unbounded page', async () => {
    const other = await createTestHospital();
    const otherAdmin = await api.as(other.hospitalId, other.users.admin);
    const page = await otherAdmin.get<AdminUserPage>('/v1/admin/users', { query: { limit: 2 } });
    expect(page.body.nextCursor).not.toBeNull();
    expect((await admin.get('/v1/admin/users', { query: { cursor: page.body.nextCursor! } })).status).toBe(400);
    expect((await admin.get('/v1/admin/users', { query: { limit: 500 } })).status).toBe(400);
  });
});
