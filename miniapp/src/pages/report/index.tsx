import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import { Location } from '@nutui/icons-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import type { Category } from '@contract/catalog';
import type { QrLookup, Ticket } from '@contract/tickets';
import { launchLabel, sceneOfLabel } from '../../platform';
import { scannedLabelCode } from '../../services/scannedLabel';
import { pick, t } from '../../i18n';
import { api, ApiError, errorMessage } from '../../services/api';
import { ensureSignedIn, HOME_URL } from '../../services/auth';
import { ReportForm } from '../../components/report/ReportForm';
import { SubmittedCard } from '../../components/report/SubmittedCard';
import { TicketItem } from '../../components/ticket/TicketItem';
import { EmptyState } from '../../components/EmptyState';
import { PageBar } from '../../components/PageBar';
import { MeLink } from '../../components/MeLink';
import { StartJobChoice } from '../../components/jobs/StartJobChoice';
import './index.scss';

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string; notFound: boolean }
  | { kind: 'form'; lookup: QrLookup }
  | { kind: 'done'; lookup: QrLookup; ticket: Ticket; category: Category };

export default function ReportPage() {
  const { params } = useRouter();
  // Opened from the home scan (?code=), or by WeChat from a printed label (?scene= / ?q=).
  const label = launchLabel(params);
  const code = label?.code ?? null;
  const [state, setState] = useState<State>({ kind: 'loading' });

  async function load() {
    if (!label) {
      setState({ kind: 'failed', message: t('home.notOurCode'), notFound: true });
      return;
    }
    const scanned = scannedLabelCode({ kind: 'label', ...label });
    if ('message' in scanned) {
      setState({ kind: 'failed', message: scanned.message, notFound: true });
      return;
    }
    setState({ kind: 'loading' });
    try {
      setState({ kind: 'form', lookup: await api.lookupQr(scanned.code) });
    } catch (err) {
      const notFound = err instanceof ApiError && err.status === 404;
      setState({ kind: 'failed', message: notFound ? t('report.unknownCode') : errorMessage(err), notFound });
    }
  }

  useEffect(() => {
    // The label's whole scene: a label naming its hospital signs in there.
    if (ensureSignedIn(`/pages/report/index?scene=${encodeURIComponent(label ? sceneOfLabel(label) : '')}`)) void load();
  }, [code]);

  const openTicket = (id: string) => void Taro.navigateTo({ url: `/pages/ticket/index?id=${encodeURIComponent(id)}` });

  if (state.kind === 'loading') return <View className="page center-state">{t('report.loadingPlace')}</View>;
  if (state.kind === 'failed') {
    return (
      <View className="page">
        <PageBar title={t('report.title')} />
        <EmptyState error description={state.message} />
        <View className="report__actions">
          {!state.notFound ? (
            <Button type="primary" block onClick={() => void load()}>
              {t('common.retry')}
            </Button>
          ) : null}
          <Button block onClick={() => void Taro.reLaunch({ url: HOME_URL })}>
            {t('done.home')}
          </Button>
        </View>
      </View>
    );
  }

  const { lookup } = state;
  const place = (
    <View className="card report__place" data-testid="place">
      <View className="report__place-row">
        <Location size={18} color="#07c160" />
        <Text className="report__place-name">{lookup.location.name}</Text>
        <MeLink className="report__me" />
      </View>
      <View className="muted report__path">{lookup.location.path.map((p) => p.name).join(' › ')}</View>
      {lookup.retiredDevice ? (
        <View className="report__retired" data-testid="retired-device">
          {t('device.retiredLabel')}：{lookup.retiredDevice.name}
        </View>
      ) : null}
      {lookup.asset ? (
        <View className="report__asset" data-testid="asset">
          <Text className="muted">{t('report.device')}：</Text>
          <Text>{lookup.asset.name}</Text>
          {lookup.asset.model ? <Text className="muted"> · {lookup.asset.model}</Text> : null}
          {lookup.asset.lifeSupport ? (
            <Tag type="danger" plain className="report__life">
              {t('report.lifeSupport')}
            </Tag>
          ) : null}
        </View>
      ) : null}
    </View>
  );

  if (state.kind === 'done') {
    return (
      <View className="page">
        <PageBar title={t('done.title')} />
        <SubmittedCard ticket={state.ticket} category={state.category} onView={() => void Taro.redirectTo({ url: `/pages/ticket/index?id=${encodeURIComponent(state.ticket.id)}` })} />
      </View>
    );
  }

  return (
    <View className="page report">
      <PageBar title={t('report.title')} />
      {place}
      {lookup.openTickets.length > 0 ? (
        <View className="card report__open" data-testid="open-here">
          <View className="card-title report__open-title">{t('report.openHere', { count: lookup.openTickets.length })}</View>
          <View className="muted">{t('report.openHereHint')}</View>
          {lookup.openTickets.map((x) => (
            <TicketItem
              key={x.id}
              ticket={x}
              categoryName={(() => {
                const c = lookup.categories.find((k) => k.code === x.categoryCode);
                return c ? pick(c.nameZh, c.nameEn) : x.categoryCode;
              })()}
              action={x.mayOpen ? t('report.follow') : undefined}
              onOpen={x.mayOpen ? openTicket : () => undefined}
            />
          ))}
        </View>
      ) : null}
      <StartJobChoice place={{ qrCode: lookup.code }} placeName={lookup.location.name} />
      <ReportForm lookup={lookup} onSubmitted={(ticket, category) => setState({ kind: 'done', lookup, ticket, category })} />
    </View>
  );
}
