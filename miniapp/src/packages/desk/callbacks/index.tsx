import { useState } from 'react';
import { View } from '@tarojs/components';
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

/** Callbacks to do (回访): confirmed repairs the desk still has to call the reporter about. */
export default function DeskCallbacksPage() {
  const [items, setItems] = useState<TicketSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const categoryName = useCategoryNames();

  async function load() {
    try {
      setItems(await api.listAllTickets({ scope: 'callbacks' }));
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
            }}
          />
        </View>
      ))}
    </View>
  );
}
