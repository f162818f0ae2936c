import { aCheckpoint, aWorkOrder } from '../testing/workOrderFactory';
import { complianceOf, outcomeOf, plannedMonth } from './compliance';
import type { WorkOrderRecord } from './records';

const zone = 'Asia/Shanghai';
/** 2026-12-05 12:00 in Shanghai. */
const now = new Date('2026-12-05T04:00:00Z');

const failedPressure = aCheckpoint({
  index: 0, kind: 'asset', id: 'VENT1', name: 'ICU 呼吸机 1', status: 'done', at: '2026-11-20T02:00:00.000Z', by: 'tech-zhao',
  results: [
    { itemId: 'visual', pass: true, value: null, text: null, photoKey: null, failed: false, ticketId: null, ticketNumber: null },
    { itemId: 'pressure', pass: null, value: 5.2, text: null, photoKey: null, failed: true, ticketId: 't-9', ticketNumber: 'BX20261120-0009' },
  ],
});
const failedLight = aCheckpoint({
  index: 1, name: '二楼走廊', status: 'done', at: '2026-11-03T01:00:00.000Z', by: 'tech-sun',
  results: [{ itemId: 'visual', pass: false, value: null, text: null, photoKey: null, failed: true, ticketId: null, ticketNumber: null }],
});

const done = (onTime: boolean | null, completedAt: string) => ({ status: 'done' as const, onTime, completedAt });
/**
 * The month of November 2026 as of 5 December, each order with the outcome worked out by hand:
 * | order | kind | criticality | state | closes | outcome |
 * | m1 | maintenance | normal | done on time | 11-30 | onTime |
 * | m2 | maintenance | normal | done late, a failed reading (ticket) | 11-30 | late |
 * | m3 | maintenance | lifeSupport | done on time | 11-30 | onTime |
 * | m4 | maintenance | lifeSupport | never started | 11-30 | missed |
 * | m5 | maintenance | highRisk | in progress, quarterly ±10 from 11-28 | 12-08 | open |
 * | m6 | maintenance | highRisk | marked missed, postponed to today | 12-05 | open (the window's last day) |
 * | m7 | maintenance | normal | done 11-30 23:59 local, no onTime recorded | 11-30 | onTime |
 * | m8 | maintenance | normal | done 12-01 00:00 local, no onTime recorded | 11-30 | late |
 * | r1 | round | normal | done on time, a failed item (no ticket yet) | 11-03 | onTime |
 * | r2 | round | normal | never started | 11-29 | missed |
 * | r3 | round | normal | done late | 11-10 | late |
 * | x1 | maintenance | normal | due 12-01: December's | 12-31 | not counted |
 */
const november: WorkOrderRecord[] = [
  aWorkOrder({ id: 'm1', ...done(true, '2026-11-10T02:00:00.000Z') }),
  aWorkOrder({ id: 'm2', ...done(false, '2026-12-02T02:00:00.000Z'), checkpoints: [failedPressure] }),
  aWorkOrder({ id: 'm3', criticality: 'lifeSupport', ...done(true, '2026-11-15T02:00:00.000Z') }),
  aWorkOrder({ id: 'm4', criticality: 'lifeSupport' }),
  aWorkOrder({ id: 'm5', criticality: 'highRisk', dueOn: '2026-11-28', opensOn: '2026-11-18', closesOn: '2026-12-08', status: 'in_progress' }),
  aWorkOrder({ id: 'm6', criticality: 'highRisk', closesOn: '2026-12-05', status: 'missed' }),
  aWorkOrder({ id: 'm7', ...done(null, '2026-11-30T15:59:00.000Z') }),
  aWorkOrder({ id: 'm8', ...done(null, '2026-11-30T16:00:00.000Z') }),
  aWorkOrder({ id: 'r1', kind: 'round', dueOn: '2026-11-03', opensOn: '2026-11-03', closesOn: '2026-11-03', ...done(true, '2026-11-03T03:00:00.000Z'), checkpoints: [aCheckpoint({ index: 0, status: 'done' }), failedLight] }),
  aWorkOrder({ id: 'r2', kind: 'round', dueOn: '2026-11-29', opensOn: '2026-11-29', closesOn: '2026-11-29' }),
  aWorkOrder({ id: 'r3', kind: 'round', dueOn: '2026-11-10', opensOn: '2026-11-10', closesOn: '2026-11-10', ...done(false, '2026-11-11T03:00:00.000Z') }),
  aWorkOrder({ id: 'x1', dueOn: '2026-12-01', closesOn: '2026-12-31' }),
];

describe('planned work measured by the month of its due day', () => {
  it('counts each order of the month by its outcome, as worked out by hand', () => {
    const m = plannedMonth('2026-11', november, now, zone);
    expect(m.maintenance).toEqual({ due: 8, onTime: 3, late: 2, open: 2, missed: 1, rate: 0.5 });
    expect(m.critical).toEqual({ due: 4, onTime: 1, late: 0, open: 2, missed: 1, rate: 0.5 });
    expect(m.criticalTarget).toBe(1);
    expect(m.rounds).toEqual({ due: 3, onTime: 1, late: 1, open: 0, missed: 1, rate: 0.3333 });
    expect(m.overdueNow).toBe(2);
    expect(m.failedItems).toBe(2);
    expect(m.correctiveTickets).toEqual([{ ticketId: 't-9', number: 'BX20261120-0009', workOrderNumber: 'PM20261101-m2', item: 'ICU 呼吸机 1 · 气道压力' }]);
  });

  it('counts the window’s last day as on time and open, and the day after as missed', () => {
    const closingToday = aWorkOrder({ id: 'a', closesOn: '2026-12-05' });
    const closedYesterday = aWorkOrder({ id: 'b', closesOn: '2026-12-04' });
    expect(outcomeOf(closingToday, '2026-12-05', zone)).toBe('open');
    expect(outcomeOf(closedYesterday, '2026-12-05', zone)).toBe('missed');
  });

  it('has no rate while nothing is decided, and none for an empty month', () => {
    expect(complianceOf(['open', 'open'])).toEqual({ due: 2, onTime: 0, late: 0, open: 2, missed: 0, rate: null });
    expect(plannedMonth('2026-10', november, now, zone).maintenance).toEqual({ due: 0, onTime: 0, late: 0, open: 0, missed: 0, rate: null });
  });
});
