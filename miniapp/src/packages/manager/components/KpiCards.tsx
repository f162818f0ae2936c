import { View, Text } from '@tarojs/components';
import type { Dashboard } from '@contract/dashboard';
import type { AssetReport } from '@contract/reports';
import { t } from '../../../i18n';
import { minutes, openCount, percent } from '../../../components/manager/format';
import { TARGETS, tone } from './targets';

interface Kpi {
  key: string;
  label: string;
  value: string;
  sub?: string;
  /** The rate's target; the card is green at or above it, orange below, grey without data. */
  target?: number;
  rate?: number | null;
}

function kpis(d: Dashboard, assets: AssetReport | null): Kpi[] {
  const worst = assets?.items.reduce<AssetReport['items'][number] | null>((w, a) => (!w || a.availability < w.availability ? a : w), null) ?? null;
  return [
    { key: 'reported', label: t('dash.kpi.reported'), value: String(d.tickets.reported), sub: t('dash.kpi.open', { n: openCount(d) }) },
    { key: 'slaAccept', label: t('dash.kpi.slaAccept'), value: percent(d.sla.accept.rate), sub: `${d.sla.accept.met}/${d.sla.accept.total}`, target: TARGETS.onTime, rate: d.sla.accept.rate },
    { key: 'slaArrive', label: t('dash.kpi.slaArrive'), value: percent(d.sla.arrive.rate), sub: `${d.sla.arrive.met}/${d.sla.arrive.total}`, target: TARGETS.onTime, rate: d.sla.arrive.rate },
    {
      key: 'availability',
      label: t('dash.kpi.availability'),
      // Only devices with a fault in the period are in the report: the others were up 100 %.
      value: worst ? percent(worst.availability) : assets ? '100%' : '—',
      sub: worst ? worst.name : assets ? t('dash.kpi.availabilityNone') : undefined,
      target: TARGETS.availability,
      rate: worst ? worst.availability : assets ? 1 : null,
    },
    { key: 'satisfaction', label: t('dash.kpi.satisfaction'), value: percent(d.satisfaction.rate), sub: `${d.satisfaction.satisfied}/${d.satisfaction.rated}`, target: TARGETS.satisfaction, rate: d.satisfaction.rate },
    { key: 'firstTimeFix', label: t('dash.kpi.firstTimeFix'), value: percent(d.firstTimeFix.rate), sub: `${d.firstTimeFix.met}/${d.firstTimeFix.total}` },
    { key: 'mttr', label: t('dash.kpi.mttr'), value: minutes(d.times.toComplete.meanMinutes), sub: d.times.toComplete.p90Minutes === null ? undefined : `P90 ${minutes(d.times.toComplete.p90Minutes)}` },
    { key: 'reopened', label: t('dash.kpi.reopened'), value: `${d.reopened} / ${d.complaints}` },
    { key: 'callbacks', label: t('dash.kpi.callbacks'), value: String(d.callbacksDone), sub: t('dash.kpi.notCalledBack', { n: d.callbacksNotMade }) },
  ];
}

/** The period's key numbers as cards; the ones with a target say so and are coloured against it. */
export function KpiCards({ dashboard, assets }: { dashboard: Dashboard; assets: AssetReport | null }) {
  return (
    <View className="kpi-cards" data-testid="kpi-cards">
      {kpis(dashboard, assets).map((k) => {
        const state = k.target === undefined ? 'plain' : tone(k.rate, k.target);
        return (
          <View key={k.key} className={`kpi kpi--${state}`} data-testid={`kpi-${k.key}`} data-tone={state}>
            <Text className="kpi__label">{k.label}</Text>
            <Text className="kpi__value">{k.value}</Text>
            {k.sub ? <Text className="kpi__sub">{k.sub}</Text> : null}
            {k.target !== undefined ? (
              <Text className="kpi__target">
                {t('dash.kpi.target', { n: `${Math.round(k.target * 100)}%` })}
                {state === 'bad' ? ` · ${t('dash.kpi.below')}` : state === 'good' ? ` · ${t('dash.kpi.met')}` : ''}
              </Text>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}
