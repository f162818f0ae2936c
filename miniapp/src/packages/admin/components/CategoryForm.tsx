import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Input, Switch } from '@nutui/nutui-react-taro';
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/style.css';
import { t } from '../../../i18n';
import { DISPATCH_MODES, type CategoryDraft } from './categoryDraft';
import { QuickPhrasesEditor } from './QuickPhrasesEditor';
import { SlaTimesEditor } from './SlaTimesEditor';

const TEXT_FIELDS = ['nameZh', 'nameEn', 'team'] as const;

interface Props {
  initial: CategoryDraft;
  /** A new category also asks for its code (it cannot change later). */
  isNew: boolean;
  busy: boolean;
  errors: Record<string, string>;
  onSave: (draft: CategoryDraft) => void;
}

/** A yes/no setting with NutUI's switch; `data-checked` lets a test read it. */
function SwitchRow({ label, testId, checked, onChange }: { label: string; testId: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <View className="category-form__switch">
      <View className="category-form__label">{label}</View>
      <View data-testid={testId} data-checked={String(checked)}>
        <Switch checked={checked} onChange={onChange} />
      </View>
    </View>
  );
}

const fieldError = (errors: Record<string, string>, field: string) => errors[`body.${field}`] ?? errors[field];

/** A service category: names, the responsible team or vendor, dispatch mode, SLA times, quick phrases, signature at confirmation. */
export function CategoryForm({ initial, isNew, busy, errors, onSave }: Props) {
  const [draft, setDraft] = useState<CategoryDraft>(initial);
  const set = (patch: Partial<CategoryDraft>) => setDraft((now) => ({ ...now, ...patch }));
  const error = (field: string) => {
    const message = fieldError(errors, field);
    return message ? <View className="field-error">{message}</View> : null;
  };

  return (
    <View className="category-form" data-testid="category-form">
      {isNew ? (
        <View className="category-form__field">
          <View className="category-form__label">{t('categories.form.code')}</View>
          <Input name="category-code" maxLength={32} value={draft.code} onChange={(code) => set({ code })} />
          {error('code')}
        </View>
      ) : null}
      {TEXT_FIELDS.map((f) => (
        <View key={f} className="category-form__field">
          <View className="category-form__label">{t(`categories.form.${f}`)}</View>
          <Input name={`category-${f}`} maxLength={100} value={draft[f]} onChange={(v) => set({ [f]: v })} />
          {error(f)}
        </View>
      ))}
      <View className="category-form__label">{t('categories.form.dispatchMode')}</View>
      <View className="chips">
        {DISPATCH_MODES.map((m) => (
          <View key={m} className={`chip ${draft.dispatchMode === m ? 'chip--active' : ''}`} data-testid={`dispatch-${m}`} onClick={() => set({ dispatchMode: m })}>
            {t(`categories.dispatch.${m}`)}
          </View>
        ))}
      </View>
      <View className="muted category-form__hint">{t(`categories.dispatchHint.${draft.dispatchMode}`)}</View>
      <View className="category-form__label">{t('categories.form.sla')}</View>
      <SlaTimesEditor sla={draft.sla} errors={errors} onChange={(sla) => set({ sla })} />
      <View className="category-form__label">{t('categories.form.quickPhrases')}</View>
      <QuickPhrasesEditor phrases={draft.quickPhrases} onChange={(quickPhrases) => set({ quickPhrases })} />
      {error('quickPhrases')}
      <SwitchRow label={t('categories.form.signatureRequired')} testId="signature-required" checked={draft.signatureRequired} onChange={(signatureRequired) => set({ signatureRequired })} />
      <SwitchRow label={t('categories.form.offeredForRooms')} testId="offered-for-rooms" checked={draft.offeredForRooms} onChange={(offeredForRooms) => set({ offeredForRooms })} />
      {errors.form ? <View className="field-error">{errors.form}</View> : null}
      <Button block type="primary" loading={busy} data-testid="category-save" onClick={() => onSave(draft)}>
        {t('categories.form.save')}
      </Button>
    </View>
  );
}
