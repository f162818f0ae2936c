import { aCheckpoint, aWorkOrder } from '../testing/workOrderFactory';
import { mondayOf, plannedCalendar } from './calendar';

describe('the week’s planned work', () => {
  it('puts each order on its due day, critical work first, and shows progress and place', () => {
    const orders = [
      aWorkOrder({ id: 'b', number: 'PM20261201-0002', dueOn: '2026-12-01' }),
      aWorkOrder({ id: 'a', number: 'PM20261201-0001', dueOn: '2026-12-01', criticality: 'highRisk' }),
      aWorkOrder({
        id: 'r', number: 'PM20261206-0001', kind: 'round', dueOn: '2026-12-06',
        checkpoints: [aCheckpoint({ index: 0, name: '配电房', status: 'done' }), aCheckpoint({ index: 1, status: 'skipped' }), aCheckpoint({ index: 2 })],
      }),
      aWorkOrder({ id: 'later', dueOn: '2026-12-07' }),
    ];
    const week = plannedCalendar('2026-11-30', orders);
    expect(week.week).toBe('2026-11-30');
    expect(week.days.map((d) => [d.day, d.orders.map((o) => o.number)])).toEqual([
      ['2026-11-30', []],
      ['2026-12-01', ['PM20261201-0001', 'PM20261201-0002']],
      ['2026-12-02', []],
      ['2026-12-03', []],
      ['2026-12-04', []],
      ['2026-12-05', []],
      ['2026-12-06', ['PM20261206-0001']],
    ]);
    expect(week.days[6]!.orders[0]).toMatchObject({ kind: 'round', progress: { finished: 2, total: 3 }, where: '配电房' });
  });

  it('finds the Monday of any day of a week, across a month and a year', () => {
    expect(mondayOf('2026-12-03')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2027-01-03')).toBe('2026-12-28');
  });
});
