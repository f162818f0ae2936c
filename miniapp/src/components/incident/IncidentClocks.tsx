import { View } from '@tarojs/components';
import type { IncidentSummary } from '@contract/incidents';
import { formatTime, t } from '../../i18n';
import { useNow } from '../ticket/Countdown';

/** The incident's clocks: met (when), missed, or the minutes left, counting down. */
export function IncidentClocks({ clocks, open }: { clocks: IncidentSummary['clocks']; open: boolean }) {
  const now = useNow(15_000);
  return (
    <View className="chips" data-testid="incident-clocks">
      {clocks.map((c) => {
        const left = Math.ceil((Date.parse(c.dueAt) - now) / 60_000);
        const state = c.metAt ? t('incident.clockMet', { time: formatTime(c.metAt) }) : c.missedAt || left <= 0 ? t('incident.clockMissed') : open ? t('incident.clockLeft', { minutes: left }) : '—';
        const late = !c.metAt && (c.missedAt || left <= 0);
        return (
          <View key={c.clock} className={`chip ${c.metAt ? 'chip--active' : ''}`} style={late ? { color: '#d4380d', borderColor: '#d4380d' } : undefined} data-testid={`incident-clock-${c.clock}`}>
            {t(`incident.clock.${c.clock}`)} {formatTime(c.dueAt)} · {state}
          </View>
        );
      })}
    </View>
  );
}
