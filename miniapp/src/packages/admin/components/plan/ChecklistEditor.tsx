import { View, Text } from '@tarojs/components';
import { Button, Input, Switch } from '@nutui/nutui-react-taro';
import { t } from '../../../../i18n';
import { ChoiceChips } from './ChoiceChips';
import type { ErrorOf } from './fieldErrors';
import { ITEM_KINDS, newItem, type ItemDraft } from './planDraft';

const MAX_ITEMS = 50;

/** The checklist template: each item pass/fail, a number (unit and range), a text or a photo; required or not; in both languages. */
export function ChecklistEditor({ items, error, onChange }: { items: ItemDraft[]; error: ErrorOf; onChange: (items: ItemDraft[]) => void }) {
  const set = (i: number, patch: Partial<ItemDraft>) => onChange(items.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <View className="checklist-editor" data-testid="checklist-editor">
      {items.map((item, i) => (
        <View key={item.id} className="checklist-item" data-testid={`item-${i}`}>
          <View className="checklist-item__head">
            <Text className="checklist-item__no">{i + 1}</Text>
            <ChoiceChips values={ITEM_KINDS} value={item.kind} label={(k) => t(`plan.item.kind.${k}`)} testId={`item-${i}-kind`} onChange={(kind) => set(i, { kind })} />
          </View>
          <View className="plan-grid">
            <Input name={`item-${i}-zh`} placeholder={t('plan.item.labelZh')} maxLength={100} value={item.labelZh} onChange={(labelZh) => set(i, { labelZh })} />
            <Input name={`item-${i}-en`} placeholder={t('plan.item.labelEn')} maxLength={160} value={item.labelEn} onChange={(labelEn) => set(i, { labelEn })} />
          </View>
          {error(`checklist.${i}.label`)}
          {item.kind === 'number' ? (
            <View className="plan-grid plan-grid--three">
              <Input name={`item-${i}-unit`} placeholder={t('plan.item.unit')} maxLength={16} value={item.unit} onChange={(unit) => set(i, { unit })} />
              <Input name={`item-${i}-min`} type="digit" placeholder={t('plan.item.min')} maxLength={12} value={item.min} onChange={(min) => set(i, { min })} />
              <Input name={`item-${i}-max`} type="digit" placeholder={t('plan.item.max')} maxLength={12} value={item.max} onChange={(max) => set(i, { max })} />
            </View>
          ) : null}
          {error(`checklist.${i}.unit`)}
          {error(`checklist.${i}.min`)}
          {error(`checklist.${i}.max`)}
          <View className="checklist-item__foot">
            <View className="category-form__label">{t('plan.item.required')}</View>
            <View data-testid={`item-${i}-required`} data-checked={String(item.required)}>
              <Switch checked={item.required} onChange={(required) => set(i, { required })} />
            </View>
            <View className="chip" data-testid={`item-${i}-remove`} onClick={() => onChange(items.filter((_, j) => j !== i))}>
              {t('plan.item.remove')}
            </View>
          </View>
        </View>
      ))}
      {error('checklist', true)}
      {items.length < MAX_ITEMS ? (
        <Button size="small" fill="outline" data-testid="item-add" onClick={() => onChange([...items, newItem(items)])}>
          {t('plan.item.add')}
        </Button>
      ) : null}
    </View>
  );
}
