import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import type { TicketSummary } from '@contract/tickets';
import { t } from '../../../i18n';
import { api, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { SCREENS } from '../../../services/roles';
import { useCategoryNames } from '../../../components/useCategoryNames';
import { TicketItem } from '../../../components/ticket/TicketItem';
import { EmptyState } from '../../../components/EmptyState';
import { PageBar } from '../../../components/PageBar';

/** The device's record (设备档案): every repair, open ones first, so the technician sees what failed before. */
export default function AssetHistoryPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const name = params.name ? decodeURIComponent(params.name) : '';
  const [items, setItems] = useState<TicketSummary[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const categoryName = useCategoryNames();

  async function load(from: string | null) {
    try {
      const page = await api.assetHistory(id, from);
      setItems((prev) => (from && prev ? [...prev, ...page.items] : page.items));
      setCursor(page.nextCursor);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  useDidShow(() => {
    if (ensureSignedIn(SCREENS.assetHistory(id, name))) void load(null);
  });

  return (
    <View className="page">
      <PageBar title={t('history.title')} />
      <View className="card" data-testid="asset-history-list">
        <View className="card-title">
          {name || t('ticket.device')}
          {items ? <View className="card-title__extra">{t('history.count', { n: items.length })}</View> : null}
        </View>
        {error ? <View className="field-error">{error}</View> : null}
        {items === null && !error ? <View className="center-state">{t('common.loading')}</View> : null}
        {items?.length === 0 ? <EmptyState description={t('history.empty')} /> : null}
        {items?.map((x) => (
          <TicketItem key={x.id} ticket={x} categoryName={categoryName(x.categoryCode)} onOpen={(tid) => void Taro.navigateTo({ url: SCREENS.ticket(tid) })} />
        ))}
      </View>
      {cursor ? (
        <Button block fill="none" onClick={() => void load(cursor)}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </View>
  );
}
