import { SignJWT, jwtVerify, errors as joseErrors, type JWTPayload } from 'jose';
import { UnauthorizedError } from '../../domain/errors';
import type { SessionClaims, SessionTokens } from '../../domain/ports';
import type { UserKind } from '../../domain/records';

const ISSUER = 'hospital-fault-reporting';
const AUDIENCE = 'api';

/** The longest a session may last, whatever its `exp` says: a staff member's shift, a guest's month of following a repair. */
export const MAX_SESSION_AGE_SECONDS: Readonly<Record<UserKind, number>> = { staff: 12 * 3600, guest: 30 * 24 * 3600 };
/** A token issued this far in the future is forged or from a broken clock. */
const CLOCK_SKEW_SECONDS = 60;

class InvalidClaims extends Error {
  constructor(what: string) {
    super(what);
    this.name = 'InvalidClaims';
  }
}

/**
 * Session tokens: HS256 JWTs signed with the deployment's secret (from SSM in the cloud). A token
 * carries the user, the hospital, the user's kind and token version; `exp` and `iat` are required,
 * and a token older than its kind's maximum age is refused even if its `exp` is later.
 */
export class JoseSessionTokens implements SessionTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    /** The staff session length (capped at the staff maximum age); guests get the guest maximum. */
    private readonly staffTtlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(claims: SessionClaims, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const ttl = claims.kind === 'guest' ? MAX_SESSION_AGE_SECONDS.guest : Math.min(this.staffTtlSeconds, MAX_SESSION_AGE_SECONDS.staff);
    const expiresAt = new Date((issuedAt + ttl) * 1000);
    const token = await new SignJWT({ hid: claims.hospitalId, ver: claims.tokenVersion, knd: claims.kind })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  async verify(token: string, now: Date): Promise<SessionClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        currentDate: now,
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      return claimsOf(payload, Math.floor(now.getTime() / 1000));
    } catch (error) {
      const expired = error instanceof joseErrors.JWTExpired;
      throw new UnauthorizedError(
        expired ? 'The session has expired; sign in again' : 'The session token is not valid; sign in again',
        expired ? '登录已过期，请重新登录' : '登录凭证无效，请重新登录',
        { cause: error },
      );
    }
  }
}

function claimsOf(payload: JWTPayload, nowSeconds: number): SessionClaims {
  const { sub, hid, ver, knd, iat } = payload;
  if (typeof sub !== 'string' || typeof hid !== 'string') throw new InvalidClaims('subject or hospital missing');
  if (typeof ver !== 'number' || !Number.isInteger(ver) || ver < 0) throw new InvalidClaims('token version missing');
  if (knd !== 'staff' && knd !== 'guest') throw new InvalidClaims('kind missing');
  if (typeof iat !== 'number') throw new InvalidClaims('iat missing');
  if (iat > nowSeconds + CLOCK_SKEW_SECONDS) throw new InvalidClaims('issued in the future');
  // Past the maximum age counts as expired, whatever exp says.
  if (nowSeconds - iat > MAX_SESSION_AGE_SECONDS[knd]) throw new joseErrors.JWTExpired('older than the maximum session age', payload, 'iat', 'check_failed');
  return { userId: sub, hospitalId: hid, tokenVersion: ver, kind: knd };
}
