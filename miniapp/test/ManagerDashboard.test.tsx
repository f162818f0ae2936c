import { render, screen, waitFor } from '@testing-library/react';
import type { AssetReport, DepartmentReport, Heatmap, TechnicianReport, VendorReport } from '@contract/reports';
import { ManagerDashboard } from '../src/packages/manager/components/ManagerDashboard';
import { HeatGrid, heatLevel } from '../src/packages/manager/components/HeatGrid';
import { customPeriod, periodOf, workbookFor } from '../src/packages/manager/components/period';
import { send } from '../src/services/transport';
import { dashboardFixture } from './dashboardFixture';
import { fakeApi } from './helpers';

jest.mock('../src/services/transport', () => ({ send: jest.fn() }));
// ECharts draws on a canvas jsdom does not have; the chart's option builders are plain functions.
jest.mock('../src/packages/manager/components/Chart', () => ({
  Chart: ({ testId }: { testId?: string }) => <div data-testid={testId} className="chart-stub" />,
}));
const sendMock = send as jest.MockedFunction<typeof send>;

const period = { kind: 'month' as const, from: '2026-11-01', to: '2026-11-23' };
const p = { from: '2026-11-01', to: '2026-11-23', days: 23 };

const elevators: AssetReport = {
  period: p,
  items: [
    { assetId: 'B1-EL1', name: '1号楼 1号电梯', categoryCode: 'elevator', failures: 3, downtimeMinutes: 2400, availability: 0.9275, mtbfHours: 170.7, mttrMinutes: 300, partsCost: 1200, downNow: true, downSince: '2026-11-20T12:05:00.000Z' },
    { assetId: 'B5-EL2', name: '5号楼 2号电梯', categoryCode: 'elevator', failures: 1, downtimeMinutes: 90, availability: 0.9973, mtbfHours: 550.5, mttrMinutes: 90, partsCost: 0, downNow: false, downSince: null },
  ],
};
const heatmap: Heatmap = {
  period: p,
  buildings: [
    { buildingId: 'B1', name: '门诊楼', faults: 12, floors: [{ floorId: 'B1-F01', name: '1层', faults: 10 }, { floorId: 'B1-F02', name: '2层', faults: 2 }] },
    { buildingId: 'B5', name: '住院楼', faults: 3, floors: [{ floorId: 'B5-F01', name: '1层', faults: 0 }, { floorId: 'B5-F02', name: '2层', faults: 1 }, { floorId: 'B5-F03', name: '3层', faults: 2 }] },
    { buildingId: 'B9', name: '后勤楼', faults: 0, floors: [{ floorId: 'B9-F01', name: '1层', faults: 0 }] },
  ],
};
const perf = { jobs: 10, completed: 9, acceptSla: 1, arriveSla: 0.9, averageRating: 4.8, satisfaction: 1, reopenRate: 0.1, firstTimeFix: 0.9, mttrMinutes: 80 };
const technicians: TechnicianReport = { period: p, items: [{ userId: 'tech-zhao', name: '赵师傅', ...perf }] };
const vendors: VendorReport = { period: p, items: [{ team: '电梯维保单位', categories: ['elevator'], ...perf, acceptSla: 0.8 }] };
const departments: DepartmentReport = { period: p, items: [{ department: '心内科', tickets: 8, partsCost: 35.5 }, { department: '急诊科', tickets: 4, partsCost: 12 }], totalPartsCost: 47.5 };

function stubApi(overrides: { dashboard?: ReturnType<typeof dashboardFixture>; assets?: AssetReport } = {}) {
  const fake = fakeApi({
    'GET /v1/dashboard': () => ({ status: 200, data: overrides.dashboard ?? dashboardFixture() }),
    'GET /v1/reports/assets': (req) => ({ status: 200, data: req.url.includes('category=elevator') ? elevators : (overrides.assets ?? elevators) }),
    'GET /v1/reports/technicians': () => ({ status: 200, data: technicians }),
    'GET /v1/reports/vendors': () => ({ status: 200, data: vendors }),
    'GET /v1/reports/departments': () => ({ status: 200, data: departments }),
    'GET /v1/reports/heatmap': () => ({ status: 200, data: heatmap }),
  });
  sendMock.mockImplementation(fake.handler);
  return fake;
}

