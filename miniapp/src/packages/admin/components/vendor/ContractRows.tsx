import { View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { Urgency } from '@contract/enums';
import { t } from '../../../../i18n';
import { ChoiceChips, type Choice } from './ChoiceChips';
import { MEASURES, nextTermId, type CoverageDraft, type LevelDraft, type TermDraft } from './vendorDraft';

const URGENCIES: Urgency[] = ['normal', 'urgent', 'emergency'];
type Errors = (field: string) => string | undefined;

function FieldError({ message }: { message: string | undefined }) {
  return message ? <View className="field-error">{message}</View> : null;
}

/** A labelled number input of a contract row. */
function NumberField({ label, name, value, onChange }: { label: string; name: string; value: string; onChange: (v: string) => void }) {
  return (
    <View className="vendor-form__cell">
      <View className="category-form__label">{label}</View>
      <Input name={name} type="digit" maxLength={12} value={value} onChange={onChange} />
    </View>
  );
}

function RemoveButton({ testId, onClick }: { testId: string; onClick: () => void }) {
  return (
    <Button size="small" fill="outline" type="danger" data-testid={testId} onClick={onClick}>
      {t('vendors.form.remove')}
    </Button>
  );
}

const toggled = <T,>(list: readonly T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
const replaced = <T,>(list: readonly T[], i: number, patch: Partial<T>) => list.map((row, k) => (k === i ? { ...row, ...patch } : row));

/** 服务范围: each line a category, in the whole hospital or some buildings. */
export function CoverageRows({ rows, categories, buildings, error, onChange }: { rows: CoverageDraft[]; categories: Choice<string>[]; buildings: Choice<string>[]; error: Errors; onChange: (rows: CoverageDraft[]) => void }) {
  return (
    <View data-testid="vendor-coverage">
      <View className="muted category-form__hint">{t('vendors.form.coverageHint')}</View>
      {rows.map((row, i) => (
        <View key={i} className="vendor-form__row" data-testid={`coverage-${i}`}>
          <View className="category-form__label">{t('vendors.form.category')}</View>
          <ChoiceChips options={categories} selected={[row.categoryCode]} testId={`coverage-${i}-category`} onToggle={(categoryCode) => onChange(replaced(rows, i, { categoryCode }))} />
          <View className="category-form__label">{t('vendors.form.buildings')}</View>
          <ChoiceChips options={buildings} selected={row.buildingIds} testId={`coverage-${i}-building`} onToggle={(b) => onChange(replaced(rows, i, { buildingIds: toggled(row.buildingIds, b) }))} />
          <FieldError message={error(`contract.coverage.${i}`) ?? error(`contract.coverage.${i}.categoryCode`)} />
          <RemoveButton testId={`coverage-${i}-remove`} onClick={() => onChange(rows.filter((_, k) => k !== i))} />
        </View>
      ))}
      <Button size="small" data-testid="coverage-add" onClick={() => onChange([...rows, { categoryCode: '', buildingIds: [] }])}>
        {t('vendors.form.addCoverage')}
      </Button>
    </View>
  );
}

/** 服务标准: accept and arrive minutes per category and urgency (stricter ones replace the category's). */
export function LevelRows({ rows, categories, error, onChange }: { rows: LevelDraft[]; categories: Choice<string>[]; error: Errors; onChange: (rows: LevelDraft[]) => void }) {
  const urgencies = URGENCIES.map((u) => ({ value: u, label: t(`urgency.${u}`) }));
  return (
    <View data-testid="vendor-levels">
      {rows.map((row, i) => (
        <View key={i} className="vendor-form__row" data-testid={`level-${i}`}>
          <ChoiceChips options={categories} selected={[row.categoryCode]} testId={`level-${i}-category`} onToggle={(categoryCode) => onChange(replaced(rows, i, { categoryCode }))} />
          <ChoiceChips options={urgencies} selected={[row.urgency]} testId={`level-${i}-urgency`} onToggle={(urgency) => onChange(replaced(rows, i, { urgency }))} />
          <View className="vendor-form__cells">
            <NumberField label={t('vendors.form.acceptMinutes')} name={`level-${i}-accept`} value={row.acceptMinutes} onChange={(acceptMinutes) => onChange(replaced(rows, i, { acceptMinutes }))} />
            <NumberField label={t('vendors.form.arriveMinutes')} name={`level-${i}-arrive`} value={row.arriveMinutes} onChange={(arriveMinutes) => onChange(replaced(rows, i, { arriveMinutes }))} />
          </View>
          <FieldError message={error(`contract.serviceLevels.${i}`) ?? error(`contract.serviceLevels.${i}.categoryCode`) ?? error(`contract.serviceLevels.${i}.acceptMinutes`) ?? error(`contract.serviceLevels.${i}.arriveMinutes`)} />
          <RemoveButton testId={`level-${i}-remove`} onClick={() => onChange(rows.filter((_, k) => k !== i))} />
        </View>
      ))}
      <Button size="small" data-testid="level-add" onClick={() => onChange([...rows, { categoryCode: categories[0]?.value ?? '', urgency: 'emergency', acceptMinutes: '', arriveMinutes: '' }])}>
        {t('vendors.form.addLevel')}
      </Button>
    </View>
  );
}

/** 考核条款: a bonus or penalty per measure, by steps beyond a threshold or flat, with its own cap. */
export function TermRows({ rows, error, onChange }: { rows: TermDraft[]; error: Errors; onChange: (rows: TermDraft[]) => void }) {
  const measures = MEASURES.map((m) => ({ value: m, label: t(`vendors.measure.${m}`) }));
  const kinds = (['penalty', 'bonus'] as const).map((k) => ({ value: k, label: t(`vendors.kind.${k}`) }));
  const directions = (['below', 'above'] as const).map((d) => ({ value: d, label: t(`vendors.direction.${d}`) }));
  const numbers = ['threshold', 'percentPerUnit', 'unit', 'capPercent'] as const;
  return (
    <View data-testid="vendor-terms">
      {rows.map((row, i) => (
        <View key={row.id} className="vendor-form__row" data-testid={`term-${i}`}>
          <ChoiceChips options={measures} selected={[row.measure]} testId={`term-${i}-measure`} onToggle={(measure) => onChange(replaced(rows, i, { measure }))} />
          <ChoiceChips options={kinds} selected={[row.kind]} testId={`term-${i}-kind`} onToggle={(kind) => onChange(replaced(rows, i, { kind }))} />
          <ChoiceChips options={directions} selected={[row.direction]} testId={`term-${i}-direction`} onToggle={(direction) => onChange(replaced(rows, i, { direction }))} />
          <View className="vendor-form__cells">
            {numbers.map((f) => (
              <NumberField key={f} label={t(`vendors.form.${f}`)} name={`term-${i}-${f}`} value={row[f]} onChange={(v) => onChange(replaced(rows, i, { [f]: v }))} />
            ))}
          </View>
          <FieldError message={numbers.map((f) => error(`contract.terms.${i}.${f}`)).find(Boolean) ?? error(`contract.terms.${i}.id`)} />
          <RemoveButton testId={`term-${i}-remove`} onClick={() => onChange(rows.filter((_, k) => k !== i))} />
        </View>
      ))}
      <Button
        size="small"
        data-testid="term-add"
        onClick={() => onChange([...rows, { id: nextTermId(rows), measure: 'acceptOnTimeRate', kind: 'penalty', direction: 'below', threshold: '98', percentPerUnit: '0.5', unit: '1', capPercent: '' }])}
      >
        {t('vendors.form.addTerm')}
      </Button>
    </View>
  );
}
