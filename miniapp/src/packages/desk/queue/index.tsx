import { useEffect, useRef, useState } from 'react';
import { View, Text, Picker } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { Category } from '@contract/catalog';
import type { TicketStatus } from '@contract/enums';
import type { ListTicketsQuery, TicketSummary } from '@contract/tickets';
import { commandLabel, pick, t } from '../../../i18n';
import { api, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { loadBuildings, loadCategories } from '../../../services/catalog';
import { SCREENS } from '../../../services/roles';
import { INCIDENT_SCREENS } from '../../../services/incidents';
import { StatusTag, UrgencyTag } from '../../../components/ticket/StatusTag';
import { Countdown, useNow, useServerNow } from '../../../components/ticket/Countdown';
import { countBreached, liveTimeState } from '../../../components/ticket/countdown';
import { EmptyState } from '../../../components/EmptyState';
import { rememberDeskOrder } from '../../../services/deskOrder';
import { InboxBell } from '../../../components/inbox/InboxBell';
import { useLiveInbox } from '../../../components/inbox/useLiveInbox';
import { NEW_TICKET_KINDS } from '../../../services/liveInbox';
import { chimeFor, isAlertMuted, setAlertMuted } from '../../../services/alertSound';
import './index.scss';
import { a11y } from '../../../components/a11y';

const STATUSES: TicketStatus[] = ['submitted', 'assigned', 'accepted', 'on_site', 'on_hold', 'completed'];
const REFRESH_MS = 30_000;
const PAGE_SIZE = 50;

interface Filters {
  status?: TicketStatus;
  category?: string;
  building?: string;
  overdue?: boolean;
}

/**
 * The service desk's queue: every open ticket with its SLA clock, the most pressing first. The
 * server pages, sorts (urgency, then the next deadline) and filters; the page shows its order.
 */
export default function DeskQueuePage() {
  const [filters, setFilters] = useState<Filters>({});
  const [items, setItems] = useState<TicketSummary[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [search, setSearch] = useState('');
  const [searching, setSearching] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [categories, setCategories] = useState<Category[]>([]);
  const [buildings, setBuildings] = useState<{ id: string; name: string }[]>([]);
  const [callbacks, setCallbacks] = useState<number | null>(null);
  const seq = useRef(0);
  const now = useNow();
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [muted, setMuted] = useState(isAlertMuted);
  // A report made while the queue is open: reloaded within one poll, highlighted, urgent ones chime.
  const { unread } = useLiveInbox((news) => {
    const ids = news.filter((n) => NEW_TICKET_KINDS.includes(n.kind)).map((n) => n.ticketId);
    if (!ids.length) return;
    setFresh((before) => new Set([...before, ...ids]));
    void load().then((shown) => chimeFor((shown ?? []).filter((x) => ids.includes(x.id)).map((x) => x.urgency)));
  });

  function queryOf(f: Filters, q: string | null): Omit<ListTicketsQuery, 'cursor' | 'limit'> {
    if (q) return { scope: 'search', q };
    return {
      scope: 'queue',
      ...(f.status ? { status: f.status } : {}),
      ...(f.category ? { category: f.category } : {}),
      ...(f.building ? { building: f.building } : {}),
      ...(f.overdue ? { overdue: 'true' as const } : {}),
    };
  }

  /** The first page (or, with `after`, the next one appended). */
  async function load(f: Filters = filters, q: string | null = searching, after?: string): Promise<TicketSummary[] | null> {
    const mine = ++seq.current;
    let shown: TicketSummary[] | null = null;
    try {
      const page = await api.listTickets({ ...queryOf(f, q), limit: PAGE_SIZE, ...(after ? { cursor: after } : {}) });
      if (mine !== seq.current) return null; // a newer filter answered first
      const next = after ? [...(items ?? []), ...page.items] : page.items;
      setItems(next);
      rememberDeskOrder(next.map((x) => x.id));
      setCursor(page.nextCursor);
      if (!after) setTotal(page.total ?? null);
      setError(null);
      shown = next;
    } catch (err) {
      if (mine === seq.current) setError(errorMessage(err));
    }
    api.listTickets({ scope: 'callbacks', limit: 1 }).then((p) => setCallbacks(p.total ?? p.items.length), () => undefined);
    return shown;
  }

  function runSearch(text: string = search) {
    const q = text.trim();
    const next = q.length >= 2 ? q : null;
    setSearching(next);
    setItems(null);
    void load(filters, next);
  }

  useDidShow(() => {
    if (!ensureSignedIn(SCREENS.deskQueue)) return;
    void load();
    loadCategories().then(setCategories, () => undefined);
    loadBuildings().then(setBuildings, () => undefined);
  });
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });
  // The desk keeps the queue open all shift: new reports appear without a tap (not while it reads further pages).
  useEffect(() => {
    const id = setInterval(() => {
      if ((items?.length ?? 0) <= PAGE_SIZE) void load();
    }, REFRESH_MS);
    return () => clearInterval(id);
  }, [filters, searching, items]);

  function apply(patch: Partial<Filters>) {
    const next = { ...filters, ...patch };
    setFilters(next);
    setItems(null);
    setSearching(null);
    void load(next, null);
  }

  const categoryName = (code: string) => {
    const c = categories.find((x) => x.code === code);
    return c ? pick(c.nameZh, c.nameEn) : code;
  };
  const serverNow = useServerNow(items?.[0]?.timeState.at, now);
  // The header counts the rows shown red, by the same rule (the API's time state, ticking on).
  const overdueCount = items ? countBreached(items, serverNow) : 0;
  const open = (id: string) => {
    setFresh((before) => new Set([...before].filter((x) => x !== id)));
    void Taro.navigateTo({ url: SCREENS.deskTicket(id) });
  };
  const toggleMuted = () => {
    setAlertMuted(!muted);
    setMuted(!muted);
  };
  const categoryIndex = categories.findIndex((c) => c.code === filters.category);
  const buildingIndex = buildings.findIndex((b) => b.id === filters.building);

  return (
    <View className="page page--wide desk-queue">
      <View className="desk-queue__top">
        <View className="desk-queue__summary">
          <Text className="desk-queue__title">{searching ? t('desk.searchResults') : t('desk.queue')}</Text>
          <Text className="muted" data-testid="queue-total">{items ? t('desk.openCount', { n: total ?? items.length }) : ''}</Text>
          {overdueCount > 0 ? <Text className="desk-queue__overdue">{t('desk.overdueCount', { n: overdueCount })}</Text> : null}
        </View>
        <View className="desk-queue__links">
          <View className="desk-queue__search" data-testid="desk-search">
            <Input value={search} placeholder={t('desk.searchPlaceholder')} maxLength={40} onChange={setSearch} onConfirm={() => runSearch()} clearable onClear={() => runSearch('')} />
          </View>
          <Button size="small" type="primary" fill="outline" data-testid="desk-search-go" onClick={() => runSearch()}>
            {t('desk.search')}
          </Button>
          {searching ? (
            <Button size="small" fill="none" data-testid="desk-search-clear" onClick={() => (setSearch(''), runSearch(''))}>
              {t('desk.backToQueue')}
            </Button>
          ) : null}
          <Button size="small" type="primary" data-testid="to-phone-report" onClick={() => void Taro.navigateTo({ url: SCREENS.deskPhoneReport })}>
            {t('hotline.title')}
          </Button>
          <Button size="small" fill="outline" data-testid="to-callbacks" onClick={() => void Taro.navigateTo({ url: SCREENS.deskCallbacks })}>
            {t('desk.callbacks')}
            {callbacks ? ` (${callbacks})` : ''}
          </Button>
          <Button size="small" fill="outline" data-testid="to-admin" onClick={() => void Taro.navigateTo({ url: SCREENS.admin })}>
            {t('desk.adminLink')}
          </Button>
          <Button size="small" fill="outline" data-testid="to-handover" onClick={() => void Taro.navigateTo({ url: SCREENS.deskHandover })}>
            {t('desk.handover')}
          </Button>
          <Button size="small" fill="outline" data-testid="to-complaints" onClick={() => void Taro.navigateTo({ url: SCREENS.deskComplaints })}>
            {t('desk.complaints')}
          </Button>
          <Button size="small" fill="outline" data-testid="to-incidents" onClick={() => void Taro.navigateTo({ url: INCIDENT_SCREENS.list })}>
            {t('incident.list')}
          </Button>
          <Button size="small" fill="none" data-testid="alert-mute" data-muted={muted ? 'true' : 'false'} onClick={toggleMuted}>
            {muted ? t('inbox.soundOff') : t('inbox.soundOn')}
          </Button>
          <InboxBell unread={unread} />
          <Button size="small" fill="outline" data-testid="to-dead-letters" onClick={() => void Taro.navigateTo({ url: SCREENS.deskDeadLetters })}>
            {t('desk.deadLetters')}
          </Button>
        </View>
      </View>

      <View className="desk-filters" data-testid="filters">
        <View className="desk-filters__row" {...a11y({ focusable: true })}>
          <View className={`chip ${!filters.status ? 'chip--active' : ''}`} onClick={() => apply({ status: undefined })}>
            {t('desk.all')}
          </View>
          {STATUSES.map((s) => (
            <View key={s} className={`chip ${filters.status === s ? 'chip--active' : ''}`} data-testid={`filter-status-${s}`} onClick={() => apply({ status: filters.status === s ? undefined : s })}>
              {t(`status.${s}`)}
            </View>
          ))}
        </View>
        <View className="desk-filters__row" {...a11y({ focusable: true })}>
          <Picker mode="selector" range={[t('desk.allCategories'), ...categories.map((c) => pick(c.nameZh, c.nameEn))]} value={categoryIndex + 1} onChange={(e) => apply({ category: categories[Number(e.detail.value) - 1]?.code })}>
            <View className={`chip chip--select ${filters.category ? 'chip--active' : ''}`} data-testid="filter-category">
              {filters.category ? categoryName(filters.category) : t('desk.category')} ▾
            </View>
          </Picker>
          <Picker mode="selector" range={[t('desk.allBuildings'), ...buildings.map((b) => b.name)]} value={buildingIndex + 1} onChange={(e) => apply({ building: buildings[Number(e.detail.value) - 1]?.id })}>
            <View className={`chip chip--select ${filters.building ? 'chip--active' : ''}`} data-testid="filter-building">
              {buildings[buildingIndex]?.name ?? t('desk.building')} ▾
            </View>
          </Picker>
          <View className={`chip chip--danger ${filters.overdue ? 'chip--active' : ''}`} data-testid="filter-overdue" onClick={() => apply({ overdue: !filters.overdue })}>
            {t('desk.overdueOnly')}
          </View>
        </View>
      </View>

      <View className="queue" data-testid="queue">
        <View className="queue-row queue-row--head">
          <Text className="queue-row__number">{t('ticket.number')}</Text>
          <Text className="queue-row__status">{t('desk.col.status')}</Text>
          <Text className="queue-row__desc">{t('desk.col.fault')}</Text>
          <Text className="queue-row__place">{t('ticket.place')}</Text>
          <Text className="queue-row__assignee">{t('ticket.assignee')}</Text>
          <Text className="queue-row__deadline">{t('desk.col.deadline')}</Text>
          <Text className="queue-row__action" />
        </View>
        {error ? <View className="field-error">{error}</View> : null}
        {items === null && !error ? <View className="center-state">{t('common.loading')}</View> : null}
        {items?.length === 0 ? <EmptyState description={t('desk.empty')} /> : null}
        {items?.map((x) => {
          const late = liveTimeState(x.timeState, serverNow).state === 'breached';
          return (
            <View
              key={x.id}
              className={`queue-row ${late ? 'queue-row--overdue' : ''} ${fresh.has(x.id) ? 'queue-row--new' : ''}`}
              data-testid="queue-row"
              data-new={fresh.has(x.id) ? 'true' : undefined}
              onClick={() => open(x.id)}
            >
              <Text className="queue-row__number">{x.number}</Text>
              <View className="queue-row__status">
                <UrgencyTag urgency={x.urgency} />
                <StatusTag status={x.status} />
              </View>
              <View className="queue-row__desc">
                <Text className="queue-row__cat">{categoryName(x.categoryCode)}</Text>
                {x.description}
              </View>
              {/* From the building down: both buildings have a 1层 · 电梯厅. */}
              <Text className="queue-row__place">{x.location.path.slice(1).join(' · ')}</Text>
              <Text className={`queue-row__assignee ${x.assignee ? '' : 'queue-row__assignee--none'}`}>{x.assignee?.name ?? t('ticket.unassigned')}</Text>
              <View className="queue-row__deadline">
                <Countdown state={x.timeState} serverNow={serverNow} />
              </View>
              <View className="queue-row__action">
                <Text className="link">{x.status === 'submitted' ? commandLabel('assign') : t('desk.view')} ›</Text>
              </View>
            </View>
          );
        })}
        {cursor && items ? (
          <View className="center-state">
            <Button size="small" fill="outline" data-testid="queue-more" onClick={() => void load(filters, searching, cursor)}>
              {t('common.loadMore')}
            </Button>
          </View>
        ) : null}
      </View>
    </View>
  );
}
