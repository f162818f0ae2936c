import { aTicket, aUser, people } from '../testing/factories';
import { decideDispute, raiseDispute } from './disputes';

const ZONE = 'Asia/Shanghai';
const otisManager = aUser({ id: 'otis-wang', roles: ['vendor_manager'], vendorId: 'otis' });
const now = new Date('2026-12-03T02:00:00.000Z');
const job = aTicket({ id: 't9', number: 'BX20261120-0009', vendorId: 'otis', status: 'closed', createdAt: '2026-11-20T02:00:00.000Z' });
const raise = { vendorId: 'otis', month: '2026-11', measure: 'acceptOnTimeRate' as const, reason: '电梯厅停电，无法接单', raisedBy: otisManager, now };

describe('a dispute', () => {
  it('is raised on a job of the vendor created in that month, open, one per ticket and measure', () => {
    expect(raiseDispute(raise, job, ZONE)).toEqual({
      hospitalId: 'h1', id: 't9-acceptOnTimeRate', vendorId: 'otis', month: '2026-11', ticketId: 't9', ticketNumber: 'BX20261120-0009', measure: 'acceptOnTimeRate',
      reason: '电梯厅停电，无法接单', raisedAt: '2026-12-03T02:00:00.000Z', raisedById: 'otis-wang', status: 'open', decidedAt: null, decidedById: null, decisionReason: null,
    });
  });

  it("refuses another vendor's job, a job of another month, a missing one and a cancelled one", () => {
    expect(() => raiseDispute(raise, { ...job, vendorId: 'kone' }, ZONE)).toThrow('not one of this vendor');
    // 2026-11-30T16:30Z is already December in Shanghai
    expect(() => raiseDispute(raise, { ...job, createdAt: '2026-11-30T16:30:00.000Z' }, ZONE)).toThrow('not one of this vendor');
    expect(() => raiseDispute(raise, null, ZONE)).toThrow('not one of this vendor');
    expect(() => raiseDispute(raise, { ...job, status: 'cancelled' }, ZONE)).toThrow('A cancelled ticket counts on no measure');
  });

  it('is decided once, accepted or rejected, with the reason and who decided', () => {
    const open = raiseDispute(raise, job, ZONE);
    const accepted = decideDispute(open, true, '停电属实', people.manager, now);
    expect(accepted).toMatchObject({ status: 'accepted', decisionReason: '停电属实', decidedById: 'manager-chen', decidedAt: '2026-12-03T02:00:00.000Z' });
    expect(decideDispute(open, false, '未见停电记录', people.manager, now).status).toBe('rejected');
    expect(() => decideDispute(accepted, false, '改判', people.manager, now)).toThrow('decided already');
  });
});
