import { useRef, useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { TicketSummary } from '@contract/tickets';
import { t } from '../../i18n';
import { api, errorMessage } from '../../services/api';
import { ensureSignedIn } from '../../services/auth';
import { useCategoryNames } from '../../components/useCategoryNames';
import { EmptyState } from '../../components/EmptyState';
import { TicketItem } from '../../components/ticket/TicketItem';
import { isJobLine, JobListItem } from '../../components/jobs/JobListItem';
import { jobScreen } from '../../services/jobs';
import './index.scss';
import { PageBar } from '../../components/PageBar';

export default function TicketsPage() {
  const [items, setItems] = useState<TicketSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);
  const categoryName = useCategoryNames();

  async function load(from: string | null) {
    if (inFlight.current) return;
    inFlight.current = true;
    setLoading(true);
    try {
      const page = await api.listMyTickets(from, 20);
      setItems((prev) => (from ? [...prev, ...page.items] : page.items));
      setCursor(page.nextCursor);
      setLoaded(true);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      inFlight.current = false;
      setLoading(false);
    }
  }

  useDidShow(() => {
    if (ensureSignedIn('/pages/tickets/index')) void load(null);
  });
  usePullDownRefresh(() => {
    void load(null).finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => {
    if (cursor) void load(cursor);
  });

  const open = (id: string) => void Taro.navigateTo({ url: `/pages/ticket/index?id=${encodeURIComponent(id)}` });

  return (
    <View className="page">
      <PageBar title={t('tickets.title')} />
      <View className="card" data-testid="my-tickets">
        {items.map((x) =>
          isJobLine(x) ? (
            <JobListItem key={x.id} line={x} onOpen={(id) => void Taro.navigateTo({ url: jobScreen(id) })} />
          ) : (
            <TicketItem key={x.id} ticket={x} categoryName={categoryName(x.categoryCode)} onOpen={open} />
          ),
        )}
        {loaded && items.length === 0 ? <EmptyState description={t('tickets.empty')} /> : null}
        {!loaded && !error ? <View className="center-state">{t('common.loading')}</View> : null}
      </View>
      {error ? <View className="field-error">{error}</View> : null}
      {cursor ? (
        <Button block fill="none" loading={loading} onClick={() => void load(cursor)} data-testid="load-more">
          {t('common.loadMore')}
        </Button>
      ) : loaded && items.length > 0 ? (
        <View className="muted tickets__end">
          {t('common.noMore')}
        </View>
      ) : null}
    </View>
  );
}
