import { View, Text } from '@tarojs/components';
import type { Dashboard } from '@contract/dashboard';
import { t } from '../../i18n';
import { doneCount, minutes, openCount, percent, tone } from './format';
import './KeyNumbers.scss';

interface Props {
  today: Dashboard | null;
  month: Dashboard | null;
}

type Row = { key: string; label: string; value: (d: Dashboard) => string; tone?: (d: Dashboard) => 'good' | 'bad' | 'none'; sub?: (d: Dashboard) => string };

/** Targets from the brief: respond within 15 min, arrive on time, satisfaction ≥ 90 %. */
const SLA_TARGET = 0.95;
const SATISFACTION_TARGET = 0.9;

const ROWS: { title: string; rows: Row[] }[] = [
  {
    title: 'manager.section.volume',
    rows: [
      { key: 'reported', label: 'manager.reported', value: (d) => String(d.tickets.reported) },
      { key: 'open', label: 'manager.open', value: (d) => String(openCount(d)) },
      { key: 'done', label: 'manager.done', value: (d) => String(doneCount(d)) },
    ],
  },
  {
    title: 'manager.section.sla',
    rows: [
      { key: 'slaAccept', label: 'manager.slaAccept', value: (d) => percent(d.sla.accept.rate), tone: (d) => tone(d.sla.accept.rate, SLA_TARGET), sub: (d) => `${d.sla.accept.met}/${d.sla.accept.total}` },
      { key: 'slaArrive', label: 'manager.slaArrive', value: (d) => percent(d.sla.arrive.rate), tone: (d) => tone(d.sla.arrive.rate, SLA_TARGET), sub: (d) => `${d.sla.arrive.met}/${d.sla.arrive.total}` },
    ],
  },
  {
    title: 'manager.section.times',
    rows: [
      { key: 'toAccept', label: 'manager.toAccept', value: (d) => minutes(d.times.toAccept.meanMinutes) },
      { key: 'toArrive', label: 'manager.toArrive', value: (d) => minutes(d.times.toArrive.meanMinutes) },
      { key: 'toComplete', label: 'manager.toComplete', value: (d) => minutes(d.times.toComplete.meanMinutes) },
    ],
  },
  {
    title: 'manager.section.quality',
    rows: [
      { key: 'satisfaction', label: 'manager.satisfaction', value: (d) => percent(d.satisfaction.rate), tone: (d) => tone(d.satisfaction.rate, SATISFACTION_TARGET), sub: (d) => `${d.satisfaction.satisfied}/${d.satisfaction.rated}` },
      { key: 'score', label: 'manager.score', value: (d) => (d.satisfaction.averageScore === null ? '—' : d.satisfaction.averageScore.toFixed(1)) },
      { key: 'firstTimeFix', label: 'manager.firstTimeFix', value: (d) => percent(d.firstTimeFix.rate) },
      { key: 'reopened', label: 'manager.reopened', value: (d) => String(d.reopened) },
      { key: 'complaints', label: 'manager.complaints', value: (d) => String(d.complaints) },
    ],
  },
];

function Cell({ d, row }: { d: Dashboard | null; row: Row }) {
  if (!d) return <View className="kn-cell">…</View>;
  return (
    <View className={`kn-cell kn-cell--${row.tone?.(d) ?? 'none'}`} data-testid={`kn-${row.key}`}>
      <Text className="kn-cell__value">{row.value(d)}</Text>
      {row.sub ? <Text className="kn-cell__sub">{row.sub(d)}</Text> : null}
    </View>
  );
}

/** The manager's numbers, today next to this month, grouped the way the brief asks for them. */
export function KeyNumbers({ today, month }: Props) {
  return (
    <View className="key-numbers" data-testid="key-numbers">
      {ROWS.map((section) => (
        <View key={section.title} className="card kn-section">
          <View className="kn-row kn-row--head">
            <Text className="kn-row__label kn-section__title">{t(section.title as 'manager.section.volume')}</Text>
            <Text className="kn-row__col">{t('manager.today')}</Text>
            <Text className="kn-row__col">{t('manager.month')}</Text>
          </View>
          {section.rows.map((row) => (
            <View key={row.key} className="kn-row" data-testid={`kn-row-${row.key}`}>
              <Text className="kn-row__label">{t(row.label as 'manager.reported')}</Text>
              <View className="kn-row__col" data-testid={`kn-today-${row.key}`}>
                <Cell d={today} row={row} />
              </View>
              <View className="kn-row__col" data-testid={`kn-month-${row.key}`}>
                <Cell d={month} row={row} />
              </View>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
