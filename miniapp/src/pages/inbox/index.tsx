import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { notificationPage } from '@contract/notificationTargets';
import { t } from '../../i18n';
import { errorMessage } from '../../services/api';
import { ensureSignedIn } from '../../services/auth';
import { listNotifications, markRead, type InboxItem } from '../../services/inbox';
import { SCREENS } from '../../services/roles';
import { currentUser } from '../../services/session';
import { EmptyState } from '../../components/EmptyState';
import { toast } from '../../components/toast';
import { SubscribeNotice } from '../../components/inbox/SubscribeNotice';
import '../../components/inbox/InboxBell.scss';
import './index.scss';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Every role's inbox: newest first, paged; a tap marks the item read and opens the ticket on the screen of the role it is for. */
export default function InboxPage() {
  const [items, setItems] = useState<InboxItem[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [unread, setUnread] = useState(0);
  const [error, setError] = useState<string | null>(null);

  async function load(after?: string) {
    try {
      const page = await listNotifications({ cursor: after ?? null });
      setItems((before) => (after ? [...(before ?? []), ...page.items] : page.items));
      setCursor(page.nextCursor);
      setUnread(page.unreadCount);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  useDidShow(() => {
    if (ensureSignedIn(SCREENS.inbox)) void load();
  });
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  const readLocally = (ids: string[] | 'all') => setItems((list) => list?.map((n) => (ids === 'all' || ids.includes(n.id) ? { ...n, read: true } : n)) ?? null);

  async function open(n: InboxItem) {
    if (!n.read) {
      readLocally([n.id]);
      markRead([n.id]).then((r) => setUnread(r.unreadCount), () => undefined);
    }
    void Taro.navigateTo({ url: `/${notificationPage(n.kind, currentUser()?.roles ?? [], n.ticketId)}` });
  }

  async function readAll() {
    try {
      setUnread((await markRead('all')).unreadCount);
      readLocally('all');
    } catch (err) {
      toast(errorMessage(err));
    }
  }

  return (
    <View className="page inbox">
      <View className="inbox__top">
        <Text className="inbox__title">{t('inbox.title')}</Text>
        <Text className="muted" data-testid="inbox-unread">{t('inbox.unread', { n: unread })}</Text>
        <Button size="small" fill="outline" disabled={unread === 0} data-testid="inbox-read-all" onClick={() => void readAll()}>
          {t('inbox.readAll')}
        </Button>
      </View>
      <SubscribeNotice />
      <View className="card" data-testid="inbox-list">
        {error ? <View className="field-error">{error}</View> : null}
        {items === null && !error ? <View className="center-state">{t('common.loading')}</View> : null}
        {items?.length === 0 ? <EmptyState description={t('inbox.empty')} /> : null}
        {items?.map((n) => (
          <View key={n.id} className={`inbox-item ${n.read ? '' : 'inbox-item--unread'}`} data-testid="inbox-item" data-kind={n.kind} data-read={n.read ? 'true' : 'false'} onClick={() => void open(n)}>
            {n.read ? null : <View className="inbox-item__dot" />}
            <View className="inbox-item__main">
              <View className="inbox-item__head">
                <Text className="inbox-item__title">{n.title}</Text>
                <Text className="muted inbox-item__time">{when(n.createdAt)}</Text>
              </View>
              <View className="muted inbox-item__body">{n.body}</View>
            </View>
          </View>
        ))}
        {cursor ? (
          <View className="center-state">
            <Button size="small" fill="outline" data-testid="inbox-more" onClick={() => void load(cursor)}>
              {t('common.loadMore')}
            </Button>
          </View>
        ) : null}
      </View>
    </View>
  );
}
