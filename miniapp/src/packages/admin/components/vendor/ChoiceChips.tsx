import { View } from '@tarojs/components';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** One choice (or several, with `multiple`) among a few, as NutUI-styled chips; `testId-<value>` names each for tests. */
export function ChoiceChips<T extends string>({ options, selected, testId, onToggle }: { options: readonly Choice<T>[]; selected: readonly T[]; testId: string; onToggle: (value: T) => void }) {
  return (
    <View className="chips" data-testid={testId}>
      {options.map((o) => (
        <View key={o.value} className={`chip ${selected.includes(o.value) ? 'chip--active' : ''}`} data-testid={`${testId}-${o.value}`} onClick={() => onToggle(o.value)}>
          {o.label}
        </View>
      ))}
    </View>
  );
}
