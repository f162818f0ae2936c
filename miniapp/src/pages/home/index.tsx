import { useState } from 'react';
import { View, Text } from '@tarojs/components';

import { Scan, ArrowRight, Order, Service, Category, User as UserIcon, Setting, List } from '@nutui/icons-react-taro';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { TicketSummary } from '@contract/tickets';
import { platform } from '../../platform';
import { t } from '../../i18n';
import { api, errorMessage } from '../../services/api';
import { clearSession, currentUser } from '../../services/session';
import { ensureSignedIn, LOGIN_URL } from '../../services/auth';
import { useCategoryNames } from '../../components/useCategoryNames';
import { TicketItem } from '../../components/ticket/TicketItem';
import { isOpen } from '../../services/tickets';
import { toast } from '../../components/toast';
import { EmptyState } from '../../components/EmptyState';
import { MeLink } from '../../components/MeLink';
import { a11y } from '../../components/a11y';
import { SCREENS, hasRole, isVendorStaff } from '../../services/roles';
import { askSubscribe } from '../../services/subscribe';
import { InboxBell } from '../../components/inbox/InboxBell';
import { useLiveInbox } from '../../components/inbox/useLiveInbox';
import { SubscribeNotice } from '../../components/inbox/SubscribeNotice';
import { scannedLabelCode } from '../../services/scannedLabel';
import { VendorHomeCard } from '../../components/vendor/VendorHomeCard';
import './index.scss';

