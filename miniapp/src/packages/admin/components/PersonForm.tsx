import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { AdminUser } from '@contract/admin';
import type { Role } from '@contract/enums';
import { t } from '../../../i18n';
import { ROLES } from './peopleFilters';

const FIELDS = ['name', 'department', 'team', 'skills', 'phone'] as const;
type Field = (typeof FIELDS)[number];
const MAX_LENGTH: Record<Field, number> = { name: 100, department: 100, team: 100, skills: 400, phone: 20 };

export interface PersonEdit {
  name: string;
  roles: Role[];
  department: string | null;
  team: string | null;
  skills: string[];
  phone: string | null;
}

const valuesOf = (u: AdminUser): Record<Field, string> => ({ name: u.name, department: u.department ?? '', team: u.team ?? '', skills: u.skills.join(', '), phone: u.phone ?? '' });

/** A staff member's roles, skills, department, team and phone, as the admin edits them. */
export function PersonForm({ user, busy, errors, onSave }: { user: AdminUser; busy: boolean; errors: Record<string, string>; onSave: (edit: PersonEdit) => void }) {
  const [values, setValues] = useState(valuesOf(user));
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const toggle = (r: Role) => setRoles((now) => (now.includes(r) ? now.filter((x) => x !== r) : [...now, r]));
  const orNull = (v: string) => v.trim() || null;
  const save = () =>
    onSave({
      name: values.name.trim(),
      roles,
      department: orNull(values.department),
      team: orNull(values.team),
      skills: values.skills.split(/[,，\s]+/).filter(Boolean),
      phone: orNull(values.phone),
    });

  return (
    <View className="person-form" data-testid="person-edit-form">
      {FIELDS.map((f) => (
        <View key={f} className="person-form__field">
          <View className="person-form__label">{t(`people.form.${f}`)}</View>
          <Input name={`person-${f}`} value={values[f]} maxLength={MAX_LENGTH[f]} type={f === 'phone' ? 'tel' : 'text'} onChange={(v) => setValues((now) => ({ ...now, [f]: v }))} />
          {errors[`body.${f}`] ?? errors[f] ? <View className="field-error">{errors[`body.${f}`] ?? errors[f]}</View> : null}
        </View>
      ))}
      <View className="person-form__label">{t('people.form.roles')}</View>
      <View className="chips">
        {ROLES.map((r) => (
          <View key={r} className={`chip ${roles.includes(r) ? 'chip--active' : ''}`} data-testid={`person-role-${r}`} onClick={() => toggle(r)}>
            {t(`role.${r}`)}
          </View>
        ))}
      </View>
      {errors['body.roles'] ? <View className="field-error">{errors['body.roles']}</View> : null}
      {errors.form ? <View className="field-error">{errors.form}</View> : null}
      <Button block type="primary" loading={busy} data-testid="person-edit-save" onClick={save}>
        {t('people.form.save')}
      </Button>
    </View>
  );
}
