import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import type { Invite, Session } from '../../functions/src/contract/users';
import type { ErrorBody } from '../../functions/src/contract/common';
import type { AdminUser } from '../../functions/src/contract/admin';
import { DynamoInviteRepository } from '../../functions/src/adapters/dynamo/inviteRepository';
import { createDocumentClient } from '../../functions/src/adapters/dynamo/client';
import { api, ApiClient } from '../support/api';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { stackNow } from '../support/localControls';
import { stackEnv } from '../support/env';
import { wechat } from '../support/wechat';

const NOT_KNOWN_ZH = '请扫描现场的报修二维码，或关联您的员工账号';
const PHONE_PATH = '/wxa/business/getuserphonenumber';

let hospital: TestHospital;
let other: TestHospital;
let admin: ApiClient;

beforeAll(async () => {
  [hospital, other] = await Promise.all([createTestHospital(), createTestHospital()]);
  admin = await api.as(hospital.hospitalId, hospital.users.admin);
});

const sceneOf = (h: TestHospital, code = h.rooms.lobby.qrCode) => `${code}@${h.hospitalId}`;
const newAccount = () => `id-${randomUUID().slice(0, 8)}`;
/** An 11-digit mobile number nobody else in the run has. */
const newMobile = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

async function login(who: string, scene?: string) {
  return api.post<Session & ErrorBody>('/v1/auth/login', { code: wechat.code(who), ...(scene ? { scene } : {}) });
}

/** A technician the admin creates through the API, with the mobile number written as people do. */
async function createTechnician(mobile: string): Promise<AdminUser> {
  const id = `tech-${randomUUID().slice(0, 8)}`;
  const created = await admin.post<AdminUser>('/v1/admin/users', {
    id, name: '测试师傅', roles: ['technician'], department: '电工班', skills: ['power'],
    phone: `+86 ${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`, shifts: [], homeBuildingId: null,
  });
  expect(created.status).toBe(201);
  return created.body;
}

async function linkByPhone(who: string, mobile: string) {
  return api.post<Session & ErrorBody>('/v1/auth/link-phone', { code: wechat.code(who), phoneCode: wechat.phoneCode(mobile) });
}

describe('signing in without a staff link', () => {
  it('gives an unlinked account naming a hospital nothing: the body field is gone', async () => {
    const res = await api.post<ErrorBody>('/v1/auth/login', { code: wechat.code(newAccount()), hospitalId: hospital.hospitalId });
    expect(res.status).toBe(403);
    expect(res.body.error.messageZh).toBe(NOT_KNOWN_ZH);
    expect(res.body.error.message).toBe('Scan a label on site, or link your staff account');
  });

  it("makes an account that scans another hospital's label a guest of that label's hospital only", async () => {
    const who = newAccount();
    const atOther = await login(who, sceneOf(other));
    expect(atOther.status).toBe(200);
    expect(atOther.body.user).toMatchObject({ hospitalId: other.hospitalId, kind: 'guest', name: '微信用户', department: null, roles: ['reporter'] });
    const me = await new ApiClient(atOther.body.token).get<{ hospitalId: string }>('/v1/me');
    expect(me.body.hospitalId).toBe(other.hospitalId);
    // Signing in again without a label finds that guest, and nothing in the first hospital.
    const again = await login(who);
    expect(again.body.user).toMatchObject({ id: atOther.body.user.id, hospitalId: other.hospitalId });
  });

  it('creates the guest once, however often the account scans', async () => {
    const who = newAccount();
    const [a, b] = await Promise.all([login(who, sceneOf(hospital)), login(who, sceneOf(hospital, hospital.rooms.ward.qrCode))]);
    expect(a.status).toBe(200);
    expect(b.body.user.id).toBe(a.body.user.id);
  });

  it('refuses a label that does not exist', async () => {
    const res = await login(newAccount(), sceneOf(hospital, 'R-NOPE-0000'));
    expect(res.status).toBe(404);
  });
});

