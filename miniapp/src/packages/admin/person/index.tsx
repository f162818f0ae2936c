import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import type { AdminUser } from '@contract/admin';
import { t } from '../../../i18n';
import { ApiError, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { toast } from '../../../components/toast';
import { adminApi } from '../services/adminApi';
import { ADMIN_SCREENS } from '../components/adminLinks';
import { PersonForm, type PersonEdit } from '../components/PersonForm';
import { PersonActions } from '../components/PersonActions';
import { AuditList } from '../components/AuditList';
import '../people/index.scss';
import '../components/admin.scss';

/** One staff member: edit roles, skills, department, team and phone; invite, unlink and retire stay as on the list. */
export default function PersonPage() {
  const id = decodeURIComponent(useRouter().params.id ?? '');
  const [user, setUser] = useState<AdminUser | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useDidShow(() => {
    if (!ensureSignedIn(ADMIN_SCREENS.person(id))) return;
    adminApi.getUser(id).then(setUser, (err: unknown) => setLoadError(errorMessage(err)));
  });

  async function save(edit: PersonEdit) {
    if (!user) return;
    if (edit.roles.length === 0) return setErrors({ 'body.roles': t('people.form.rolesRequired') });
    setBusy(true);
    setErrors({});
    try {
      // The weekly pattern and home building are kept as they are: the rota has its own screen.
      setUser(await adminApi.updateUser(user.id, { ...edit, shifts: user.shifts, homeBuildingId: user.homeBuildingId, version: user.version }));
      toast(t('people.saved'));
    } catch (err) {
      const fields = err instanceof ApiError ? err.fieldMessages() : {};
      setErrors({ ...fields, form: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  if (loadError) return <View className="page field-error">{loadError}</View>;
  if (!user) return <View className="page center-state">{t('common.loading')}</View>;
  return (
    <View className="page page--wide admin-page admin-page--two">
      <View className="admin-page__col">
        <Text className="admin-page__title">
          {user.name} · {user.id}
        </Text>
        <PersonForm key={user.version} user={user} busy={busy} errors={errors} onSave={(e) => void save(e)} />
      </View>
      <View className="admin-page__col">
        <PersonActions user={user} onChanged={setUser} />
        <AuditList kind="user" recordId={user.id} refreshKey={user.version} />
      </View>
    </View>
  );
}