const tone = (key: string) => screen.getByTestId(`kpi-${key}`).getAttribute('data-tone');
const text = (id: string) => screen.getByTestId(id).textContent ?? '';

beforeEach(() => sendMock.mockReset());

describe("the manager's dashboard", () => {
  it('asks every report for the chosen period and the elevators for the league table', async () => {
    const fake = stubApi();
    render(<ManagerDashboard filters={{ period, building: 'B1' }} />);
    await screen.findByTestId('manager-dashboard');
    const urls = fake.calls.map((c) => c.url);
    expect(urls.find((u) => u.includes('/v1/dashboard'))).toContain('from=2026-11-01&to=2026-11-23&building=B1');
    expect(urls.some((u) => u.includes('/v1/reports/assets?from=2026-11-01&to=2026-11-23&category=elevator'))).toBe(true);
    for (const r of ['technicians', 'vendors', 'departments', 'heatmap']) expect(urls.some((u) => u.includes(`/v1/reports/${r}?from=2026-11-01&to=2026-11-23`))).toBe(true);
  });

  it('colours each KPI against its target: on time ≥ 98 %, availability ≥ 95 %, satisfaction ≥ 90 %', async () => {
    stubApi();
    render(<ManagerDashboard filters={{ period }} />);
    await screen.findByTestId('kpi-cards');
    // Accept 92 % < 98 %: orange; arrive 98.2 % ≥ 98 %: green.
    expect(tone('slaAccept')).toBe('bad');
    expect(text('kpi-slaAccept')).toContain('92%');
    expect(text('kpi-slaAccept')).toContain('目标 ≥ 98%');
    expect(text('kpi-slaAccept')).toContain('低于目标');
    expect(tone('slaArrive')).toBe('good');
    // The worst elevator is up 92.75 % of the time: below 95 %, and named.
    expect(tone('availability')).toBe('bad');
    expect(text('kpi-availability')).toContain('93%');
    expect(text('kpi-availability')).toContain('1号楼 1号电梯');
    // Satisfaction 95 % ≥ 90 %.
    expect(tone('satisfaction')).toBe('good');
    expect(text('kpi-satisfaction')).toContain('目标 ≥ 90%');
    // Counts have no target and no colour.
    expect(tone('reported')).toBe('plain');
    // 60 callbacks made; 4 completions aged out of the desk's list without one.
    expect(text('kpi-callbacks')).toContain('60');
    expect(text('kpi-callbacks')).toContain('超 14 天未回访 4 单');
    expect(screen.getByTestId('kpi-slaAccept').className).toContain('kpi--bad');
  });

  it('shows grey, not green, where nothing was measured, and 100 % availability without faults', async () => {
    const d = dashboardFixture();
    d.sla.accept = { met: 0, total: 0, rate: null };
    d.satisfaction = { rated: 0, satisfied: 0, rate: null, averageScore: null };
    stubApi({ dashboard: d, assets: { period: p, items: [] } });
    render(<ManagerDashboard filters={{ period, category: 'power' }} />);
    await screen.findByTestId('kpi-cards');
    expect(tone('slaAccept')).toBe('none');
    expect(text('kpi-slaAccept')).toContain('—');
    expect(tone('satisfaction')).toBe('none');
    expect(tone('availability')).toBe('good');
    expect(text('kpi-availability')).toContain('100%');
  });

  it('renders the charts, the league table (most failures first, availability against 95 %) and the tables', async () => {
    stubApi();
    render(<ManagerDashboard filters={{ period }} categoryName={(c) => (c === 'elevator' ? '电梯' : c)} />);
    await screen.findByTestId('league-table');
    for (const id of ['chart-category-canvas', 'chart-status-canvas', 'chart-sla-canvas']) expect(screen.getByTestId(id)).toBeTruthy();
    expect(text('league')).toContain('设备故障排行 · 电梯');
    const rows = screen.getAllByTestId('league-table-row');
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('1号楼 1号电梯'), expect.stringContaining('5号楼 2号电梯')]);
    // The first elevator is down now: its state says since when, and the title counts it.
    const bad = [...(rows[0]?.querySelectorAll('.dtable__cell--bad') ?? [])].map((c) => c.textContent);
    expect(bad).toEqual([expect.stringMatching(/^停机中 · 11月20日 \d\d:\d5 起$/), '93%']);
    expect(rows[1]?.textContent).toContain('运行');
    expect(rows[1]?.querySelector('.dtable__cell--good')?.textContent).toBe('100%');
    expect(text('league-down-now')).toBe(' · 1 台停机中');
    expect(screen.getAllByTestId('tech-table-row')[0]?.textContent).toContain('赵师傅');
    expect(screen.getAllByTestId('vendor-table-row')[0]?.textContent).toContain('80%');
    expect(text('dept-table')).toContain('心内科');
    expect(text('dept-table')).toContain('¥47.5');
  });

  it('says what went wrong when the API fails, with a retry', async () => {
    sendMock.mockImplementation(async () => ({ status: 500, data: { error: { code: 'internal', message: 'Internal error', messageZh: '服务器内部错误' } } }));
    render(<ManagerDashboard filters={{ period }} />);
    await waitFor(() => expect(document.body.textContent).toContain('服务器内部错误'));
  });
});

