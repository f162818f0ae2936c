import type { Dashboard } from '@contract/dashboard';
import type { TicketStatus } from '@contract/enums';
import { hasMessage, pick, t } from '../../../i18n';
import type { ChartOption } from './echarts';
import { COLORS, TARGETS, tone } from './targets';

const STATUS_ORDER: TicketStatus[] = ['submitted', 'assigned', 'accepted', 'on_site', 'on_hold', 'completed', 'confirmed', 'closed', 'cancelled'];
const STATUS_COLORS: Record<TicketStatus, string> = {
  submitted: '#f5222d',
  assigned: '#fa8c16',
  accepted: '#faad14',
  on_site: '#1677ff',
  on_hold: '#722ed1',
  completed: '#13c2c2',
  confirmed: '#52c41a',
  closed: '#07a050',
  cancelled: '#bfbfbf',
};

const text = { color: COLORS.text, fontSize: 12 };
/** Short: a dashboard is read, not watched. */
const animation = { animationDuration: 400, animationDurationUpdate: 300 };

/** Tickets by category, most first (a horizontal bar reads long Chinese names best). */
export function categoryOption(d: Dashboard, max = 10): ChartOption {
  const rows = [...d.tickets.byCategory].sort((a, b) => b.count - a.count).slice(0, max).reverse();
  return {
    ...animation,
    grid: { left: 8, right: 36, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: text, splitLine: { lineStyle: { color: '#f0f0f0' } } },
    yAxis: { type: 'category', data: rows.map((r) => pick(r.label, r.key)), axisLabel: text, axisTick: { show: false } },
    series: [{ type: 'bar', data: rows.map((r) => r.count), barMaxWidth: 18, itemStyle: { color: COLORS.primary, borderRadius: [0, 4, 4, 0] }, label: { show: true, position: 'right', ...text } }],
  };
}

/** Tickets by status (a donut), in the order a ticket goes through them. */
export function statusOption(d: Dashboard): ChartOption {
  const data = STATUS_ORDER.map((s) => ({
    name: hasMessage(`status.${s}`) ? t(`status.${s}` as 'status.submitted') : s,
    value: d.tickets.byStatus[s] ?? 0,
    itemStyle: { color: STATUS_COLORS[s] },
  })).filter((x) => x.value > 0);
  return {
    ...animation,
    tooltip: { trigger: 'item', confine: true, formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'plain', orient: 'vertical', right: 4, top: 'middle', itemWidth: 10, itemHeight: 10, textStyle: text },
    series: [{ type: 'pie', radius: ['42%', '70%'], center: ['36%', '50%'], data, label: { show: false }, avoidLabelOverlap: true }],
  };
}

/** The rates with a target, each bar green when it meets its target and orange when not. */
export function slaOption(d: Dashboard): ChartOption {
  const rows = [
    { name: t('dash.kpi.slaAccept'), rate: d.sla.accept.rate, target: TARGETS.onTime },
    { name: t('dash.kpi.slaArrive'), rate: d.sla.arrive.rate, target: TARGETS.onTime },
    { name: t('dash.kpi.satisfaction'), rate: d.satisfaction.rate, target: TARGETS.satisfaction },
  ];
  const pct = (r: number | null) => (r === null ? 0 : Math.round(r * 1000) / 10);
  return {
    ...animation,
    grid: { left: 8, right: 12, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, valueFormatter: (v) => `${String(v)}%` },
    xAxis: {
      type: 'category',
      data: rows.map((r) => `${r.name}\n${t('dash.kpi.target', { n: `${Math.round(r.target * 100)}%` })}`),
      axisLabel: { ...text, lineHeight: 16 },
      axisTick: { show: false },
    },
    yAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { ...text, formatter: '{value}%' }, splitLine: { lineStyle: { color: '#f0f0f0' } } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 36,
        data: rows.map((r) => ({ value: pct(r.rate), itemStyle: { color: COLORS[tone(r.rate, r.target)], borderRadius: [4, 4, 0, 0] } })),
        label: { show: true, position: 'top', ...text, formatter: (p) => (rows[p.dataIndex]?.rate === null ? '—' : `${String(p.value)}%`) },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: COLORS.muted, type: 'dashed' },
          label: { show: false },
          data: [{ yAxis: TARGETS.satisfaction * 100 }, { yAxis: TARGETS.onTime * 100 }],
        },
      },
    ],
  };
}
