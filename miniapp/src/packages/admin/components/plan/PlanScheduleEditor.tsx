import { View } from '@tarojs/components';
import { Input, Switch } from '@nutui/nutui-react-taro';
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/style.css';
import { t } from '../../../../i18n';
import { ChoiceChips } from './ChoiceChips';
import type { ErrorOf } from './fieldErrors';
import { DayPicker } from '../DayPicker';
import { FREQUENCIES, defaultWindowOf, type PlanDraft } from './planDraft';

type SchedulePart = Pick<PlanDraft, 'frequency' | 'everyDays' | 'startsOn' | 'meter' | 'windowOverride' | 'beforeDays' | 'afterDays'>;

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <View className="category-form__field">
      <View className="category-form__label">{label}</View>
      {children}
    </View>
  );
}

/** The default window in words: "within the calendar month", or the days before and after the due day. */
export function defaultWindowText(frequency: PlanDraft['frequency'], everyDays: string): string {
  const w = defaultWindowOf(frequency, Number(everyDays));
  if (w.kind === 'month') return t('plan.window.month');
  if (w.beforeDays === 0 && w.afterDays === 0) return t('plan.window.sameDay');
  return t('plan.window.days', { before: w.beforeDays, after: w.afterDays });
}

/** How often (a calendar frequency, every N days, or a meter) and the first due day; then the completion window. */
export function PlanScheduleEditor({ draft, error, onChange }: { draft: SchedulePart; error: ErrorOf; onChange: (patch: Partial<SchedulePart>) => void }) {
  const meter = (patch: Partial<PlanDraft['meter']>) => onChange({ meter: { ...draft.meter, ...patch } });
  return (
    <View className="plan-schedule" data-testid="plan-schedule">
      <ChoiceChips values={FREQUENCIES} value={draft.frequency} label={(f) => t(`plans.freq.${f}`)} testId="frequency" onChange={(frequency) => onChange({ frequency })} />
      {error('schedule.frequency')}
      {draft.frequency === 'everyNDays' ? (
        <Field label={t('plan.form.everyDays')}>
          <Input name="plan-every-days" type="digit" maxLength={4} value={draft.everyDays} onChange={(everyDays) => onChange({ everyDays })} />
          {error('schedule.everyDays')}
        </Field>
      ) : null}
      {draft.frequency === 'meter' ? (
        <View className="plan-grid">
          <Field label={t('plan.form.meterName')}>
            <Input name="plan-meter-name" maxLength={32} value={draft.meter.name} onChange={(name) => meter({ name })} />
            {error('schedule.meter.name')}
          </Field>
          <Field label={t('plan.form.meterUnit')}>
            <Input name="plan-meter-unit" maxLength={16} value={draft.meter.unit} onChange={(unit) => meter({ unit })} />
            {error('schedule.meter.unit')}
          </Field>
          <Field label={t('plan.form.meterEvery')}>
            <Input name="plan-meter-every" type="digit" maxLength={12} value={draft.meter.every} onChange={(every) => meter({ every })} />
            {error('schedule.meter.every')}
          </Field>
          <Field label={t('plan.form.meterStartsAt')}>
            <Input name="plan-meter-starts-at" type="digit" maxLength={12} value={draft.meter.startsAt} onChange={(startsAt) => meter({ startsAt })} />
            {error('schedule.meter.startsAt')}
          </Field>
        </View>
      ) : null}
      <Field label={t('plan.form.startsOn')}>
        <DayPicker day={draft.startsOn} title={t('plan.form.startsOn')} testId="plan-starts-on" onChange={(startsOn) => onChange({ startsOn })} />
        {error('schedule.startsOn')}
      </Field>

      <View className="category-form__label">{t('plan.form.window')}</View>
      <View className="muted" data-testid="plan-window-default">
        {t('plan.form.windowDefault', { text: defaultWindowText(draft.frequency, draft.everyDays) })}
      </View>
      <View className="category-form__switch">
        <View className="category-form__label">{t('plan.form.windowOverride')}</View>
        <View data-testid="plan-window-override" data-checked={String(draft.windowOverride)}>
          <Switch checked={draft.windowOverride} onChange={(windowOverride) => onChange({ windowOverride })} />
        </View>
      </View>
      {draft.windowOverride ? (
        <View className="plan-grid">
          <Field label={t('plan.form.beforeDays')}>
            <Input name="plan-window-before" type="digit" maxLength={2} value={draft.beforeDays} onChange={(beforeDays) => onChange({ beforeDays })} />
            {error('window.beforeDays')}
          </Field>
          <Field label={t('plan.form.afterDays')}>
            <Input name="plan-window-after" type="digit" maxLength={2} value={draft.afterDays} onChange={(afterDays) => onChange({ afterDays })} />
            {error('window.afterDays')}
          </Field>
        </View>
      ) : null}
    </View>
  );
}
