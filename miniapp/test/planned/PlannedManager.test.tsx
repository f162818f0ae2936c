import { render, screen, waitFor } from '@testing-library/react';
import type { PlannedCalendar, PlannedMonth, WorkOrderSummary } from '@contract/planned';
import { PlannedSection } from '../../src/packages/manager/components/PlannedSection';
import { PlannedWeek } from '../../src/packages/manager/components/PlannedWeek';
import { send } from '../../src/services/transport';
import { fakeApi } from '../helpers';
import { orderSummary } from './workOrders';

jest.mock('../../src/services/transport', () => ({ send: jest.fn() }));
const sendMock = send as jest.MockedFunction<typeof send>;

const compliance = (due: number, onTime: number, rate: number | null) => ({ due, onTime, late: 0, open: due - onTime, missed: 0, rate });
const december: PlannedMonth = {
  month: '2026-12',
  maintenance: compliance(20, 18, 0.9),
  critical: compliance(8, 7, 0.875),
  criticalTarget: 1,
  rounds: compliance(31, 31, 1),
  overdueNow: 2,
  failedItems: 3,
  correctiveTickets: [{ ticketId: 't-77', number: 'BX20261203-0007', workOrderNumber: 'PM20261201-0003', item: '潮气量' }],
};

const tone = (key: string) => screen.getByTestId(`pm-${key}`).getAttribute('data-tone');
const text = (id: string) => screen.getByTestId(id).textContent ?? '';

beforeEach(() => sendMock.mockReset());

describe('the dashboard’s planned maintenance', () => {
  it('asks for the month and shows life support / high risk red below 100 %, overdue work red, and the failed items’ tickets', async () => {
    const fake = fakeApi({ 'GET /v1/reports/planned': () => ({ status: 200, data: december }) });
    sendMock.mockImplementation(fake.handler);
    render(<PlannedSection month="2026-12" />);
    await screen.findByTestId('pm-critical');
    expect(fake.calls[0]?.url).toContain('/v1/reports/planned?month=2026-12');
    // 7 of 8 on time: 88 %, below the 100 % target.
    expect(tone('critical')).toBe('red');
    expect(text('pm-critical')).toContain('88%');
    expect(text('pm-critical')).toContain('目标 ≥ 100%');
    expect(text('pm-critical')).toContain('低于目标');
    expect(text('pm-maintenance')).toContain('90%');
    expect(text('pm-maintenance')).toContain('按时 18 / 应完成 20');
    expect(tone('maintenance')).toBe('plain');
    expect(text('pm-rounds')).toContain('100%');
    expect(tone('overdue')).toBe('red');
    expect(text('pm-overdue')).toContain('2');
    expect(text('pm-failed')).toContain('已生成维修单 1 张');
    expect(text('pm-ticket-t-77')).toBe('BX20261203-0007 · 潮气量 · PM20261201-0003');
    expect(screen.getByTestId('open-planned-calendar')).toBeTruthy();
  });

  it('is green when every critical plan was on time and nothing is overdue, grey when nothing was due', async () => {
    const met = { ...december, critical: compliance(8, 8, 1), rounds: compliance(0, 0, null), overdueNow: 0, correctiveTickets: [] };
    sendMock.mockImplementation(fakeApi({ 'GET /v1/reports/planned': () => ({ status: 200, data: met }) }).handler);
    render(<PlannedSection month="2026-12" />);
    await screen.findByTestId('pm-critical');
    expect(tone('critical')).toBe('good');
    expect(tone('overdue')).toBe('good');
    expect(tone('rounds')).toBe('none');
    expect(text('pm-rounds')).toContain('—');
    expect(screen.queryByTestId('pm-tickets')).toBeNull();
  });

  it('says so when the API has no planned-work figures yet', async () => {
    sendMock.mockImplementation(fakeApi({}).handler);
    render(<PlannedSection month="2026-12" />);
    await waitFor(() => expect(text('planned-section')).toContain('计划维护统计暂不可用'));
  });
});

describe('the week’s calendar of planned work', () => {
  const order = (id: string, dueOn: string, status: WorkOrderSummary['status'], where: string) => orderSummary(id, dueOn, { status, where, criticality: 'lifeSupport' });
  it('puts each order on its due day, Monday to Sunday, with its status', () => {
    const calendar: PlannedCalendar = {
      week: '2026-11-30',
      days: [
        { day: '2026-12-01', orders: [order('a', '2026-12-01', 'done', '1号呼吸机'), order('b', '2026-12-01', 'missed', '2号呼吸机')] },
        { day: '2026-12-03', orders: [order('c', '2026-12-03', 'scheduled', 'ICU')] },
      ],
    };
    render(<PlannedWeek monday="2026-11-30" calendar={calendar} today="2026-12-03" />);
    const days = screen.getAllByTestId(/^pm-day-/);
    expect(days.map((d) => d.getAttribute('data-testid'))).toEqual(['pm-day-2026-11-30', 'pm-day-2026-12-01', 'pm-day-2026-12-02', 'pm-day-2026-12-03', 'pm-day-2026-12-04', 'pm-day-2026-12-05', 'pm-day-2026-12-06']);
    expect(text('pm-day-2026-11-30')).toBe('周一 11-30无');
    expect(text('pm-day-2026-12-01')).toContain('周二 12-01');
    expect(screen.getByTestId('wo-a').getAttribute('data-status')).toBe('done');
    expect(text('wo-a')).toContain('已完成');
    expect(text('wo-b')).toContain('已逾期');
    expect(text('pm-day-2026-12-03')).toContain('待执行');
    expect(screen.getByTestId('pm-day-2026-12-03').className).toContain('pm-week__today');
  });
});
