import { LoadState } from '../../components/LoadState';
import { useTicketDetail } from '../../components/ticket/useTicketDetail';
import { View } from '@tarojs/components';
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import { formatTime, t } from '../../i18n';
import { useCategoryNames } from '../../components/useCategoryNames';
import { TicketHead } from '../../components/ticket/TicketHead';
import { Countdown, useNow, useServerNow } from '../../components/ticket/Countdown';
import { ReporterActions } from '../../components/ticket/ReporterActions';
import { ConfirmCard } from '../../components/ticket/ConfirmCard';
import { CompletionRecord } from '../../components/ticket/CompletionRecord';
import { PageBar } from '../../components/PageBar';
import { allows } from '../../services/commands';
import { SignOffCard } from '../../components/ticket/SignOffCard';
import { staffScreenFor } from '../../services/roles';
import { Timeline } from '../../components/ticket/Timeline';
import { assigneeOf } from '../../components/ticket/ticketText';
import './index.scss';

export default function TicketPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const { detail, error, load, changed } = useTicketDetail(id, `/pages/ticket/index?id=${encodeURIComponent(id)}`);
  const categoryName = useCategoryNames();
  const serverNow = useServerNow(detail?.ticket.timeState.at, useNow());

  if (!detail) return <LoadState error={error} onRetry={() => void load()} />;

  const { ticket, events } = detail;
  const staffScreen = staffScreenFor(ticket);
  // Awaiting the reporter's confirmation: the question and what was done come first.
  const awaitingConfirmation = allows(ticket, 'confirm');
  return (
    <View className="page ticket">
      <PageBar title={t('ticket.title')} />
      <ConfirmCard ticket={ticket} onChanged={changed} />
      {awaitingConfirmation ? <CompletionRecord ticket={ticket} /> : null}
      <TicketHead ticket={ticket}>
        {/* The same clock the desk and the technician see: late is late for the reporter too. */}
        {ticket.timeState.state !== 'none' ? (
          <View className="ticket__deadline">
            <Countdown state={ticket.timeState} serverNow={serverNow} />
          </View>
        ) : null}
      </TicketHead>
      {ticket.view === 'summary' ? (
        <View className="card muted" data-testid="summary-only">
          {t('ticket.summaryOnly')}
        </View>
      ) : null}
      <CellGroup className="ticket-facts">
        <Cell title={t('ticket.category')} extra={categoryName(ticket.categoryCode)} />
        <Cell title={t('ticket.place')} extra={ticket.location.path.join(' › ')} />
        {ticket.asset ? <Cell title={t('ticket.device')} extra={ticket.asset.name} /> : null}
        <Cell title={t('ticket.urgency')} extra={t(`urgency.${ticket.urgency}`)} />
        <Cell title={t('ticket.assignee')} extra={assigneeOf(ticket)} />
        {ticket.reporter ? <Cell title={t('ticket.reporter')} extra={[ticket.reporter.name, ticket.reporter.department].filter(Boolean).join(' · ')} /> : null}
        {ticket.contactPhone ? <Cell title={t('ticket.phone')} extra={ticket.contactPhone} /> : null}
        <Cell title={t('ticket.createdAt')} extra={formatTime(ticket.createdAt)} />
        {ticket.deadlines.acceptBy ? <Cell title={t('ticket.acceptBy')} extra={formatTime(ticket.deadlines.acceptBy)} /> : null}
        {ticket.deadlines.arriveBy ? <Cell title={t('ticket.arriveBy')} extra={formatTime(ticket.deadlines.arriveBy)} /> : null}
      </CellGroup>

      {awaitingConfirmation ? null : <CompletionRecord ticket={ticket} />}
      {ticket.rating ? (
        <View className="card" data-testid="rating">
          <View className="card-title">{t('ticket.rating')}</View>
          <View className="ticket__stars">{'★'.repeat(ticket.rating.score)}{'☆'.repeat(5 - ticket.rating.score)}</View>
          {ticket.rating.comment ? <View className="muted">{ticket.rating.comment}</View> : null}
        </View>
      ) : null}

      <SignOffCard ticket={ticket} />
      <ReporterActions ticket={ticket} onChanged={changed} />
      {staffScreen ? (
        <Button type="primary" block className="ticket__staff" onClick={() => void Taro.navigateTo({ url: staffScreen })}>
          {t('ticket.openWork')}
        </Button>
      ) : null}

      <View className="card">
        <View className="card-title">{t('ticket.timeline')}</View>
        <Timeline events={events} />
      </View>
    </View>
  );
}
