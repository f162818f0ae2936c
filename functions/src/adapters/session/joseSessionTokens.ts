import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { UnauthorizedError } from '../../domain/errors';
import type { SessionClaims, SessionTokens } from '../../domain/ports';

const ISSUER = 'hospital-fault-reporting';
const AUDIENCE = 'api';

/** Session tokens: HS256 JWTs signed with the deployment's secret (from SSM in the cloud). */
export class JoseSessionTokens implements SessionTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(claims: SessionClaims, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + this.ttlSeconds) * 1000);
    const token = await new SignJWT({ hid: claims.hospitalId })
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
      });
      if (typeof payload.sub !== 'string' || typeof payload.hid !== 'string') throw new Error('claims missing');
      return { userId: payload.sub, hospitalId: payload.hid };
    } catch (error) {
      const expired = error instanceof joseErrors.JWTExpired;
      throw new UnauthorizedError(
        expired ? 'The session has expired; sign in again' : 'The session token is not valid',
        expired ? '登录已过期，请重新登录' : '登录凭证无效，请重新登录',
        { cause: error },
      );
    }
  }
}
