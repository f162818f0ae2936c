import { render, screen } from '@testing-library/react';
import { KeyNumbers } from '../src/components/manager/KeyNumbers';
import { api } from '../src/services/api';
import { send } from '../src/services/transport';
import { periods } from '../src/components/manager/format';
import { dashboardFixture } from './dashboardFixture';
import { fakeApi } from './helpers';

jest.mock('../src/services/transport', () => ({ send: jest.fn() }));
const sendMock = send as jest.MockedFunction<typeof send>;

const value = (id: string) => screen.getByTestId(id).querySelector('.kn-cell__value')?.textContent;

describe("the manager's key numbers", () => {
  it('asks the dashboard for today and for this month so far', async () => {
    const fake = fakeApi({ 'GET /v1/dashboard': () => ({ status: 200, data: dashboardFixture() }) });
    sendMock.mockImplementation(fake.handler);
    const p = periods(new Date(2026, 10, 23, 9, 0));
    expect(p).toEqual({ today: { from: '2026-11-23', to: '2026-11-23' }, month: { from: '2026-11-01', to: '2026-11-23' } });
    await api.getDashboard(p.month);
    expect(fake.calls[0]?.url).toContain('/v1/dashboard?from=2026-11-01&to=2026-11-23');
  });

  it('shows counts, SLA compliance, mean times and satisfaction side by side', () => {
    const today = { ...dashboardFixture(), tickets: { ...dashboardFixture().tickets, reported: 7 } };
    render(<KeyNumbers today={today} month={dashboardFixture()} />);
    expect(value('kn-today-reported')).toBe('7');
    expect(value('kn-month-reported')).toBe('128');
    expect(value('kn-month-open')).toBe('12');
    expect(value('kn-month-slaAccept')).toBe('92%');
    expect(screen.getByTestId('kn-month-slaAccept').textContent).toContain('115/125');
    // Below the 95 % target: orange; satisfaction above its 90 % target: green.
    expect(screen.getByTestId('kn-month-slaAccept').querySelector('.kn-cell')?.className).toContain('kn-cell--bad');
    expect(screen.getByTestId('kn-month-satisfaction').querySelector('.kn-cell')?.className).toContain('kn-cell--good');
    expect(value('kn-month-toAccept')).toBe('9 分钟');
    expect(value('kn-month-toComplete')).toBe('2.6 小时');
    expect(value('kn-month-score')).toBe('4.7');
  });

  it('shows a dash where nothing was measured yet', () => {
    const empty = dashboardFixture();
    empty.sla.accept = { met: 0, total: 0, rate: null };
    empty.times.toArrive = { count: 0, meanMinutes: null, p90Minutes: null };
    render(<KeyNumbers today={empty} month={null} />);
    expect(value('kn-today-slaAccept')).toBe('—');
    expect(value('kn-today-toArrive')).toBe('—');
  });
});
