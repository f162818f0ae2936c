import { randomInt } from 'node:crypto';
import { ConflictError } from '../errors';
import { mustExist } from '../admin/editRules';
import type { Clock, InviteRepository, UserRepository } from '../ports';
import type { InviteRecord, UserRecord } from '../records';

export const DEFAULT_INVITE_HOURS = 72;
/** No 0/O, 1/I/L, U: the code is read off a screen and typed. 12 of 30 symbols ≈ 59 bits, far beyond guessing. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
const CODE_LENGTH = 12;

type Deps = { users: UserRepository; invites: InviteRepository; clock: Clock };

function newCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** The text a QR of the invite holds: the sign-in page, which redeems it. */
export function inviteLink(labelBaseUrl: string, code: string): string {
  return `${labelBaseUrl}/#/pages/login/index?invite=${code}`;
}

/** A new one-time invite for a staff record; the record's previous invite stops working. */
export async function issueInvite(deps: Deps, admin: UserRecord, userId: string, validForHours = DEFAULT_INVITE_HOURS): Promise<InviteRecord> {
  const user = mustExist(await deps.users.getUser(admin.hospitalId, userId), `User ${userId}`, `用户 ${userId} `);
  if (user.kind === 'guest') throw new ConflictError('A guest is not a staff record; create the staff member first', '访客不是员工账号，请先创建员工');
  const now = deps.clock.now();
  const previous = await deps.invites.currentOf(admin.hospitalId, userId);
  const invite: InviteRecord = {
    code: newCode(),
    hospitalId: admin.hospitalId,
    userId,
    issuedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + validForHours * 3600_000).toISOString(),
    issuedById: admin.id,
    usedAt: null,
    revokedAt: null,
  };
  await deps.invites.issue(invite, previous);
  return invite;
}

/** Revokes the staff record's open invite, if it has one. */
export async function revokeInvite(deps: Deps, admin: UserRecord, userId: string): Promise<void> {
  mustExist(await deps.users.getUser(admin.hospitalId, userId), `User ${userId}`, `用户 ${userId} `);
  const current = await deps.invites.currentOf(admin.hospitalId, userId);
  if (current) await deps.invites.revoke(current, deps.clock.now());
}
