import { View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import type { Role } from '@contract/enums';
import { t, type MessageKey } from '../../../i18n';
import { ROLES } from './peopleFilters';

/** The text fields of a staff record (create and edit forms), each with the server's message for it. */
export function PersonInputs<F extends string>({ fields, values, maxLength, errors, onChange }: { fields: readonly F[]; values: Record<F, string>; maxLength: Record<F, number>; errors: Record<string, string>; onChange: (field: F, value: string) => void }) {
  return (
    <>
      {fields.map((f) => (
        <View key={f} className="person-form__field">
          <View className="person-form__label">{t(`people.form.${f}` as MessageKey)}</View>
          <Input name={`person-${f}`} value={values[f]} maxLength={maxLength[f]} type={f === 'phone' ? 'tel' : 'text'} onChange={(v) => onChange(f, v)} />
          {errors[`body.${f}`] ?? errors[f] ? <View className="field-error">{errors[`body.${f}`] ?? errors[f]}</View> : null}
        </View>
      ))}
    </>
  );
}

/** The roles of a staff record, as chips to toggle (`choices`: those the person's employer allows). */
export function RoleChips({ roles, onToggle, choices = ROLES }: { roles: readonly Role[]; onToggle: (role: Role) => void; choices?: readonly Role[] }) {
  return (
    <>
      <View className="person-form__label">{t('people.form.roles')}</View>
      <View className="chips">
        {choices.map((r) => (
          <View key={r} className={`chip ${roles.includes(r) ? 'chip--active' : ''}`} data-testid={`person-role-${r}`} onClick={() => onToggle(r)}>
            {t(`role.${r}`)}
          </View>
        ))}
      </View>
    </>
  );
}
