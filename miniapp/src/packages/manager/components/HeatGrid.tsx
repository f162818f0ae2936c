import { View, Text } from '@tarojs/components';
import type { Heatmap } from '@contract/reports';
import { t } from '../../../i18n';

/** 0 = none, 1..5 = share of the busiest floor (lightest to darkest). */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(5, Math.max(1, Math.ceil((count / max) * 5)));
}

/** Floors as columns: the union of every building's floors, lowest first ("B1层" before "1层"). */
function floorColumns(h: Heatmap): string[] {
  const names = new Set<string>();
  for (const b of h.buildings) for (const f of b.floors) names.add(f.name);
  const rank = (name: string) => {
    const m = /^(B?)(\d+)/i.exec(name);
    if (!m) return 1000;
    return m[1] ? -Number(m[2]) : Number(m[2]);
  };
  return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Faults by building (rows) × floor (columns), each cell coloured by its count. */
export function HeatGrid({ heatmap }: { heatmap: Heatmap }) {
  const floors = floorColumns(heatmap);
  const buildings = heatmap.buildings.filter((b) => b.faults > 0 || b.floors.some((f) => f.faults > 0));
  if (!buildings.length) return <View className="muted dash-empty">{t('dash.heat.empty')}</View>;
  const max = Math.max(0, ...buildings.flatMap((b) => b.floors.map((f) => f.faults)));
  return (
    <View className="heat" data-testid="heatmap">
      <View className="heat__row heat__row--head">
        <Text className="heat__name" />
        {floors.map((f) => (
          <Text key={f} className="heat__col">
            {f}
          </Text>
        ))}
        <Text className="heat__total">{t('dash.heat.total')}</Text>
      </View>
      {buildings.map((b) => {
        const byName = new Map(b.floors.map((f) => [f.name, f.faults]));
        return (
          <View key={b.buildingId} className="heat__row" data-testid={`heat-row-${b.buildingId}`}>
            <Text className="heat__name">{b.name}</Text>
            {floors.map((f) => {
              // The report lists the floors that had faults; a floor it leaves out had none.
              const n = byName.get(f) ?? 0;
              const level = heatLevel(n, max);
              return (
                <View key={f} className={`heat__col heat__cell heat__cell--l${level}`} data-testid={`heat-${b.buildingId}-${f}`} data-level={level}>
                  {n > 0 ? n : ''}
                </View>
              );
            })}
            <Text className="heat__total">{b.faults}</Text>
          </View>
        );
      })}
      <View className="heat__legend">
        <Text className="muted">{t('dash.heat.hint')}</Text>
        {[1, 2, 3, 4, 5].map((l) => (
          <View key={l} className={`heat__swatch heat__cell--l${l}`} />
        ))}
      </View>
    </View>
  );
}