describe('linking staff by the phone number WeChat verifies', () => {
  it('links a technician the admin created, who from then on signs in as themselves', async () => {
    const mobile = newMobile();
    const technician = await createTechnician(mobile);
    const who = newAccount();
    expect((await login(who, sceneOf(hospital))).body.user.kind).toBe('guest');
    const linked = await linkByPhone(who, mobile);
    expect(linked.status).toBe(200);
    expect(linked.body.user).toMatchObject({ id: technician.id, kind: 'staff', roles: ['technician'], hospitalId: hospital.hospitalId });
    expect((await login(who)).body.user.id).toBe(technician.id);
    expect((await login(who, sceneOf(hospital))).body.user.id).toBe(technician.id);
  });

  it('refuses a phone code used twice (WeChat 40029) with a bilingual 401', async () => {
    const mobile = newMobile();
    await createTechnician(mobile);
    const who = newAccount();
    await login(who, sceneOf(hospital));
    const phoneCode = wechat.phoneCode(mobile);
    expect((await api.post('/v1/auth/link-phone', { code: wechat.code(who), phoneCode })).status).toBe(200);
    const twice = await api.post<ErrorBody>('/v1/auth/link-phone', { code: wechat.code(who), phoneCode });
    expect(twice.status).toBe(401);
    expect(twice.body.error.messageZh).toBe('手机号授权码无效或已使用，请重新点击授权');
  });

  it('retries WeChat "busy" (-1) and answers "too frequent" (45011) or lasting busy with a bilingual 429', async () => {
    const mobile = newMobile();
    const technician = await createTechnician(mobile);
    const who = newAccount();
    await login(who, sceneOf(hospital));
    await wechat.fault({ path: PHONE_PATH, errcode: -1, times: 1 });
    const afterBusy = await linkByPhone(who, mobile);
    expect(afterBusy.status).toBe(200);
    expect(afterBusy.body.user.id).toBe(technician.id);

    await wechat.fault({ path: PHONE_PATH, errcode: 45011 });
    const tooFrequent = await linkByPhone(who, mobile);
    expect(tooFrequent.status).toBe(429);
    expect(tooFrequent.body.error.messageZh).toBe('手机号验证过于频繁，请一分钟后再试');

    await wechat.fault({ path: PHONE_PATH, errcode: -1, times: 3 });
    const busy = await linkByPhone(who, mobile);
    expect(busy.status).toBe(429);
    expect(busy.body.error.messageZh).toBe('微信服务繁忙，请稍后再试');
  });

  it('refuses a number no staff record has, and never links a guest record', async () => {
    const who = newAccount();
    await login(who, sceneOf(hospital));
    const res = await linkByPhone(who, newMobile());
    expect(res.status).toBe(403);
    expect(res.body.error.messageZh).toBe('没有与该微信手机号匹配的员工账号，请联系管理员获取邀请码');
  });

  it('refuses a staff record already linked to another WeChat account', async () => {
    const mobile = newMobile();
    await createTechnician(mobile);
    const first = newAccount();
    await login(first, sceneOf(hospital));
    expect((await linkByPhone(first, mobile)).status).toBe(200);
    const second = newAccount();
    await login(second, sceneOf(hospital));
    expect((await linkByPhone(second, mobile)).status).toBe(409);
  });
});

describe('one-time invite codes', () => {
  const issue = (userId: string, query: Record<string, number> = {}) => admin.post<Invite>(`/v1/admin/users/${userId}/invite`, undefined, { query });
  const redeem = (who: string, inviteCode: string) => api.post<Session & ErrorBody>('/v1/auth/redeem-invite', { code: wechat.code(who), inviteCode });

  it('links the staff record of the code, once', async () => {
    const technician = await createTechnician(newMobile());
    const invite = await issue(technician.id);
    expect(invite.status).toBe(201);
    expect(invite.body.link).toContain(`/#/pages/login/index?invite=${invite.body.inviteCode}`);
    const redeemed = await redeem(newAccount(), invite.body.inviteCode);
    expect(redeemed.status).toBe(200);
    expect(redeemed.body.user).toMatchObject({ id: technician.id, kind: 'staff' });
    const used = await redeem(newAccount(), invite.body.inviteCode);
    expect(used.status).toBe(403);
    expect(used.body.error.messageZh).toBe('该邀请码已被使用');
  });

  it('refuses a revoked code, and a code replaced by a newer one', async () => {
    const technician = await createTechnician(newMobile());
    const first = await issue(technician.id);
    const second = await issue(technician.id);
    expect((await redeem(newAccount(), first.body.inviteCode)).body.error.messageZh).toBe('该邀请码已撤销，请向管理员索取新的邀请码');
    expect((await admin.delete(`/v1/admin/users/${technician.id}/invite`)).status).toBe(204);
    const revoked = await redeem(newAccount(), second.body.inviteCode);
    expect(revoked.status).toBe(403);
    expect(revoked.body.error.messageZh).toBe('该邀请码已撤销，请向管理员索取新的邀请码');
  });

  it('refuses an expired code', async () => {
    const technician = await createTechnician(newMobile());
    const now = await stackNow();
    const doc = createDocumentClient({ endpoint: stackEnv('DYNAMODB_ENDPOINT'), region: 'cn-north-1' });
    const code = `EXP${randomUUID().replaceAll('-', '').slice(0, 9).toUpperCase()}`;
    try {
      await new DynamoInviteRepository(doc, stackEnv('TABLE_NAME')).issue(
        { code, hospitalId: hospital.hospitalId, userId: technician.id, issuedAt: new Date(now.getTime() - 73 * 3600_000).toISOString(), expiresAt: new Date(now.getTime() - 3600_000).toISOString(), issuedById: 'admin', usedAt: null, revokedAt: null },
        null,
      );
    } finally {
      doc.destroy();
    }
    const expired = await redeem(newAccount(), code);
    expect(expired.status).toBe(403);
    expect(expired.body.error.messageZh).toBe('该邀请码已过期，请向管理员索取新的邀请码');
  });

  it('lets exactly one of two simultaneous redeems of one code win', async () => {
    const technician = await createTechnician(newMobile());
    const invite = await issue(technician.id);
    const results = await Promise.all([redeem(newAccount(), invite.body.inviteCode), redeem(newAccount(), invite.body.inviteCode)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 403]);
  });
});

