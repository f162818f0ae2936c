import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Dashboard } from '@contract/dashboard';
import type { AssetReport, DepartmentReport, Heatmap, TechnicianReport, VendorReport } from '@contract/reports';
import { formatTime, t } from '../../../i18n';
import { api, errorMessage } from '../../../services/api';
import { minutes, percent } from '../../../components/manager/format';
import { EmptyState } from '../../../components/EmptyState';
import { Chart } from './Chart';
import { categoryOption, slaOption, statusOption } from './charts';
import { DataTable, type Column } from './DataTable';
import { HeatGrid } from './HeatGrid';
import { KpiCards } from './KpiCards';
import { ReconcileNote } from './ReconcileNote';
import type { Period } from './period';
import { TARGETS, money, tone } from './targets';

/** The league table's devices when no category is chosen: the elevators (the brief's example). */
export const DEFAULT_LEAGUE_CATEGORY = 'elevator';

export interface DashboardFilters {
  period: Period;
  building?: string;
  category?: string;
}

interface Data {
  dashboard: Dashboard;
  assets: AssetReport;
  league: AssetReport;
  technicians: TechnicianReport;
  vendors: VendorReport;
  departments: DepartmentReport;
  heatmap: Heatmap;
}

type Perf = TechnicianReport['items'][number] | VendorReport['items'][number];

const rating = (r: number | null) => (r === null ? '—' : r.toFixed(1));
const hours = (h: number | null) => (h === null ? '—' : t('dash.hours', { n: h.toFixed(h < 10 ? 1 : 0) }));

function perfColumns<R extends Perf>(first: Column<R>): Column<R>[] {
  return [
    first,
    { key: 'jobs', title: t('dash.perf.jobs'), numeric: true, render: (r) => r.jobs },
    { key: 'acceptSla', title: t('dash.perf.acceptSla'), numeric: true, render: (r) => percent(r.acceptSla), tone: (r) => tone(r.acceptSla, TARGETS.onTime) },
    { key: 'arriveSla', title: t('dash.perf.arriveSla'), numeric: true, render: (r) => percent(r.arriveSla), tone: (r) => tone(r.arriveSla, TARGETS.onTime) },
    { key: 'rating', title: t('dash.perf.rating'), numeric: true, render: (r) => rating(r.averageRating) },
    { key: 'reopen', title: t('dash.perf.reopen'), numeric: true, render: (r) => percent(r.reopenRate) },
  ];
}

const leagueColumns = (): Column<AssetReport['items'][number]>[] => [
  { key: 'name', title: t('dash.league.device'), render: (r) => r.name },
  // A device with an open fault is down now, whatever its numbers: its downtime is counting.
  {
    key: 'state',
    title: t('dash.league.state'),
    render: (r) => (r.downNow ? t('dash.league.downSince', { since: formatTime(r.downSince) }) : t('dash.league.running')),
    tone: (r) => (r.downNow ? 'bad' : 'none'),
  },
  { key: 'failures', title: t('dash.league.failures'), numeric: true, render: (r) => r.failures },
  { key: 'downtime', title: t('dash.league.downtime'), numeric: true, render: (r) => minutes(r.downtimeMinutes) },
  { key: 'availability', title: t('dash.league.availability'), numeric: true, render: (r) => percent(r.availability), tone: (r) => tone(r.availability, TARGETS.availability) },
  { key: 'mtbf', title: t('dash.league.mtbf'), numeric: true, render: (r) => hours(r.mtbfHours) },
  { key: 'mttr', title: t('dash.league.mttr'), numeric: true, render: (r) => minutes(r.mttrMinutes) },
  { key: 'parts', title: t('dash.league.parts'), numeric: true, render: (r) => t('dash.yuan', { n: money(r.partsCost) }) },
];

/**
 * The manager's dashboard for a period and filters: KPI cards against targets, charts, the
 * heat map, the device league table, people, teams and departments. Every number comes from
 * GET /v1/dashboard and /v1/reports/* (the building filter applies to the dashboard's numbers;
 * the reports are per hospital, optionally per category).
 */
