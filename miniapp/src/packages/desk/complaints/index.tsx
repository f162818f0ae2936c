import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { ComplaintStep } from '@contract/lifecycle';
import type { Ticket } from '@contract/tickets';
import { t } from '../../../i18n';
import { api, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import type { ComplaintItem } from '../../../services/commands';
import { SCREENS } from '../../../services/roles';
import { useCategoryNames } from '../../../components/useCategoryNames';
import { TicketItem } from '../../../components/ticket/TicketItem';
import { useNow, useServerNow } from '../../../components/ticket/Countdown';
import { ComplaintClocks } from '../../../components/desk/ComplaintClocks';
import { ComplaintStepForm } from '../../../components/desk/ComplaintStepForm';
import { EmptyState } from '../../../components/EmptyState';
import { toast } from '../../../components/toast';

/** 投诉处理: the open complaints (a 1–2 star rating), oldest first, each with its three clocks and the next step to record. */
export default function DeskComplaintsPage() {
  const [items, setItems] = useState<ComplaintItem[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const categoryName = useCategoryNames();
  const serverNow = useServerNow(items?.[0]?.ticket.timeState.at, useNow());

  async function load(more = false) {
    try {
      const page = await api.listComplaints(more ? cursor : null);
      setItems((list) => (more && list ? [...list, ...page.items] : page.items));
      setCursor(page.nextCursor);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  useDidShow(() => {
    if (ensureSignedIn(SCREENS.deskComplaints)) void load();
  });
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  function recorded(ticket: Ticket, step: ComplaintStep) {
    const c = ticket.complaint;
    const finished = !!c && !!c.respondedAt && !!c.resolvedAt && !!c.calledBackAt;
    toast(finished ? t('complaints.finished') : t('complaints.recorded', { step: t(`complaints.step.${step}`) }));
    // The list is the server's: read it again for the clocks as they now stand.
    void load();
  }

  return (
    <View className="page page--wide">
      {error ? <View className="field-error">{error}</View> : null}
      {items === null && !error ? <View className="center-state">{t('common.loading')}</View> : null}
      {items?.length === 0 ? (
        <View className="card">
          <EmptyState description={t('complaints.empty')} />
        </View>
      ) : null}
      {items?.map((x) => (
        <View key={x.ticket.id} className="card" data-testid="complaint-item">
          <TicketItem ticket={x.ticket} categoryName={categoryName(x.ticket.categoryCode)} onOpen={(id) => void Taro.navigateTo({ url: SCREENS.deskTicket(id) })} />
          {x.rating ? (
            <View className="section-note" data-testid="complaint-rating">
              <Text>{t('complaints.rating', { n: x.rating.score })}</Text>
              {x.rating.comment ? <Text>：{x.rating.comment}</Text> : null}
            </View>
          ) : null}
          <ComplaintClocks clocks={x.clocks} serverNow={serverNow} />
          <ComplaintStepForm key={x.clocks.map((c) => c.state).join()} ticketId={x.ticket.id} clocks={x.clocks} onDone={recorded} />
        </View>
      ))}
      {cursor ? (
        <Button fill="outline" block onClick={() => void load(true)}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </View>
  );
}