describe('the heat map of faults by building and floor', () => {
  it('puts buildings in rows and floors in columns, coloured by count relative to the busiest floor', () => {
    render(<HeatGrid heatmap={heatmap} />);
    // Buildings without faults are left out; the floors are the union of every building's.
    expect(screen.queryByTestId('heat-row-B9')).toBeNull();
    const level = (b: string, f: string) => Number(screen.getByTestId(`heat-${b}-${f}`).getAttribute('data-level'));
    expect(level('B1', '1层')).toBe(5);
    expect(level('B1', '2层')).toBe(1);
    expect(level('B5', '1层')).toBe(0);
    expect(level('B5', '3层')).toBe(1);
    // A floor the report leaves out had no faults.
    expect(level('B1', '3层')).toBe(0);
    expect(screen.getByTestId('heat-B1-1层').className).toContain('heat__cell--l5');
    expect(screen.getByTestId('heat-B1-1层').textContent).toBe('10');
    expect(screen.getByTestId('heat-row-B1').textContent).toContain('门诊楼');
    expect(screen.getByTestId('heat-row-B1').textContent).toContain('12');
  });

  it('scales levels 1–5 and keeps 0 for no faults', () => {
    expect([0, 1, 2, 5, 9, 10].map((n) => heatLevel(n, 10))).toEqual([0, 1, 1, 3, 5, 5]);
    expect(heatLevel(3, 0)).toBe(0);
  });

  it('says so when there were no faults', () => {
    render(<HeatGrid heatmap={{ period: p, buildings: [heatmap.buildings[2]!] }} />);
    expect(document.body.textContent).toContain('本期没有故障');
  });
});

describe('the period picker', () => {
  const now = new Date(2026, 10, 23, 9, 0);
  it('knows this month, last month and this quarter, and cuts a custom range to 92 days', () => {
    expect(periodOf('month', now)).toMatchObject({ from: '2026-11-01', to: '2026-11-23' });
    expect(periodOf('lastMonth', now)).toMatchObject({ from: '2026-10-01', to: '2026-10-31' });
    expect(periodOf('quarter', now)).toMatchObject({ from: '2026-10-01', to: '2026-11-23' });
    expect(customPeriod('2026-11-23', '2026-01-01')).toMatchObject({ from: '2026-08-24', to: '2026-11-23' });
  });
  it('offers the workbook of the period', () => {
    expect(workbookFor(periodOf('lastMonth', now))).toEqual({ kind: 'monthly', month: '2026-10' });
    expect(workbookFor(periodOf('quarter', now))).toEqual({ kind: 'quarterly', quarter: '2026-Q4' });
  });
});
