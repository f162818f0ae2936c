import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { TicketSummary } from '@contract/tickets';
import { t } from '../../../i18n';
import { api, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { SCREENS } from '../../../services/roles';
import { useCategoryNames } from '../../../components/useCategoryNames';
import { TicketItem } from '../../../components/ticket/TicketItem';
import { CallbackForm } from '../../../components/desk/CallbackForm';
import { EmptyState } from '../../../components/EmptyState';
import { toast } from '../../../components/toast';

const PAGE_SIZE = 20;

/**
 * Callbacks to do (回访): repairs of the last two weeks the desk still has to call the reporter
 * about, the longest waiting first, a page at a time (older ones have aged out of the list).
 */
export default function DeskCallbacksPage() {
  const [items, setItems] = useState<TicketSummary[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const categoryName = useCategoryNames();

  async function load(after?: string) {
    try {
      const page = await api.listTickets({ scope: 'callbacks', limit: PAGE_SIZE, ...(after ? { cursor: after } : {}) });
      setItems((list) => (after ? [...(list ?? []), ...page.items] : page.items));
      setCursor(page.nextCursor);
      if (!after) setTotal(page.total ?? null);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  useDidShow(() => {
    if (ensureSignedIn(SCREENS.deskCallbacks)) void load();
  });
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  return (
    <View className="page page--wide">
      {total !== null ? <Text className="muted" data-testid="callbacks-total">{t('desk.openCount', { n: total })}</Text> : null}
      {error ? <View className="field-error">{error}</View> : null}
      {items === null && !error ? <View className="center-state">{t('common.loading')}</View> : null}
      {items?.length === 0 ? (
        <View className="card">
          <EmptyState description={t('callback.empty')} />
        </View>
      ) : null}
      {items?.map((x) => (
        <View key={x.id} className="card" data-testid="callback-item">
          <TicketItem ticket={x} categoryName={categoryName(x.categoryCode)} onOpen={(id) => void Taro.navigateTo({ url: SCREENS.deskTicket(id) })} />
          <CallbackForm
            ticketId={x.id}
            onDone={() => {
              toast(t('callback.done'));
              setItems((list) => list?.filter((y) => y.id !== x.id) ?? null);
              setTotal((n) => (n === null ? n : n - 1));
            }}
          />
        </View>
      ))}
      {cursor && items ? (
        <View className="center-state">
          <Button size="small" fill="outline" onClick={() => void load(cursor)}>
            {t('common.loadMore')}
          </Button>
        </View>
      ) : null}
    </View>
  );
}