describe('sessions', () => {
  const secret = readFileSync(join(__dirname, '..', '..', '.local-data', 'session-secret'), 'utf8').trim();

  /** A token signed with the stack's own secret (as a leaked or replayed one would be), with the claims given. */
  async function signed(claims: { sub: string; hid: string; ver?: number; knd?: string; iat?: number; exp?: number }): Promise<string> {
    const jwt = new SignJWT({ hid: claims.hid, ...(claims.ver !== undefined ? { ver: claims.ver } : {}), ...(claims.knd ? { knd: claims.knd } : {}) })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub)
      .setIssuer('hospital-fault-reporting')
      .setAudience('api');
    if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
    if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
    return jwt.sign(new TextEncoder().encode(secret));
  }

  it('answers each token as the table says', async () => {
    const now = Math.floor((await stackNow()).getTime() / 1000);
    const nurse = hospital.users.nurse;
    const base = { sub: nurse, hid: hospital.hospitalId, ver: 0, knd: 'staff' };
    // What each token gets from GET /v1/me, written by hand.
    const table: [string, Promise<string>, number][] = [
      ['a complete staff token', signed({ ...base, iat: now - 60, exp: now + 3600 }), 200],
      ['no exp', signed({ ...base, iat: now - 60 }), 401],
      ['no iat', signed({ ...base, exp: now + 3600 }), 401],
      ['staff, 13 hours old, exp a year on', signed({ ...base, iat: now - 13 * 3600, exp: now + 365 * 86400 }), 401],
      ['staff, claiming to be a guest to get 30 days', signed({ ...base, knd: 'guest', iat: now - 13 * 3600, exp: now + 365 * 86400 }), 401],
      ['no token version', signed({ ...base, ver: undefined, iat: now - 60, exp: now + 3600 }), 401],
    ];
    const outcomes = await Promise.all(table.map(async ([what, token]) => [what, (await new ApiClient(await token).get('/v1/me')).status]));
    expect(outcomes).toEqual(table.map(([what, , status]) => [what, status]));
  });

  it("ends a retired user's sessions at once", async () => {
    const technician = await createTechnician(newMobile());
    const session = await api.as(hospital.hospitalId, technician.id);
    expect((await session.get('/v1/me')).status).toBe(200);
    expect((await admin.delete(`/v1/admin/users/${technician.id}`, { query: { version: technician.version } })).status).toBe(200);
    const after = await session.get<ErrorBody>('/v1/me');
    expect(after.status).toBe(401);
    expect(after.body.error.messageZh).toBe('该账号已停用');
  });

  it('ends the sessions of an unlinked staff member, whose account signs in as its guest again', async () => {
    const mobile = newMobile();
    const technician = await createTechnician(mobile);
    const who = newAccount();
    const guest = await login(who, sceneOf(hospital));
    const linked = await linkByPhone(who, mobile);
    const session = new ApiClient(linked.body.token);
    expect((await session.get('/v1/me')).status).toBe(200);
    const unlinked = await admin.post<AdminUser>(`/v1/admin/users/${technician.id}/unlink`);
    expect(unlinked.status).toBe(200);
    expect(unlinked.body.linked).toBe(false);
    const after = await session.get<ErrorBody>('/v1/me');
    expect(after.status).toBe(401);
    expect(after.body.error.messageZh).toBe('该登录已失效，请重新登录');
    expect((await login(who)).body.user).toMatchObject({ id: guest.body.user.id, kind: 'guest' });
  });

  it('ends the sessions when the admin changes the phone number (a relink)', async () => {
    const mobile = newMobile();
    const technician = await createTechnician(mobile);
    const who = newAccount();
    await login(who, sceneOf(hospital));
    const session = new ApiClient((await linkByPhone(who, mobile)).body.token);
    // Linking moved the record one version on.
    const { id, version, retired: _retired, linked: _linked, ...fields } = technician;
    const changed = await admin.put<AdminUser>(`/v1/admin/users/${id}`, { ...fields, version: version + 1, phone: newMobile() });
    expect(changed.status).toBe(200);
    expect(changed.body.linked).toBe(false);
    expect((await session.get('/v1/me')).status).toBe(401);
  });
});
