import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError } from '../errors';
import { can } from '../policy/can';
import type { UserRecord } from '../records';
import type { PcLoginRepository, PcLoginRequestRecord } from './pcLoginPort';
import { issueSession, type SignedIn, type SignInDeps } from './signIn';

/**
 * A desk PC signs in the way Chinese web apps do: it shows a QR of a one-time request, a
 * signed-in staff member scans it with the mini-program and confirms, and the PC, polling with
 * a secret only it holds, receives a session for that person — once. The QR carries the request
 * id only; knowing it lets nobody take the session.
 */

/** Long enough to walk to the PC and scan; short enough that a photographed QR is soon worthless. */
export const PC_LOGIN_TTL_SECONDS = 120;

type Deps = { pcLogins: PcLoginRepository };

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('base64url');

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const isExpired = (request: PcLoginRequestRecord, now: Date) => Date.parse(request.expiresAt) <= now.getTime();

export interface PcLoginStart {
  requestId: string;
  pollSecret: string;
  link: string;
  expiresAt: Date;
}

/** `linkBase`: the H5 app's address; the link opens the mini-program's confirm page for this request. */
export async function startPcLogin(deps: Deps, linkBase: string, now: Date): Promise<PcLoginStart> {
  const requestId = randomBytes(16).toString('base64url');
  const pollSecret = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + PC_LOGIN_TTL_SECONDS * 1000);
  await deps.pcLogins.create({
    id: requestId,
    secretHash: hashOf(pollSecret),
    status: 'pending',
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
    hospitalId: null,
    userId: null,
  });
  return { requestId, pollSecret, link: `${linkBase}/#/pages/pclogin/index?r=${requestId}`, expiresAt };
}

export type PcLoginPoll = { status: 'pending' | 'expired' } | { status: 'confirmed'; session: SignedIn | null };

/**
 * The PC's poll. A wrong secret is answered as an unknown request (404), so the id alone reveals
 * nothing. The first poll after the confirmation takes the session; every later one learns only
 * that it was confirmed.
 */
export async function pollPcLogin(deps: Deps & SignInDeps, requestId: string, secret: string, now: Date): Promise<PcLoginPoll> {
  const request = await deps.pcLogins.get(requestId);
  if (!request || !sameHash(request.secretHash, hashOf(secret))) throw new NotFoundError('This sign-in request', '该登录请求');
  if (request.status === 'used') return { status: 'confirmed', session: null };
  if (isExpired(request, now)) return { status: 'expired' };
  if (request.status === 'pending') return { status: 'pending' };
  if (!(await deps.pcLogins.markUsed(requestId))) return { status: 'confirmed', session: null };
  return { status: 'confirmed', session: await sessionFor(deps, request) };
}

async function sessionFor(deps: SignInDeps, request: PcLoginRequestRecord): Promise<SignedIn> {
  const [user, hospital] = await Promise.all([
    deps.users.getUser(request.hospitalId ?? '', request.userId ?? ''),
    deps.catalog.getHospital(request.hospitalId ?? ''),
  ]);
  // Retired between the confirmation and this poll: no session.
  if (!user || user.retired || !hospital) throw new UnauthorizedError('This account can no longer sign in', '该账号已无法登录');
  return issueSession(deps, user, hospital);
}

/** The staff member's yes on the phone; guests are refused by the policy. */
export async function confirmPcLogin(deps: Deps, user: UserRecord, requestId: string, now: Date): Promise<void> {
  if (!can(user, 'confirmPcLogin', null)) {
    throw new ForbiddenError('Only staff can sign a desk PC in; link your staff account first', '只有医院员工可以登录电脑端，请先绑定员工账号');
  }
  if (await deps.pcLogins.confirm(requestId, { hospitalId: user.hospitalId, userId: user.id }, now)) return;
  const request = await deps.pcLogins.get(requestId);
  if (!request) throw new NotFoundError('This sign-in request', '该登录请求');
  throw new ConflictError('This sign-in code has expired or was used: show a new one on the PC', '该登录二维码已过期或已使用，请在电脑上刷新二维码');
}
