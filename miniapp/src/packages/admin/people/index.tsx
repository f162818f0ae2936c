import { useRef, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Popup } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { AdminUser } from '@contract/admin';
import { t } from '../../../i18n';
import { api, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { SCREENS } from '../../../services/roles';
import { ADMIN_LINKS, ADMIN_SCREENS } from '../components/adminLinks';
import { toast } from '../../../components/toast';
import { EmptyState } from '../../../components/EmptyState';
import { CreatePersonForm } from '../components/CreatePersonForm';
import { PeopleFilterBar } from '../components/PeopleFilterBar';
import { PersonActions } from '../components/PersonActions';
import type { PeopleFilters } from '../components/peopleFilters';
import '../components/admin.scss';
import './index.scss';

const PAGE_SIZE = 20;

/** The admin's people screen: find staff, create them, and manage their WeChat link (invite, unlink) and retirement. */
export default function PeoplePage() {
  const [filters, setFilters] = useState<PeopleFilters>({});
  const [items, setItems] = useState<AdminUser[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sheet, setSheet] = useState<'create' | AdminUser | null>(null);
  const seq = useRef(0);

  async function load(f: PeopleFilters, after: string | null = null) {
    const mine = ++seq.current;
    try {
      const page = await api.listUsers({ ...f, limit: PAGE_SIZE, ...(after ? { cursor: after } : {}) });
      if (mine !== seq.current) return; // a newer search answered first
      setItems((now) => (after ? [...(now ?? []), ...page.items] : page.items));
      setCursor(page.nextCursor);
      setError(null);
    } catch (err) {
      if (mine === seq.current) setError(errorMessage(err));
    }
  }

  useDidShow(() => {
    if (ensureSignedIn(SCREENS.adminPeople)) void load(filters);
  });
  usePullDownRefresh(() => {
    void load(filters).finally(() => Taro.stopPullDownRefresh());
  });

  function apply(patch: Partial<PeopleFilters>) {
    const next = { ...filters, ...patch };
    setFilters(next);
    setItems(null);
    void load(next);
  }

  function changed(user: AdminUser) {
    setItems((now) => now?.map((u) => (u.id === user.id ? user : u)) ?? null);
    setSheet(user);
  }

  function created(user: AdminUser) {
    toast(t('people.created', { name: user.name }));
    setItems((now) => [user, ...(now ?? []).filter((u) => u.id !== user.id)]);
    // Straight on to linking: the new person's invite is the next step.
    setSheet(user);
  }

  return (
    <View className="page page--wide people admin-page">
      <View className="admin-page__top">
        <Text className="admin-page__title">{t('people.title')}</Text>
        <Button size="small" type="primary" data-testid="people-create" onClick={() => setSheet('create')}>
          {t('people.create')}
        </Button>
      </View>
      <View className="chips admin-page__links">
        {ADMIN_LINKS.filter((l) => l.key !== 'people').map((l) => (
          <View key={l.key} className="chip" data-testid={`admin-link-${l.key}`} onClick={() => void Taro.navigateTo({ url: l.url })}>
            {t(l.title)}
          </View>
        ))}
      </View>
      <PeopleFilterBar filters={filters} onChange={apply} />

      <View className="people-list" data-testid="people-list">
        <View className="person-row person-row--head">
          <Text className="person-row__name">{t('people.col.name')}</Text>
          <Text className="person-row__roles">{t('people.col.roles')}</Text>
          <Text className="person-row__phone">{t('people.col.phone')}</Text>
          <Text className="person-row__state">{t('people.col.state')}</Text>
        </View>
        {error ? <View className="field-error">{error}</View> : null}
        {items === null && !error ? <View className="center-state">{t('common.loading')}</View> : null}
        {items?.length === 0 ? <EmptyState description={t('people.empty')} /> : null}
        {items?.map((u) => (
          <View key={u.id} className="person-row" data-testid={`person-${u.id}`} onClick={() => setSheet(u)}>
            <View className="person-row__name">
              {u.name}
              <Text className="muted person-row__id">
                {u.id}
                {u.team ? ` · ${u.team}` : ''}
                {u.department ? ` · ${u.department}` : ''}
              </Text>
            </View>
            <Text className="person-row__roles">{u.roles.map((r) => t(`role.${r}`)).join('、')}</Text>
            <Text className="person-row__phone">{u.phone ?? '—'}</Text>
            <View className="person-row__state">
              <Text className={`person-tag ${u.linked ? 'person-tag--on' : ''}`}>{t(u.linked ? 'people.linked' : 'people.unlinked')}</Text>
              {u.retired ? <Text className="person-tag person-tag--off">{t('people.retired')}</Text> : null}
            </View>
          </View>
        ))}
        {cursor ? (
          <View className="link center-state" onClick={() => void load(filters, cursor)}>
            {t('common.loadMore')}
          </View>
        ) : null}
      </View>

      <Popup visible={sheet !== null} position="bottom" round closeable destroyOnClose title={sheet === 'create' ? t('people.create') : t('people.title')} onClose={() => setSheet(null)}>
        <View className="people__sheet">
          {sheet === 'create' ? <CreatePersonForm onCreated={created} /> : null}
          {sheet !== null && sheet !== 'create' ? (
            <>
              <Button fill="outline" data-testid="person-edit" onClick={() => void Taro.navigateTo({ url: ADMIN_SCREENS.person(sheet.id) })}>
                {t('people.edit')}
              </Button>
              <PersonActions key={sheet.id} user={sheet} onChanged={changed} />
            </>
          ) : null}
        </View>
      </Popup>
    </View>
  );
}
