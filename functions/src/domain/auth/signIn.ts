import { ulid } from 'ulid';
import { ForbiddenError, NotFoundError } from '../errors';
import { checkLabel } from '../catalog/resolvePlace';
import type { CatalogRepository, Clock, SessionTokens, UserRepository, WeChatAuth } from '../ports';
import type { Hospital, OpenidLink, UserRecord } from '../records';
import { parseLabelScene } from './labelScene';

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

/** A guest's name until they are linked; the app shows it translated. */
const GUEST_NAME = '微信用户';

export async function hospitalOrThrow(catalog: CatalogRepository, hospitalId: string): Promise<Hospital> {
  const hospital = await catalog.getHospital(hospitalId);
  if (!hospital) throw new NotFoundError(`Hospital ${hospitalId}`, `医院 ${hospitalId} `);
  return hospital;
}

export async function issueSession(deps: Pick<SignInDeps, 'tokens' | 'clock' | 'catalog'>, user: UserRecord, hospital?: Hospital): Promise<SignedIn> {
  const claims = { userId: user.id, hospitalId: user.hospitalId, tokenVersion: user.tokenVersion ?? 0, kind: user.kind ?? 'staff' };
  const [{ token, expiresAt }, ofUser] = await Promise.all([
    deps.tokens.issue(claims, deps.clock.now()),
    hospital ? Promise.resolve(hospital) : hospitalOrThrow(deps.catalog, user.hospitalId),
  ]);
  return { token, expiresAt, user, hospital: ofUser };
}

/** The staff record a link names, while that record still holds the link and works. */
async function linkedStaff(users: UserRepository, link: OpenidLink | null): Promise<UserRecord | null> {
  if (!link?.staffUserId) return null;
  const user = await users.getUser(link.hospitalId, link.staffUserId);
  return user && !user.retired && user.openid === link.openid ? user : null;
}

async function existingGuest(users: UserRepository, link: OpenidLink | null): Promise<UserRecord | null> {
  if (!link?.guestUserId) return null;
  return users.getUser(link.hospitalId, link.guestUserId);
}

function refuseRetired(user: UserRecord): UserRecord {
  if (user.retired) throw new ForbiddenError('This account has been disabled', '该账号已停用');
  return user;
}

/**
 * WeChat sign-in. With the scanned label (`scene`) the hospital is the label's: an account linked
 * to a staff record there signs in as that person, anyone else as the hospital's guest for this
 * account (created once). Without a label only an account already known signs in (staff first).
 */
export async function signInWithWeChat(
  deps: SignInDeps & { wechat: WeChatAuth },
  input: { code: string; scene?: string },
  deploymentHospitalId: string,
): Promise<SignedIn> {
  if (!input.scene) return signInKnownAccount(deps, (await deps.wechat.exchangeCode(input.code)).openid);
  const label = parseLabelScene(input.scene, deploymentHospitalId);
  const [hospital, qr] = await Promise.all([deps.catalog.getHospital(label.hospitalId), deps.catalog.getQrCode(label.hospitalId, label.code)]);
  if (!hospital || !qr) throw new NotFoundError(`QR code ${input.scene}`, `二维码 ${input.scene} `);
  checkLabel(qr);
  const { openid } = await deps.wechat.exchangeCode(input.code);
  const link = await deps.users.getOpenidLink(openid, hospital.id);
  const user = (await linkedStaff(deps.users, link)) ?? (await existingGuest(deps.users, link)) ?? (await createGuest(deps, hospital.id, openid));
  return issueSession(deps, refuseRetired(user), hospital);
}

async function signInKnownAccount(deps: SignInDeps, openid: string): Promise<SignedIn> {
  const links = await deps.users.listOpenidLinks(openid);
  for (const link of links) {
    const staff = await linkedStaff(deps.users, link);
    if (staff) return issueSession(deps, staff);
  }
  for (const link of links) {
    const guest = await existingGuest(deps.users, link);
    if (guest) return issueSession(deps, refuseRetired(guest));
  }
  throw new ForbiddenError('Scan a label on site, or link your staff account', '请扫描现场的报修二维码，或关联您的员工账号');
}

function createGuest(deps: SignInDeps, hospitalId: string, openid: string): Promise<UserRecord> {
  return deps.users.createGuest({
    hospitalId,
    id: `u-${ulid()}`.toLowerCase(),
    name: GUEST_NAME,
    roles: ['reporter'],
    department: null,
    skills: [],
    phone: null,
    openid,
    createdAt: deps.clock.now().toISOString(),
    kind: 'guest',
  });
}

/** Sign in as a seeded user without WeChat: only the local stack allows it (404 elsewhere). */
export async function signInForDevelopment(deps: SignInDeps, allowed: boolean, userId: string, hospitalId: string): Promise<SignedIn> {
  if (!allowed) throw new NotFoundError('This endpoint', '该接口');
  const hospital = await hospitalOrThrow(deps.catalog, hospitalId);
  const user = await deps.users.getUser(hospitalId, userId);
  if (!user) throw new NotFoundError(`User ${userId}`, `用户 ${userId} `);
  return issueSession(deps, user, hospital);
}
