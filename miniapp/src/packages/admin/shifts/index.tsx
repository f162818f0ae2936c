import { useRef, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Popup } from '@nutui/nutui-react-taro';
import { useDidShow } from '@tarojs/taro';
import type { AdminUser } from '@contract/admin';
import type { ShiftEntry } from '@contract/shifts';
import { t } from '../../../i18n';
import { api, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { toast } from '../../../components/toast';
import { adminApi } from '../services/adminApi';
import { ADMIN_SCREENS } from '../components/adminLinks';
import { RotaGrid } from '../components/RotaGrid';
import { ShiftCellEditor, type ShiftChoice } from '../components/ShiftCellEditor';
import { WeekPicker } from '../components/WeekPicker';
import { mondayOf, replaceDays, weekDates } from '../components/rotaWeek';
import '../components/admin.scss';

const ROTA_ROLES = ['technician', 'dispatcher'] as const;
/** A works department's staff on one screen: up to 4 pages of 50. */
const MAX_PAGES = 4;

async function staffOf(role: (typeof ROTA_ROLES)[number]): Promise<AdminUser[]> {
  const people: AdminUser[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await api.listUsers({ role, retired: 'false', limit: 50, ...(cursor ? { cursor } : {}) });
    people.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return people;
}

/** 排班: the week's rota per team, people × days; the assign sheet, the grab pool and the desk's alerts follow it. */
export default function ShiftsPage() {
  const [monday, setMonday] = useState(mondayOf(new Date()));
  const [role, setRole] = useState<(typeof ROTA_ROLES)[number]>('technician');
  const [team, setTeam] = useState<string | null>(null);
  const [people, setPeople] = useState<AdminUser[] | null>(null);
  const [entries, setEntries] = useState<ShiftEntry[]>([]);
  const [cell, setCell] = useState<{ user: AdminUser; day: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const seq = useRef(0);

  async function load(week: string, r: typeof role) {
    const mine = ++seq.current;
    try {
      const [staff, rota] = await Promise.all([staffOf(r), adminApi.listShifts(week)]);
      if (mine !== seq.current) return;
      setPeople(staff);
      setEntries(rota.items);
      setError(null);
    } catch (err) {
      if (mine === seq.current) setError(errorMessage(err));
    }
  }

  useDidShow(() => {
    if (ensureSignedIn(ADMIN_SCREENS.shifts)) void load(monday, role);
  });

  const go = (week: string, r = role) => {
    setMonday(week);
    setRole(r);
    void load(week, r);
  };

  async function save(choice: ShiftChoice) {
    if (!cell) return;
    setBusy(true);
    setSaveError(null);
    try {
      const days = choice.wholeWeek ? weekDates(monday) : [cell.day];
      const mine = replaceDays(entries, cell.user.id, days, choice.shift ? [choice.shift] : []);
      const saved = await adminApi.setUserShifts(cell.user.id, monday, { entries: mine });
      setEntries((now) => [...now.filter((e) => e.userId !== cell.user.id), ...saved.items]);
      toast(t('shifts.saved'));
      setCell(null);
    } catch (err) {
      setSaveError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const teams = [...new Set((people ?? []).map((u) => u.team).filter((x): x is string => !!x))].sort();
  const shown = (people ?? []).filter((u) => team === null || u.team === team);
  return (
    <View className="page page--wide admin-page">
      <View className="admin-page__top">
        <Text className="admin-page__title">{t('shifts.title')}</Text>
      </View>
      <WeekPicker monday={monday} onChange={(week) => go(week)} />
      <View className="chips">
        {ROTA_ROLES.map((r) => (
          <View key={r} className={`chip ${role === r ? 'chip--active' : ''}`} data-testid={`rota-role-${r}`} onClick={() => go(monday, r)}>
            {t(`role.${r}`)}
          </View>
        ))}
        <View className={`chip ${team === null ? 'chip--active' : ''}`} onClick={() => setTeam(null)}>
          {t('shifts.allTeams')}
        </View>
        {teams.map((name) => (
          <View key={name} className={`chip ${team === name ? 'chip--active' : ''}`} data-testid={`rota-team-${name}`} onClick={() => setTeam(name)}>
            {name}
          </View>
        ))}
      </View>
      <View className="muted">{t('shifts.explain')}</View>
      {error ? <View className="field-error">{error}</View> : null}
      {people === null && !error ? <View className="center-state">{t('common.loading')}</View> : <RotaGrid monday={monday} people={shown} entries={entries} onCell={(user, day) => setCell({ user, day })} />}
      <Popup visible={cell !== null} position="bottom" round closeable destroyOnClose title={t('shifts.editTitle')} onClose={() => setCell(null)}>
        {cell ? <ShiftCellEditor name={cell.user.name} day={cell.day} busy={busy} error={saveError} onSave={(c) => void save(c)} /> : null}
      </Popup>
    </View>
  );
}