export default function HomePage() {
  const user = currentUser();
  // A user may have several roles: one entry per role's screens; reporting is for everyone.
  const tiles = [
    hasRole('technician', user) && { key: 'tech', icon: <Order size={26} color="#1677ff" />, title: t('home.tile.tech'), hint: t('home.tile.techHint'), url: SCREENS.techJobs, subscribe: true },
    hasRole('dispatcher', user) && { key: 'desk', icon: <Service size={26} color="#fa8c16" />, title: t('home.tile.desk'), hint: t('home.tile.deskHint'), url: SCREENS.deskQueue, subscribe: false },
    hasRole('admin', user) && { key: 'admin', icon: <Category size={26} color="#722ed1" />, title: t('home.tile.admin'), hint: t('home.tile.adminHint'), url: SCREENS.admin, subscribe: false },
    (hasRole('admin', user) || hasRole('dispatcher', user)) && { key: 'labels', icon: <Scan size={26} color="#13c2c2" />, title: t('home.tile.labels'), hint: t('home.tile.labelsHint'), url: SCREENS.adminLabels, subscribe: false },
    hasRole('admin', user) && { key: 'people', icon: <UserIcon size={26} color="#722ed1" />, title: t('home.tile.people'), hint: t('home.tile.peopleHint'), url: SCREENS.adminPeople, subscribe: false },
    hasRole('admin', user) && { key: 'categories', icon: <Setting size={26} color="#722ed1" />, title: t('categories.title'), hint: t('categories.hint'), url: SCREENS.adminCategories, subscribe: false },
    hasRole('admin', user) && { key: 'shifts', icon: <List size={26} color="#722ed1" />, title: t('shifts.title'), hint: t('shifts.hint'), url: SCREENS.adminShifts, subscribe: false },
    // Issue 16 (VSPOT): the vendors' spot checks; VSCORE's 外包考核 scorecard links there too.
    hasRole('manager', user) && { key: 'vendorSpotChecks', icon: <Scan size={26} color="#07c160" />, title: t('spot.title'), hint: t('spot.hint.short'), url: '/packages/vendor/spotchecks/index', subscribe: false },
    (hasRole('manager', user) || hasRole('admin', user)) && { key: 'manager', icon: <Category size={26} color="#07c160" />, title: t('home.tile.manager'), hint: t('home.tile.managerHint'), url: SCREENS.manager, subscribe: false },
  ].filter((x): x is Exclude<typeof x, false> => !!x);
  // A vendor's people report no faults and have no tickets of their own: their home is their role's screens (issue 16).
  const vendorStaff = isVendorStaff(user);
  const [open, setOpen] = useState<TicketSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const categoryName = useCategoryNames();
  const { unread } = useLiveInbox();

  async function load() {
    try {
      const page = await api.listMyTickets(null, 20);
      setOpen(page.items.filter((x) => isOpen(x.status)));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  useDidShow(() => {
    if (ensureSignedIn('/pages/home/index') && !vendorStaff) void load();
  });
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  async function scan() {
    const scanned = await platform.scan();
    if (scanned === null) return;
    if (scanned.kind === 'pcLogin') {
      void Taro.navigateTo({ url: SCREENS.pcLogin(scanned.requestId) });
      return;
    }
    const label = scannedLabelCode(scanned);
    if ('message' in label) {
      toast(label.message);
      return;
    }
    void Taro.navigateTo({ url: `/pages/report/index?code=${encodeURIComponent(label.code)}` });
  }

  function logout() {
    clearSession();
    void Taro.reLaunch({ url: LOGIN_URL });
  }

  const openTicket = (id: string) => void Taro.navigateTo({ url: `/pages/ticket/index?id=${encodeURIComponent(id)}` });

  return (
    <View className="page home">
      <View className="home__header">
        <View>
          <View className="home__hello">{t('home.hello', { name: user?.kind === 'guest' ? t('login.guestName') : (user?.name ?? '') })}</View>
          <View className="muted">
            {user?.hospitalName}
            {user?.department ? ` · ${user.department}` : ''}
          </View>
        </View>
        <View className="home__actions home__links">
          <InboxBell unread={unread} />
          <MeLink />
          <Text className="link home__logout" {...a11y({ role: 'button' })} onClick={logout}>
            {t('home.logout')}
          </Text>
        </View>
      </View>

      <SubscribeNotice />

      {user?.vendorId && hasRole('vendor_manager', user) ? <VendorHomeCard vendorId={user.vendorId} /> : null}

      {tiles.length ? (
        <View className="home__tiles" data-testid="role-tiles">
          {tiles.map((tile) => (
            <View
              key={tile.key}
              className="home__tile"
              data-testid={`tile-${tile.key}`}
              onClick={() => {
                // From this tap WeChat may show its subscribe dialog (new jobs, deadlines).
                if (tile.subscribe) void askSubscribe('technicianJobs');
                void Taro.navigateTo({ url: tile.url });
              }}
            >
              <View className="home__tile-icon">{tile.icon}</View>
              <View className="home__tile-text">
                <View className="home__tile-title">{tile.title}</View>
                <View className="muted">{tile.hint}</View>
              </View>
              <ArrowRight size={14} color="#c8c9cc" />
            </View>
          ))}
        </View>
      ) : null}

      {vendorStaff ? null : (
        <>
      <View className={`home__scan ${tiles.length ? 'home__scan--compact' : ''}`} data-testid="scan-button" onClick={() => void scan()}>
        <View className="home__scan-icon">
          <Scan size={44} color="#fff" />
        </View>
        <View className="home__scan-text">{t('home.scan')}</View>
        <View className="home__scan-hint">{t('home.scanHint')}</View>
      </View>

      <View className="card">
        <View className="card-title">
          {t('home.openTickets')}
          <View className="card-title__extra home__all" data-testid="all-tickets" onClick={() => void Taro.navigateTo({ url: '/pages/tickets/index' })}>
            {t('home.allTickets')}
            <ArrowRight size={12} />
          </View>
        </View>
        {error ? <View className="field-error">{error}</View> : null}
        {open === null && !error ? <View className="muted">{t('common.loading')}</View> : null}
        {open && open.length === 0 ? <EmptyState small description={t('home.noOpen')} /> : null}
        {open?.map((x) => <TicketItem key={x.id} ticket={x} categoryName={categoryName(x.categoryCode)} onOpen={openTicket} />)}
      </View>
        </>
      )}
    </View>
  );
}
