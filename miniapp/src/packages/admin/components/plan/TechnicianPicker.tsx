import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import type { AdminUser } from '@contract/admin';
import { t } from '../../../../i18n';
import { api } from '../../../../services/api';

/**
 * Who does the plan's work: one of the hospital's technicians (chips), or nobody and the team's
 * desk assigns. Someone who may not list people (a manager accepting a suggestion) types the id.
 */
export function TechnicianPicker({ value, onChange }: { value: string; onChange: (technicianId: string, team: string | null) => void }) {
  const [people, setPeople] = useState<AdminUser[] | null>(null);
  const [typed, setTyped] = useState(false);
  useEffect(() => {
    api.listUsers({ role: 'technician', retired: 'false', limit: 50 }).then(
      (page) => setPeople(page.items),
      () => setTyped(true),
    );
  }, []);
  if (typed) return <Input name="plan-technician" maxLength={64} value={value} onChange={(id) => onChange(id, null)} />;
  return (
    <View className="chips" data-testid="plan-technicians">
      <View className={`chip ${value ? '' : 'chip--active'}`} data-testid="plan-technician-none" onClick={() => onChange('', null)}>
        {t('plan.form.technicianNone')}
      </View>
      {people?.map((p) => (
        <View key={p.id} className={`chip ${value === p.id ? 'chip--active' : ''}`} data-testid={`plan-technician-${p.id}`} onClick={() => onChange(p.id, p.team ?? null)}>
          {p.name}
          {p.team ? ` · ${p.team}` : ''}
        </View>
      ))}
    </View>
  );
}
