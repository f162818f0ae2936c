import { ConflictError, ForbiddenError } from '../errors';
import type { InviteRepository, UserRepository } from '../ports';
import type { InviteRecord } from '../records';
import { aUser } from '../testing/factories';
import { redeemInvite } from './linkStaff';
import type { SignInDeps } from './signIn';

const NOW = new Date('2026-12-01T08:00:00.000Z');
const openInvite: InviteRecord = {
  code: 'ABCDEFGHJKMN',
  hospitalId: 'h1',
  userId: 'tech-new',
  issuedAt: '2026-12-01T07:00:00.000Z',
  expiresAt: '2026-12-04T07:00:00.000Z',
  issuedById: 'admin',
  usedAt: null,
  revokedAt: null,
};

/** The loser of two simultaneous redeems: it read the invite open, then the staff record already linked by the winner. */
function loserDeps(inviteAfterwards: InviteRecord) {
  const reads = [openInvite, inviteAfterwards];
  const invites = { get: jest.fn(async () => reads.shift() ?? inviteAfterwards) } as unknown as InviteRepository;
  const users = {
    getUser: jest.fn(async () => aUser({ id: 'tech-new', roles: ['technician'], openid: 'winner-openid', version: 1 })),
    linkStaff: jest.fn(),
  } as unknown as UserRepository;
  const deps = {
    users,
    invites,
    wechat: { exchangeCode: async () => ({ openid: 'loser-openid' }) },
    catalog: {} as SignInDeps['catalog'],
    tokens: {} as SignInDeps['tokens'],
    clock: { now: () => NOW },
  };
  return deps as unknown as Parameters<typeof redeemInvite>[0];
}

describe('redeemInvite', () => {
  it('tells the loser of a simultaneous redeem that the code is used (403), not that the record is linked elsewhere', async () => {
    const deps = loserDeps({ ...openInvite, usedAt: '2026-12-01T07:59:59.000Z' });
    const refusal = redeemInvite(deps, { code: 'wx-code', inviteCode: openInvite.code.toLowerCase() });
    await expect(refusal).rejects.toBeInstanceOf(ForbiddenError);
    await expect(refusal).rejects.toMatchObject({ messageZh: '该邀请码已被使用' });
    expect(deps.users.linkStaff).not.toHaveBeenCalled();
  });

  it('still says "linked to another WeChat account" when an open invite was issued for a linked record', async () => {
    const deps = loserDeps(openInvite);
    await expect(redeemInvite(deps, { code: 'wx-code', inviteCode: openInvite.code })).rejects.toBeInstanceOf(ConflictError);
  });
});
