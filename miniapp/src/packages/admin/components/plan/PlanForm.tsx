import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { AdminLocation } from '@contract/admin';
import type { Category } from '@contract/catalog';
import { pick, t } from '../../../../i18n';
import { ChoiceChips } from './ChoiceChips';
import { ChecklistEditor } from './ChecklistEditor';
import { messagesOf } from './fieldErrors';
import { PlanScheduleEditor } from './PlanScheduleEditor';
import { PlanTargetPicker } from './PlanTargetPicker';
import { TechnicianPicker } from './TechnicianPicker';
import { CRITICALITIES, type PlanDraft } from './planDraft';
import './plan.scss';

interface Props {
  initial: PlanDraft;
  places: readonly AdminLocation[];
  categories: readonly Category[];
  busy: boolean;
  /** The server's field messages ("body.schedule.everyDays" → message) and `form` for the whole. */
  errors: Record<string, string>;
  /** Shown, not saved (a manager looking at a plan). */
  readOnly?: boolean;
  onSave: (draft: PlanDraft) => void;
}

function TextField({ name, label, value, max, digits, error, onChange }: { name: string; label: string; value: string; max: number; digits?: boolean; error: JSX.Element | null; onChange: (v: string) => void }) {
  return (
    <View className="category-form__field">
      <View className="category-form__label">{label}</View>
      <Input name={name} type={digits ? 'digit' : 'text'} maxLength={max} value={value} onChange={onChange} />
      {error}
    </View>
  );
}

/** A plan: names, what it covers, schedule and window, checklist, category, who does it, criticality, lead and postpone days. */
export function PlanForm({ initial, places, categories, busy, errors, readOnly = false, onSave }: Props) {
  const [draft, setDraft] = useState<PlanDraft>(initial);
  const set = (patch: Partial<PlanDraft>) => setDraft((now) => ({ ...now, ...patch }));
  const error = (field: string, exact = false) => {
    const messages = messagesOf(errors, field, exact);
    return messages.length ? <View className="field-error">{messages.join('；')}</View> : null;
  };

  return (
    <View className="category-form plan-form" data-testid="plan-form">
      <View className="plan-grid">
        <TextField name="plan-name-zh" label={t('plan.form.nameZh')} value={draft.nameZh} max={100} error={error('name.zh')} onChange={(nameZh) => set({ nameZh })} />
        <TextField name="plan-name-en" label={t('plan.form.nameEn')} value={draft.nameEn} max={160} error={error('name.en')} onChange={(nameEn) => set({ nameEn })} />
      </View>

      <View className="plan-form__section">{t('plan.form.target')}</View>
      <PlanTargetPicker draft={draft} places={places} error={error} onChange={set} />

      <View className="plan-form__section">{t('plan.form.schedule')}</View>
      <PlanScheduleEditor draft={draft} error={error} onChange={set} />

      <View className="plan-form__section">{t('plan.form.checklist')}</View>
      <ChecklistEditor items={draft.checklist} error={error} onChange={(checklist) => set({ checklist })} />

      <View className="plan-form__section">{t('plan.form.work')}</View>
      <View className="category-form__label">{t('plan.form.category')}</View>
      <View className="chips" data-testid="plan-categories">
        {categories.map((c) => (
          <View key={c.code} className={`chip ${draft.categoryCode === c.code ? 'chip--active' : ''}`} data-testid={`plan-category-${c.code}`} onClick={() => set({ categoryCode: c.code })}>
            {pick(c.nameZh, c.nameEn)}
          </View>
        ))}
      </View>
      {error('categoryCode')}
      <View className="category-form__label">{t('plan.form.technician')}</View>
      <TechnicianPicker value={draft.technicianId} onChange={(technicianId, team) => set(team && !draft.team.trim() ? { technicianId, team } : { technicianId })} />
      {error('technicianId')}
      <TextField name="plan-team" label={t('plan.form.team')} value={draft.team} max={100} error={error('team')} onChange={(team) => set({ team })} />
      <View className="category-form__label">{t('plan.form.criticality')}</View>
      <ChoiceChips values={CRITICALITIES} value={draft.criticality} label={(c) => t(`plans.crit.${c}`)} testId="criticality" onChange={(criticality) => set({ criticality })} />
      {draft.criticality === 'normal' ? null : <View className="section-note">{t('plan.form.criticalTarget')}</View>}
      {error('criticality')}
      <View className="plan-grid">
        <TextField name="plan-lead-days" label={t('plan.form.leadDays')} value={draft.leadDays} max={2} digits error={error('leadDays')} onChange={(leadDays) => set({ leadDays })} />
        <TextField name="plan-postpone-days" label={t('plan.form.postponeMaxDays')} value={draft.postponeMaxDays} max={2} digits error={error('postponeMaxDays')} onChange={(postponeMaxDays) => set({ postponeMaxDays })} />
      </View>

      {errors.form ? <View className="field-error" data-testid="plan-form-error">{errors.form}</View> : null}
      {readOnly ? null : (
        <Button block type="primary" loading={busy} data-testid="plan-save" onClick={() => onSave(draft)}>
          {t('plan.form.save')}
        </Button>
      )}
    </View>
  );
}
