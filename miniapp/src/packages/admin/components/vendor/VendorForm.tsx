import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import { t, type MessageKey } from '../../../../i18n';
import { DayPicker } from '../DayPicker';
import type { Choice } from './ChoiceChips';
import { CoverageRows, LevelRows, TermRows } from './ContractRows';
import type { VendorDraft } from './vendorDraft';

type TextField = 'nameZh' | 'nameEn' | 'contactName' | 'contactPhone' | 'reference' | 'monthlyFee' | 'penaltyCapPercent' | 'bonusCapPercent';
const MAX_LENGTH: Record<TextField, number> = { nameZh: 100, nameEn: 100, contactName: 50, contactPhone: 20, reference: 64, monthlyFee: 12, penaltyCapPercent: 6, bonusCapPercent: 6 };
const LABEL: Record<TextField, MessageKey> = {
  nameZh: 'vendors.form.nameZh',
  nameEn: 'vendors.form.nameEn',
  contactName: 'vendors.form.contactName',
  contactPhone: 'vendors.form.contactPhone',
  reference: 'vendors.form.reference',
  monthlyFee: 'vendors.form.monthlyFee',
  penaltyCapPercent: 'vendors.form.penaltyCap',
  bonusCapPercent: 'vendors.form.bonusCap',
};
/** Where each field's server message is filed (the contract's fields sit under contract.). */
const PATH: Record<TextField, string> = { nameZh: 'nameZh', nameEn: 'nameEn', contactName: 'contactName', contactPhone: 'contactPhone', reference: 'contract.reference', monthlyFee: 'contract.monthlyFee', penaltyCapPercent: 'contract.penaltyCapPercent', bonusCapPercent: 'contract.bonusCapPercent' };

interface Props {
  initial: VendorDraft;
  isNew: boolean;
  categories: Choice<string>[];
  buildings: Choice<string>[];
  busy: boolean;
  errors: Record<string, string>;
  onSave: (draft: VendorDraft) => void;
}

/** A vendor and its contract: names, the hospital's contact and notes, period, fee, coverage, service levels, terms and caps. */
export function VendorForm({ initial, isNew, categories, buildings, busy, errors, onSave }: Props) {
  const [draft, setDraft] = useState<VendorDraft>(initial);
  const set = (patch: Partial<VendorDraft>) => setDraft((now) => ({ ...now, ...patch }));
  const error = (field: string) => errors[`body.${field}`] ?? errors[field];
  const covered = categories.filter((c) => draft.coverage.some((l) => l.categoryCode === c.value));

  const text = (f: TextField) => (
    <View key={f} className="category-form__field vendor-form__cell">
      <View className="category-form__label">{t(LABEL[f])}</View>
      <Input name={`vendor-${f}`} maxLength={MAX_LENGTH[f]} type={f === 'contactPhone' ? 'tel' : f === 'monthlyFee' || f.endsWith('Percent') ? 'digit' : 'text'} value={draft[f]} onChange={(v) => set({ [f]: v })} />
      {error(PATH[f]) ? <View className="field-error">{error(PATH[f])}</View> : null}
    </View>
  );

  return (
    <View className="category-form vendor-form" data-testid="vendor-form">
      {isNew ? (
        <View className="category-form__field">
          <View className="category-form__label">{t('vendors.form.id')}</View>
          <Input name="vendor-id" maxLength={32} value={draft.id} onChange={(id) => set({ id })} />
          {error('id') ? <View className="field-error">{error('id')}</View> : null}
        </View>
      ) : null}
      <View className="vendor-form__cells">{(['nameZh', 'nameEn', 'contactName', 'contactPhone'] as const).map(text)}</View>
      <View className="category-form__label">{t('vendors.form.notes')}</View>
      <TextArea className="vendor-form__notes" maxLength={500} value={draft.notes} onChange={(notes) => set({ notes })} />
      <View className="vendor-form__cells">
        {text('reference')}
        <View className="vendor-form__cell">
          <View className="category-form__label">{t('vendors.form.startsOn')}</View>
          <DayPicker day={draft.startsOn} title={t('vendors.form.startsOn')} testId="vendor-startsOn" onChange={(startsOn) => set({ startsOn })} />
        </View>
        <View className="vendor-form__cell">
          <View className="category-form__label">{t('vendors.form.endsOn')}</View>
          <DayPicker day={draft.endsOn} title={t('vendors.form.endsOn')} testId="vendor-endsOn" onChange={(endsOn) => set({ endsOn })} />
        </View>
        {text('monthlyFee')}
      </View>
      {error('contract.endsOn') ? <View className="field-error">{error('contract.endsOn')}</View> : null}

      <View className="card-title">{t('vendors.form.coverage')}</View>
      <CoverageRows rows={draft.coverage} categories={categories} buildings={buildings} error={error} onChange={(coverage) => set({ coverage })} />
      {error('contract.coverage') ? <View className="field-error">{error('contract.coverage')}</View> : null}
      <View className="card-title">{t('vendors.form.serviceLevels')}</View>
      <LevelRows rows={draft.serviceLevels} categories={covered} error={error} onChange={(serviceLevels) => set({ serviceLevels })} />
      <View className="card-title">{t('vendors.form.terms')}</View>
      <TermRows rows={draft.terms} error={error} onChange={(terms) => set({ terms })} />
      <View className="vendor-form__cells">{(['penaltyCapPercent', 'bonusCapPercent'] as const).map(text)}</View>

      {errors.form ? (
        <View className="field-error" data-testid="vendor-error">
          {errors.form}
        </View>
      ) : null}
      <Button block type="primary" loading={busy} data-testid="vendor-save" onClick={() => onSave(draft)}>
        {t('vendors.form.save')}
      </Button>
    </View>
  );
}
