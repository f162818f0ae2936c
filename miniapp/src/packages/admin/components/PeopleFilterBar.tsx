import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { t, type MessageKey } from '../../../i18n';
import { ROLES, type PeopleFilters } from './peopleFilters';

type Flag = 'true' | 'false' | undefined;

/** Chips of a yes/no filter: any, yes, no. */
function FlagChips({ value, labels, testId, onChange }: { value: Flag; labels: [MessageKey, MessageKey]; testId: string; onChange: (v: Flag) => void }) {
  return (
    <>
      {(['true', 'false'] as const).map((v, i) => (
        <View key={v} className={`chip ${value === v ? 'chip--active' : ''}`} data-testid={`${testId}-${v}`} onClick={() => onChange(value === v ? undefined : v)}>
          {t(labels[i]!)}
        </View>
      ))}
    </>
  );
}

/** Search (name, phone, id) and filters (role, team, department, WeChat link, retired) of the people screen. */
export function PeopleFilterBar({ filters, onChange }: { filters: PeopleFilters; onChange: (patch: Partial<PeopleFilters>) => void }) {
  const [text, setText] = useState(filters.q ?? '');
  const [team, setTeam] = useState(filters.team ?? '');
  const [department, setDepartment] = useState(filters.department ?? '');
  const search = () => onChange({ q: text.trim() || undefined, team: team.trim() || undefined, department: department.trim() || undefined });
  return (
    <View className="people-filters" data-testid="people-filters">
      <View className="people-filters__search">
        <Input className="people-filters__input" name="people-search" value={text} placeholder={t('people.search')} maxLength={64} onChange={setText} onConfirm={search} />
        <Button size="small" type="primary" data-testid="people-search" onClick={search}>
          {t('people.searchButton')}
        </Button>
      </View>
      <View className="people-filters__search">
        <Input className="people-filters__input" name="people-team" value={team} placeholder={t('people.filterTeam')} maxLength={100} onChange={setTeam} onConfirm={search} />
        <Input className="people-filters__input" name="people-department" value={department} placeholder={t('people.filterDepartment')} maxLength={100} onChange={setDepartment} onConfirm={search} />
      </View>
      <View className="chips people-filters__row">
        <View className={`chip ${!filters.role ? 'chip--active' : ''}`} onClick={() => onChange({ role: undefined })}>
          {t('people.allRoles')}
        </View>
        {ROLES.map((r) => (
          <View key={r} className={`chip ${filters.role === r ? 'chip--active' : ''}`} data-testid={`people-role-${r}`} onClick={() => onChange({ role: filters.role === r ? undefined : r })}>
            {t(`role.${r}`)}
          </View>
        ))}
      </View>
      <View className="chips people-filters__row">
        <FlagChips value={filters.linked} labels={['people.linked', 'people.unlinked']} testId="people-linked" onChange={(linked) => onChange({ linked })} />
        <FlagChips value={filters.retired} labels={['people.retired', 'people.active']} testId="people-retired" onChange={(retired) => onChange({ retired })} />
      </View>
    </View>
  );
}
