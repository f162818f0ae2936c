import { ConflictError, ForbiddenError, NotFoundError } from '../errors';
import { StaffLinkRefusedError, type InviteRepository, type WeChatAuth, type WeChatPhoneNumbers } from '../ports';
import type { UserRecord } from '../records';
import { normalisePhone, normaliseVerifiedPhone } from './phoneNumbers';
import { issueSession, type SignInDeps, type SignedIn } from './signIn';

const noMatchingStaff = () =>
  new ForbiddenError(
    'No staff record has the phone number WeChat verified; ask your administrator for an invite code',
    '没有与该微信手机号匹配的员工账号，请联系管理员获取邀请码',
  );

const usedInvite = () => new ForbiddenError('This invite code has already been used', '该邀请码已被使用');

/**
 * Links the WeChat account to the one staff record whose mobile number WeChat verifies. The
 * records searched are those of the hospitals the account already signs in to (as a guest after
 * scanning a label) and the deployment's own hospital: one partition query each, no scan.
 */
export async function linkByPhone(
  deps: SignInDeps & { wechat: WeChatAuth; phoneNumbers: WeChatPhoneNumbers },
  input: { code: string; phoneCode: string },
  deploymentHospitalId: string,
): Promise<SignedIn> {
  // One at a time: a bad login code must not spend the phone code (WeChat charges for verifications).
  const { openid } = await deps.wechat.exchangeCode(input.code);
  const wanted = normaliseVerifiedPhone(await deps.phoneNumbers.verifiedPhone(input.phoneCode));
  if (!wanted) throw noMatchingStaff();
  const links = await deps.users.listOpenidLinks(openid);
  const hospitalIds = [...new Set([...links.map((l) => l.hospitalId), deploymentHospitalId])];
  const staff = (await Promise.all(hospitalIds.map((id) => deps.users.listUsers(id))))
    .flat()
    .filter((u) => (u.kind ?? 'staff') === 'staff' && !u.retired && normalisePhone(u.phone) === wanted);
  const [match, ...others] = staff;
  if (!match) throw noMatchingStaff();
  if (others.length > 0) {
    throw new ConflictError('Several staff records have this phone number; ask your administrator for an invite code', '多个员工账号使用该手机号，请联系管理员获取邀请码');
  }
  return issueSession(deps, await link(deps, match, openid));
}

/** Links the WeChat account to the staff record of a one-time invite code, spending the code. */
export async function redeemInvite(
  deps: SignInDeps & { wechat: WeChatAuth; invites: InviteRepository },
  input: { code: string; inviteCode: string },
): Promise<SignedIn> {
  const { openid } = await deps.wechat.exchangeCode(input.code);
  const invite = await deps.invites.get(input.inviteCode.toUpperCase());
  if (!invite) throw new NotFoundError('This invite code', '该邀请码');
  const now = deps.clock.now();
  if (invite.usedAt !== null) throw usedInvite();
  if (invite.revokedAt !== null) throw new ForbiddenError('This invite code has been revoked; ask for a new one', '该邀请码已撤销，请向管理员索取新的邀请码');
  if (Date.parse(invite.expiresAt) <= now.getTime()) throw new ForbiddenError('This invite code has expired; ask for a new one', '该邀请码已过期，请向管理员索取新的邀请码');
  const user = await deps.users.getUser(invite.hospitalId, invite.userId);
  if (!user || user.retired) throw new ForbiddenError('The staff account of this invite is no longer active', '该邀请码对应的员工账号已停用');
  try {
    return issueSession(deps, await link(deps, user, openid, { code: invite.code, at: now }));
  } catch (error) {
    // Two redeems of one code at once: the loser may read the staff record after the winner
    // linked it. The code is spent then, and that is what the loser must hear (403), not
    // "linked to another WeChat account".
    if (error instanceof ConflictError && (await deps.invites.get(invite.code))?.usedAt) throw usedInvite();
    throw error;
  }
}

async function link(deps: Pick<SignInDeps, 'users'>, user: UserRecord, openid: string, invite?: { code: string; at: Date }): Promise<UserRecord> {
  if (user.openid === openid && !invite) return user;
  if (user.openid !== null && user.openid !== openid) {
    throw new ConflictError(
      'This staff account is linked to another WeChat account; ask your administrator to unlink it first',
      '该员工账号已关联其他微信，请联系管理员先解除关联',
    );
  }
  try {
    return await deps.users.linkStaff(user, openid, invite);
  } catch (error) {
    if (!(error instanceof StaffLinkRefusedError)) throw error;
    throw refusal(error);
  }
}

function refusal(error: StaffLinkRefusedError): Error {
  switch (error.reason) {
    case 'invite_unusable':
      return new ForbiddenError('This invite code has been used, revoked or has expired', '该邀请码已使用、已撤销或已过期', { cause: error });
    case 'account_has_staff':
      return new ConflictError('This WeChat account is already linked to another staff record of this hospital', '该微信已关联本院的其他员工账号', { cause: error });
    case 'record_changed':
      return new ConflictError('The staff record changed meanwhile; try again', '该员工账号刚被修改，请重试', { cause: error });
  }
}
