import { notifyRoles, notifyUsers } from '../notifications';
import { burstGroupAt, burstPosition, withoutDeskAlerts } from './reportBurst';

const rule = { minReports: 3, windowMinutes: 10 };

describe('bursts of reports at one place', () => {
  it('groups the reports of a room and category by 10-minute window', () => {
    const group = burstGroupAt('B5-0201', 'power', rule, new Date('2026-12-01T12:34:56.000Z'));
    expect(group).toEqual({ locationId: 'B5-0201', categoryCode: 'power', windowSeconds: 600, startEpoch: 1796128200, endEpoch: 1796128800, expiresAtEpoch: 1796132400 });
  });

  it.each([
    // reports before this one, the group's first ticket, → this report's number, grouped?
    [null, null, 1, false],
    [1, 'T1', 2, false],
    [2, 'T1', 3, true],
    [19, 'T1', 20, true],
  ] as const)('after %s report(s) (first %s), the next is number %i, grouped: %s', (before, first, number, grouped) => {
    const counter = before === null ? null : { reports: before, firstTicketId: first! };
    expect(burstPosition(counter, rule)).toEqual({ reports: number, grouped, leadTicketId: first });
  });

  it('never groups a first report, even where the hospital set the threshold to 1', () => {
    expect(burstPosition(null, { minReports: 1, windowMinutes: 10 }).grouped).toBe(false);
    expect(burstPosition({ reports: 1, firstTicketId: 'T1' }, { minReports: 1, windowMinutes: 10 }).grouped).toBe(true);
  });

  it("takes the desk out of a folded report's alerts and leaves everyone else's", () => {
    const intents = [
      notifyRoles('emergency_reported', ['dispatcher', 'manager']),
      notifyRoles('content_flagged', ['dispatcher'], true),
      notifyUsers('job_offered', ['tech-zhao']),
    ];
    expect(withoutDeskAlerts(intents)).toEqual([
      { kind: 'emergency_reported', userIds: [], roles: ['manager'], onShiftOnly: false },
      { kind: 'job_offered', userIds: ['tech-zhao'], roles: [], onShiftOnly: false },
    ]);
  });
});
