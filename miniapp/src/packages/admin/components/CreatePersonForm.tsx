import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AdminUser } from '@contract/admin';
import type { Role } from '@contract/enums';
import { t } from '../../../i18n';
import { ApiError, api, errorMessage } from '../../../services/api';
import { PersonInputs, RoleChips } from './PersonFields';
import { VendorChoice, keepAllowed, rolesFor } from './VendorChoice';

const FIELDS = ['id', 'name', 'department', 'team', 'skills', 'phone'] as const;
type Field = (typeof FIELDS)[number];
const MAX_LENGTH: Record<Field, number> = { id: 64, name: 100, department: 100, team: 100, skills: 400, phone: 20 };

/** A new staff member: id, name, roles, department, skills and the mobile number WeChat will verify. */
export function CreatePersonForm({ onCreated }: { onCreated: (user: AdminUser) => void }) {
  const [values, setValues] = useState<Record<Field, string>>({ id: '', name: '', department: '', team: '', skills: '', phone: '' });
  const [roles, setRoles] = useState<Role[]>([]);
  const [vendorId, setVendorId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const toggle = (r: Role) => setRoles((now) => (now.includes(r) ? now.filter((x) => x !== r) : [...now, r]));

  async function save() {
    if (roles.length === 0) return setErrors({ roles: t('people.form.rolesRequired') });
    setBusy(true);
    setErrors({});
    const orNull = (v: string) => v.trim() || null;
    try {
      const skills = values.skills.split(/[,，\s]+/).filter(Boolean);
      const body = { id: values.id.trim(), name: values.name.trim(), roles, department: orNull(values.department), team: orNull(values.team), skills, phone: orNull(values.phone), shifts: [], homeBuildingId: null, vendorId };
      onCreated(await api.createUser(body));
    } catch (err) {
      const fields = err instanceof ApiError ? err.fieldMessages() : {};
      setErrors(Object.keys(fields).length ? fields : { form: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="person-form" data-testid="person-form">
      <PersonInputs fields={FIELDS} values={values} maxLength={MAX_LENGTH} errors={errors} onChange={(f, v) => setValues((now) => ({ ...now, [f]: v }))} />
      <VendorChoice
        vendorId={vendorId}
        error={errors['body.vendorId'] ?? errors.vendorId}
        onChange={(v) => {
          setVendorId(v);
          setRoles((now) => keepAllowed(now, v));
        }}
      />
      <RoleChips roles={roles} onToggle={toggle} choices={rolesFor(vendorId)} />
      {errors['body.roles'] ? <View className="field-error">{errors['body.roles']}</View> : null}
      {errors.roles ? <View className="field-error">{errors.roles}</View> : null}
      {errors.form ? <View className="field-error">{errors.form}</View> : null}
      <Button block type="primary" loading={busy} data-testid="person-save" onClick={() => void save()}>
        {t('people.form.save')}
      </Button>
    </View>
  );
}
