import { ulid } from 'ulid';
import { NotFoundError } from '../errors';
import type { CatalogRepository, Clock, SessionTokens, UserRepository, WeChatAuth } from '../ports';
import type { Hospital, UserRecord } from '../records';

export interface SignInDeps {
  users: UserRepository;
  catalog: CatalogRepository;
  tokens: SessionTokens;
  clock: Clock;
}

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: UserRecord;
  hospital: Hospital;
}

async function hospitalOrThrow(catalog: CatalogRepository, hospitalId: string): Promise<Hospital> {
  const hospital = await catalog.getHospital(hospitalId);
  if (!hospital) throw new NotFoundError(`Hospital ${hospitalId}`, `医院 ${hospitalId} `);
  return hospital;
}

/** The one way a session is made (WeChat, demo and desk PC sign-ins all end here). */
export async function issueSession(deps: SignInDeps, user: UserRecord, hospital: Hospital): Promise<SignedIn> {
  const { token, expiresAt } = await deps.tokens.issue({ userId: user.id, hospitalId: user.hospitalId }, deps.clock.now());
  return { token, expiresAt, user, hospital };
}

/** WeChat sign-in: the wx.login code becomes an openid; a first-time user becomes a reporter. */
export async function signInWithWeChat(deps: SignInDeps & { wechat: WeChatAuth }, code: string, hospitalId: string): Promise<SignedIn> {
  const hospital = await hospitalOrThrow(deps.catalog, hospitalId);
  const { openid } = await deps.wechat.exchangeCode(code);
  const existing = await deps.users.findByOpenid(hospitalId, openid);
  const user =
    existing ??
    (await deps.users.createWithOpenid({
      hospitalId,
      id: `u-${ulid()}`.toLowerCase(),
      name: '微信用户',
      roles: ['reporter'],
      department: null,
      skills: [],
      phone: null,
      openid,
      createdAt: deps.clock.now().toISOString(),
      kind: 'guest',
    }));
  return issueSession(deps, user, hospital);
}

/** Sign in as a seeded user without WeChat: only the local stack allows it (404 elsewhere). */
export async function signInForDevelopment(deps: SignInDeps, allowed: boolean, userId: string, hospitalId: string): Promise<SignedIn> {
  if (!allowed) throw new NotFoundError('This endpoint', '该接口');
  const hospital = await hospitalOrThrow(deps.catalog, hospitalId);
  const user = await deps.users.getUser(hospitalId, userId);
  if (!user) throw new NotFoundError(`User ${userId}`, `用户 ${userId} `);
  return issueSession(deps, user, hospital);
}
