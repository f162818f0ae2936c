import { View, Text } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import type { Urgency } from '@contract/enums';
import { t } from '../../../i18n';
import { URGENCIES, type CategoryDraft, type SlaKind } from './categoryDraft';

const KINDS: SlaKind[] = ['acceptWithinMinutes', 'arriveWithinMinutes'];

/** Accept and arrive times, in minutes, for each urgency: a small table of six numbers. */
export function SlaTimesEditor({ sla, errors, onChange }: { sla: CategoryDraft['sla']; errors: Record<string, string>; onChange: (sla: CategoryDraft['sla']) => void }) {
  const set = (kind: SlaKind, u: Urgency, value: string) => onChange({ ...sla, [kind]: { ...sla[kind], [u]: value } });
  return (
    <View className="sla-grid" data-testid="sla-grid">
      <Text className="sla-grid__head">{t('categories.sla.minutes')}</Text>
      {URGENCIES.map((u) => (
        <Text key={u} className="sla-grid__head">
          {t(`urgency.${u}`)}
        </Text>
      ))}
      {KINDS.map((kind) => (
        <View key={kind} className="sla-grid__row">
          <Text className="sla-grid__label">{t(`categories.sla.${kind}`)}</Text>
          {URGENCIES.map((u) => {
            const error = errors[`body.sla.${kind}.${u}`] ?? errors[`sla.${kind}.${u}`];
            return (
              <View key={u} className="sla-grid__cell">
                <Input name={`sla-${kind}-${u}`} type="digit" maxLength={5} value={sla[kind][u]} onChange={(v) => set(kind, u, v)} />
                {error ? <View className="field-error">{error}</View> : null}
              </View>
            );
          })}
        </View>
      ))}
    </View>
  );
}
