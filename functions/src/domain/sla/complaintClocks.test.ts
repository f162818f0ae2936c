import type { Complaint } from '../records';
import { complaintClocks, isComplaintOpen } from './complaintClocks';

/** Opened at 10:00 by a 2-star rating: respond by 12:00, resolve by 10:00 next day, call back by 10:00 the day after. */
const opened: Complaint = {
  openedAt: '2026-11-23T10:00:00.000Z',
  respondBy: '2026-11-23T12:00:00.000Z',
  resolveBy: '2026-11-24T10:00:00.000Z',
  callbackBy: '2026-11-25T10:00:00.000Z',
  respondedAt: null,
  resolvedAt: null,
  calledBackAt: null,
};

describe('a complaint’s three clocks', () => {
  it('shows the missed response in red with its escalation, the others running', () => {
    const clocks = complaintClocks(opened, [{ kind: 'complaint_respond', level: 1, at: '2026-11-23T12:01:00.000Z' }], new Date('2026-11-23T12:45:00Z'));
    expect(clocks).toEqual([
      { step: 'respond', dueAt: '2026-11-23T12:00:00.000Z', doneAt: null, state: 'breached', late: true, overdueMinutes: 45, escalationLevel: 1 },
      { step: 'resolve', dueAt: '2026-11-24T10:00:00.000Z', doneAt: null, state: 'running', late: false, overdueMinutes: 0, escalationLevel: 0 },
      { step: 'callback', dueAt: '2026-11-25T10:00:00.000Z', doneAt: null, state: 'running', late: false, overdueMinutes: 0, escalationLevel: 0 },
    ]);
  });

  it('keeps a step recorded late as done, and how late it was', () => {
    const clocks = complaintClocks({ ...opened, respondedAt: '2026-11-23T12:20:00.000Z' }, [], new Date('2026-11-23T15:00:00Z'));
    expect(clocks[0]).toMatchObject({ state: 'done', late: true, overdueMinutes: 20 });
  });

  it('is open until all three steps are recorded', () => {
    expect(isComplaintOpen(null)).toBe(false);
    expect(isComplaintOpen({ ...opened, respondedAt: '2026-11-23T11:00:00.000Z', resolvedAt: '2026-11-23T16:00:00.000Z' })).toBe(true);
    expect(isComplaintOpen({ ...opened, respondedAt: '2026-11-23T11:00:00.000Z', resolvedAt: '2026-11-23T16:00:00.000Z', calledBackAt: '2026-11-24T09:00:00.000Z' })).toBe(false);
  });
});
