import { View } from '@tarojs/components';

/** One choice of a few (frequency, target kind, criticality, item kind) as a row of chips; `${testId}-${value}` names each. */
export function ChoiceChips<T extends string>({ values, value, label, testId, onChange }: { values: readonly T[]; value: T; label: (v: T) => string; testId: string; onChange: (v: T) => void }) {
  return (
    <View className="chips">
      {values.map((v) => (
        <View key={v} className={`chip ${value === v ? 'chip--active' : ''}`} data-testid={`${testId}-${v}`} onClick={() => onChange(v)}>
          {label(v)}
        </View>
      ))}
    </View>
  );
}
