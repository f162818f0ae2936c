import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Input, Switch } from '@nutui/nutui-react-taro';
import { useDidShow } from '@tarojs/taro';
import type { AdminUser } from '@contract/admin';
import type { GradeSettings, IncidentSettingsView } from '@contract/incidents';
import { t } from '../../../i18n';
import { api, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { incidentApi, INCIDENT_SCREENS } from '../../../services/incidents';
import { LoadState } from '../../../components/LoadState';
import { toast } from '../../../components/toast';
import '../components/admin.scss';

const MAX_NAMED = 20;

/** 重大事件指挥名单: per grade, the on-site and plan minutes, the named people, and which groups are alerted too. */
export default function IncidentRostersPage() {
  const [view, setView] = useState<IncidentSettingsView | null>(null);
  const [grades, setGrades] = useState<GradeSettings[]>([]);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<AdminUser[]>([]);
  const [pickingFor, setPickingFor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function load() {
    try {
      const settings = await incidentApi.settings();
      setView(settings);
      setGrades(settings.grades);
      setNames(new Map(settings.people.map((p) => [p.id, p.name])));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  useDidShow(() => {
    if (ensureSignedIn(INCIDENT_SCREENS.rosters)) void load();
  });

  const edit = (grade: string, patch: Partial<GradeSettings>) => setGrades((now) => now.map((g) => (g.grade === grade ? { ...g, ...patch } : g)));

  async function search(q: string) {
    setQuery(q);
    if (!q.trim()) return setFound([]);
    try {
      setFound((await api.listUsers({ q: q.trim(), limit: 10 } as Parameters<typeof api.listUsers>[0])).items);
    } catch {
      setFound([]);
    }
  }

  function pick(grade: GradeSettings, user: AdminUser) {
    if (!grade.namedUserIds.includes(user.id) && grade.namedUserIds.length < MAX_NAMED) edit(grade.grade, { namedUserIds: [...grade.namedUserIds, user.id] });
    setNames((now) => new Map(now).set(user.id, user.name));
    setPickingFor(null);
    setFound([]);
    setQuery('');
  }

  async function save() {
    if (!view || busy) return;
    setBusy(true);
    try {
      const saved = await incidentApi.saveSettings({ grades, version: view.version });
      setView(saved);
      setGrades(saved.grades);
      toast(t('incidentRosters.saved'));
    } catch (err) {
      toast(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  if (!view) return <LoadState error={error} onRetry={() => void load()} />;
  const minutes = (v: string) => Math.max(1, Math.min(10_080, Math.round(Number(v) || 1)));

  return (
    <View className="page page--wide" data-testid="incident-rosters">
      <View className="muted">{t('incidentRosters.hint')}</View>
      {grades.map((g) => (
        <View key={g.grade} className="card" data-testid={`roster-grade-${g.grade}`}>
          <View className="card-title">{t(`incident.grade.${g.grade}`)}</View>
          <View className="muted">{t(`incident.gradeHint.${g.grade}`)}</View>
          <View className="form-row">
            <Text>{t('incidentRosters.onSiteMinutes')}</Text>
            <Input name={`onsite-${g.grade}`} type="digit" value={String(g.onSiteMinutes)} onChange={(v) => edit(g.grade, { onSiteMinutes: minutes(v) })} />
          </View>
          <View className="form-row">
            <Text>{t('incidentRosters.planMinutes')}</Text>
            <Input name={`plan-${g.grade}`} type="digit" value={String(g.planMinutes)} onChange={(v) => edit(g.grade, { planMinutes: minutes(v) })} />
          </View>
          <View className="card-title">{t('incidentRosters.named')}</View>
          <View className="chips">
            {g.namedUserIds.map((id) => (
              <View key={id} className="chip chip--active" onClick={() => edit(g.grade, { namedUserIds: g.namedUserIds.filter((x) => x !== id) })}>
                {names.get(id) ?? id} ✕
              </View>
            ))}
            <View className="chip" data-testid={`roster-add-${g.grade}`} onClick={() => setPickingFor(pickingFor === g.grade ? null : g.grade)}>
              + {t('incidentRosters.addPerson')}
            </View>
          </View>
          {pickingFor === g.grade ? (
            <View>
              <Input name={`search-${g.grade}`} value={query} placeholder={t('incidentRosters.addPerson')} maxLength={64} onChange={(v) => void search(v)} />
              {found.map((u) => (
                <View key={u.id} className="chip" onClick={() => pick(g, u)}>
                  {u.name} · {u.id}
                </View>
              ))}
            </View>
          ) : null}
          <View className="form-row">
            <Text>{t('incidentRosters.managers')}</Text>
            <Switch checked={g.managers} onChange={(v) => edit(g.grade, { managers: v })} />
          </View>
          <View className="form-row">
            <Text>{t('incidentRosters.dispatchers')}</Text>
            <Switch checked={g.onShiftDispatchers} onChange={(v) => edit(g.grade, { onShiftDispatchers: v })} />
          </View>
          <View className="form-row">
            <Text>{t('incidentRosters.teamLeaders')}</Text>
            <Switch checked={g.teamLeaders} onChange={(v) => edit(g.grade, { teamLeaders: v })} />
          </View>
        </View>
      ))}
      <Button type="primary" block loading={busy} data-testid="roster-save" onClick={() => void save()}>
        {t('incidentRosters.save')}
      </Button>
    </View>
  );
}