export function ManagerDashboard({ filters, categoryName, reloadKey = 0 }: { filters: DashboardFilters; categoryName?: (code: string) => string; reloadKey?: number }) {
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { period, building, category } = filters;
  const leagueCategory = category || DEFAULT_LEAGUE_CATEGORY;

  useEffect(() => {
    let live = true;
    const q = { from: period.from, to: period.to, category };
    setError(null);
    Promise.all([
      api.getDashboard({ ...q, building }),
      api.assetReport(q),
      leagueCategory === category ? null : api.assetReport({ ...q, category: leagueCategory }),
      api.technicianReport(q),
      api.vendorReport(q),
      api.departmentReport(q),
      api.heatmap(q),
    ]).then(
      ([dashboard, assets, league, technicians, vendors, departments, heatmap]) => {
        if (live) setData({ dashboard, assets, league: league ?? assets, technicians, vendors, departments, heatmap });
      },
      (err: unknown) => {
        if (live) setError(errorMessage(err));
      },
    );
    return () => {
      live = false;
    };
  }, [period.from, period.to, building, category, leagueCategory, reloadKey, attempt]);

  if (error && !data) {
    return (
      <View className="card">
        <EmptyState error description={error} />
        <Button block onClick={() => setAttempt((n) => n + 1)}>
          {t('common.retry')}
        </Button>
      </View>
    );
  }
  if (!data) return <View className="center-state">…</View>;
  const d = data.dashboard;
  const downNow = data.league.items.filter((a) => a.downNow).length;
  const hasTickets = d.tickets.reported > 0 || Object.values(d.tickets.byStatus).some((n) => n > 0);

  return (
    <View className="dash" data-testid="manager-dashboard">
      {error ? <View className="field-error">{error}</View> : null}
      <KpiCards dashboard={d} assets={data.assets} />

      <View className="dash-grid dash-grid--charts">
        <View className="card" data-testid="chart-category">
          <View className="card-title">{t('dash.chart.byCategory')}</View>
          {d.tickets.byCategory.length ? <Chart testId="chart-category-canvas" option={categoryOption(d)} height={Math.max(160, Math.min(10, d.tickets.byCategory.length) * 30 + 24)} /> : <View className="muted dash-empty">{t('dash.chart.empty')}</View>}
        </View>
        <View className="card" data-testid="chart-status">
          <View className="card-title">{t('dash.chart.byStatus')}</View>
          {hasTickets ? <Chart testId="chart-status-canvas" option={statusOption(d)} height={220} /> : <View className="muted dash-empty">{t('dash.chart.empty')}</View>}
        </View>
        <View className="card" data-testid="chart-sla">
          <View className="card-title">{t('dash.chart.sla')}</View>
          <Chart testId="chart-sla-canvas" option={slaOption(d)} height={220} />
        </View>
      </View>

      <View className="dash-grid">
        <View className="card">
          <View className="card-title">{t('dash.heat.title')}</View>
          <HeatGrid heatmap={data.heatmap} />
        </View>
        <View className="card" data-testid="league">
          <View className="card-title">
            {t('dash.league.titleOf', { category: categoryName?.(leagueCategory) ?? leagueCategory })}
            {downNow > 0 ? <Text className="dash-down-now" data-testid="league-down-now">{t('dash.league.downNow', { n: downNow })}</Text> : null}
          </View>
          <DataTable testId="league-table" columns={leagueColumns()} rows={data.league.items.slice(0, 20)} rowKey={(r) => r.assetId} empty={t('dash.league.empty')} />
        </View>
      </View>

      <View className="dash-grid">
        <View className="card">
          <View className="card-title">{t('dash.tech.title')}</View>
          <DataTable testId="tech-table" columns={perfColumns<TechnicianReport['items'][number]>({ key: 'name', title: t('dash.tech.name'), render: (r) => r.name })} rows={data.technicians.items} rowKey={(r) => r.userId} />
        </View>
        <View className="card">
          <View className="card-title">{t('dash.vendor.title')}</View>
          <DataTable testId="vendor-table" columns={perfColumns<VendorReport['items'][number]>({ key: 'team', title: t('dash.vendor.team'), render: (r) => r.team })} rows={data.vendors.items} rowKey={(r) => r.team} />
        </View>
      </View>

      <View className="card">
        <View className="card-title">{t('dash.dept.title')}</View>
        <DataTable
          testId="dept-table"
          columns={[
            { key: 'department', title: t('dash.dept.department'), render: (r) => r.department },
            { key: 'tickets', title: t('dash.dept.tickets'), numeric: true, render: (r) => r.tickets },
            { key: 'cost', title: t('dash.dept.cost'), numeric: true, render: (r) => t('dash.yuan', { n: money(r.partsCost) }) },
          ]}
          rows={data.departments.items}
          rowKey={(r) => r.department}
          footer={[t('dash.dept.total'), String(data.departments.items.reduce((s, r) => s + r.tickets, 0)), t('dash.yuan', { n: money(data.departments.totalPartsCost) })]}
        />
      </View>
      <Text className="muted dash-period">{t('dash.period.range', { from: d.period.from, to: d.period.to })}</Text>
      <ReconcileNote run={d.reconciled} period={d.period} onDone={() => setAttempt((n) => n + 1)} />
    </View>
  );
}
