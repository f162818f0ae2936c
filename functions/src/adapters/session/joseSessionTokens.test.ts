import { SignJWT } from 'jose';
import { UnauthorizedError } from '../../domain/errors';
import { JoseSessionTokens } from './joseSessionTokens';

const secret = 'a-test-secret-of-at-least-32-characters!';
const key = new TextEncoder().encode(secret);
const tokens = new JoseSessionTokens(secret, 12 * 3600);
const t0 = new Date('2026-11-23T08:00:00Z');
const seconds = (d: Date) => Math.floor(d.getTime() / 1000);
const hours = (n: number) => n * 3600_000;
const at = (ms: number) => new Date(t0.getTime() + ms);

/** A token signed with the right key, with exactly the claims given (so tests can leave any out). */
async function forged(claims: { sub?: string; hid?: string; ver?: number; knd?: string; iat?: number; exp?: number }): Promise<string> {
  const jwt = new SignJWT({ ...(claims.hid ? { hid: claims.hid } : {}), ...(claims.ver !== undefined ? { ver: claims.ver } : {}), ...(claims.knd ? { knd: claims.knd } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('hospital-fault-reporting')
    .setAudience('api');
  if (claims.sub) jwt.setSubject(claims.sub);
  if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
  if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
  return jwt.sign(key);
}

const complete = { sub: 'tech-zhao', hid: 'demo', ver: 0, knd: 'staff', iat: seconds(t0), exp: seconds(t0) + 3600 };

describe('session tokens', () => {
  it('carries the user, hospital, token version and kind', async () => {
    const { token } = await tokens.issue({ userId: 'tech-zhao', hospitalId: 'demo', tokenVersion: 3, kind: 'staff' }, t0);
    expect(await tokens.verify(token, at(hours(1)))).toEqual({ userId: 'tech-zhao', hospitalId: 'demo', tokenVersion: 3, kind: 'staff' });
  });

  it('gives staff 12 hours and guests 30 days', async () => {
    const staff = await tokens.issue({ userId: 'u', hospitalId: 'demo', tokenVersion: 0, kind: 'staff' }, t0);
    const guest = await tokens.issue({ userId: 'g', hospitalId: 'demo', tokenVersion: 0, kind: 'guest' }, t0);
    expect(staff.expiresAt.toISOString()).toBe('2026-11-23T20:00:00.000Z');
    expect(guest.expiresAt.toISOString()).toBe('2026-12-23T08:00:00.000Z');
  });

  it('never issues a staff session longer than 12 hours, whatever the configured length', async () => {
    const long = new JoseSessionTokens(secret, 7 * 24 * 3600);
    const { expiresAt } = await long.issue({ userId: 'u', hospitalId: 'demo', tokenVersion: 0, kind: 'staff' }, t0);
    expect(expiresAt.toISOString()).toBe('2026-11-23T20:00:00.000Z');
  });

  // Each row: the token, when it is presented, and whether it is accepted — written by hand.
  it.each<[string, () => Promise<string>, Date, boolean]>([
    ['a complete staff token within its hour', () => forged(complete), at(hours(0.5)), true],
    ['a token without exp', () => forged({ ...complete, exp: undefined }), at(hours(0.5)), false],
    ['a token without iat', () => forged({ ...complete, iat: undefined }), at(hours(0.5)), false],
    ['a token without a token version', () => forged({ ...complete, ver: undefined }), at(hours(0.5)), false],
    ['a token without a kind', () => forged({ ...complete, knd: undefined }), at(hours(0.5)), false],
    ['a token without a hospital', () => forged({ ...complete, hid: undefined }), at(hours(0.5)), false],
    ['a token past its exp', () => forged(complete), at(hours(2)), false],
    ['a staff token of 13 hours whose exp says a year', () => forged({ ...complete, exp: seconds(t0) + 365 * 24 * 3600 }), at(hours(13)), false],
    ['a staff token of 11 hours whose exp says a year', () => forged({ ...complete, exp: seconds(t0) + 365 * 24 * 3600 }), at(hours(11)), true],
    ['a guest token of 29 days', () => forged({ ...complete, knd: 'guest', exp: seconds(t0) + 365 * 24 * 3600 }), at(hours(29 * 24)), true],
    ['a guest token of 31 days whose exp says a year', () => forged({ ...complete, knd: 'guest', exp: seconds(t0) + 365 * 24 * 3600 }), at(hours(31 * 24)), false],
    ['a token issued an hour in the future', () => forged({ ...complete, iat: seconds(t0) + 3600, exp: seconds(t0) + 7200 }), t0, false],
    ['a token signed with another key', () => new JoseSessionTokens('another-secret-of-at-least-32-characters', 3600).issue({ userId: 'u', hospitalId: 'demo', tokenVersion: 0, kind: 'staff' }, t0).then((s) => s.token), at(hours(0.5)), false],
  ])('%s: accepted %p', async (_what, make, presentedAt, accepted) => {
    const token = await make();
    const outcome = await tokens.verify(token, presentedAt).then(
      () => 'accepted',
      (error: unknown) => (error instanceof UnauthorizedError ? 'refused' : `unexpected ${String(error)}`),
    );
    expect(outcome).toBe(accepted ? 'accepted' : 'refused');
  });
});
