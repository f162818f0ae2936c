import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AdminUser } from '@contract/admin';
import type { Role } from '@contract/enums';
import { t } from '../../../i18n';
import { PersonInputs, RoleChips } from './PersonFields';
import { VendorChoice, keepAllowed, rolesFor } from './VendorChoice';

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
  /** The vendor the person works for (issue 16); null: the hospital. */
  vendorId: string | null;
}

const valuesOf = (u: AdminUser): Record<Field, string> => ({ name: u.name, department: u.department ?? '', team: u.team ?? '', skills: u.skills.join(', '), phone: u.phone ?? '' });

/** A staff member's roles, skills, department, team and phone, as the admin edits them. */
export function PersonForm({ user, busy, errors, onSave }: { user: AdminUser; busy: boolean; errors: Record<string, string>; onSave: (edit: PersonEdit) => void }) {
  const [values, setValues] = useState(valuesOf(user));
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [vendorId, setVendorId] = useState<string | null>(user.vendorId);
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
      vendorId,
    });

  return (
    <View className="person-form" data-testid="person-edit-form">
      <PersonInputs fields={FIELDS} values={values} maxLength={MAX_LENGTH} errors={errors} onChange={(f, v) => setValues((now) => ({ ...now, [f]: v }))} />
      <VendorChoice
        vendorId={vendorId}
        error={errors['body.vendorId']}
        onChange={(v) => {
          setVendorId(v);
          setRoles((now) => keepAllowed(now, v));
        }}
      />
      <RoleChips roles={roles} onToggle={toggle} choices={rolesFor(vendorId)} />
      {errors['body.roles'] ? <View className="field-error">{errors['body.roles']}</View> : null}
      {errors.form ? <View className="field-error">{errors.form}</View> : null}
      <Button block type="primary" loading={busy} data-testid="person-edit-save" onClick={save}>
        {t('people.form.save')}
      </Button>
    </View>
  );
}
