import type { PcLoginStarted, PcLoginStatus } from '../../functions/src/contract/pcLogin';
import type { User } from '../../functions/src/contract/users';
import { ApiClient, api } from '../support/api';
import { addUser } from '../support/catalogEdits';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { advanceClock, stackNow } from '../support/localControls';

/**
 * The desk PC's sign-in by scan, through the real API: the PC starts a request and polls it with
 * its secret; a signed-in staff member confirms it from the phone; the PC gets one session.
 */

let hospital: TestHospital;
let desk: ApiClient;
let guest: ApiClient;

beforeAll(async () => {
  hospital = await createTestHospital();
  // A WeChat account that is not linked to a staff record (a patient who scanned a label).
  await addUser(hospital, { id: 'guest-1', name: '微信用户', roles: ['reporter'], kind: 'guest', openid: 'openid-pc-guest' });
  [desk, guest] = await Promise.all([api.as(hospital.hospitalId, hospital.users.dispatcher), api.as(hospital.hospitalId, 'guest-1')]);
});

async function start(): Promise<PcLoginStarted> {
  const res = await api.post<PcLoginStarted>('/v1/auth/pc-login');
  expect(res.status).toBe(201);
  return res.body;
}

const poll = (r: PcLoginStarted, secret = r.pollSecret) => api.get<PcLoginStatus>(`/v1/auth/pc-login/${r.requestId}`, { query: { secret } });
const confirm = (client: ApiClient, r: PcLoginStarted) => client.post(`/v1/auth/pc-login/${r.requestId}/confirm`);

describe('a desk PC signing in by scan', () => {
  it('shows a link to the confirm page that carries the request id but not the poll secret, for two minutes', async () => {
    const before = await stackNow();
    const r = await start();
    expect(r.link).toMatch(new RegExp(`/#/pages/pclogin/index\\?r=${r.requestId}$`));
    expect(r.link).not.toContain(r.pollSecret);
    expect(r.requestId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(r.pollSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The handlers' clock (other test files may have moved it forward): two minutes from the start.
    const lifetimeMs = Date.parse(r.expiresAt) - before.getTime();
    expect(lifetimeMs).toBeGreaterThanOrEqual(120_000);
    expect(lifetimeMs).toBeLessThan(180_000);
  });

  it('answers a poll with pending until someone confirms', async () => {
    const r = await start();
    const res = await poll(r);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'pending' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('gives the PC a session for the staff member who confirmed, once', async () => {
    const r = await start();
    expect((await confirm(desk, r)).status).toBe(200);

    const first = await poll(r);
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('confirmed');
    expect(first.body.session?.user).toMatchObject({ id: 'desk-wang', name: '王调度', roles: ['dispatcher'], hospitalId: hospital.hospitalId });
    const me = await new ApiClient(first.body.session!.token).get<User>('/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.id).toBe('desk-wang');

    const second = await poll(r);
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ status: 'confirmed' });
  });

  it('hands the session to only one of two polls racing for it', async () => {
    const r = await start();
    expect((await confirm(desk, r)).status).toBe(200);
    const answers = await Promise.all([poll(r), poll(r), poll(r)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.filter((a) => a.body.session !== undefined)).toHaveLength(1);
  });

  // Written by hand: what each attempt on a request is answered.
  const refusals: [string, (r: PcLoginStarted) => Promise<{ status: number }>, number][] = [
    ['a poll with a wrong secret', (r) => poll(r, 'x'.repeat(43)), 404],
    ['a poll with a malformed secret', (r) => poll(r, 'short'), 400],
    ['a confirmation by a guest', (r) => confirm(guest, r), 403],
    ['a confirmation without signing in', (r) => confirm(api, r), 401],
  ];
  it.each(refusals)('refuses %s', async (_what, attempt, status) => {
    const r = await start();
    expect((await attempt(r)).status).toBe(status);
    // …and the request is still pending, for the PC and for a staff member.
    expect((await poll(r)).body).toEqual({ status: 'pending' });
  });

  it('answers a poll of an unknown request as not found', async () => {
    const res = await api.get(`/v1/auth/pc-login/${'A'.repeat(22)}`, { query: { secret: 'x'.repeat(43) } });
    expect(res.status).toBe(404);
    expect((await desk.post(`/v1/auth/pc-login/${'A'.repeat(22)}/confirm`)).status).toBe(404);
  });

  it('refuses a second confirmation of a used request', async () => {
    const r = await start();
    expect((await confirm(desk, r)).status).toBe(200);
    expect((await poll(r)).body.session).toBeDefined();
    const again = await confirm(desk, r);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'conflict' } });
  });

  it('lets a request die on expiry: the PC is told, and a late confirmation is refused', async () => {
    const r = await start();
    await advanceClock(3);
    expect((await poll(r)).body).toEqual({ status: 'expired' });
    expect((await confirm(desk, r)).status).toBe(409);
    expect((await poll(r)).body).toEqual({ status: 'expired' });
  });
});
