import { useEffect, useState } from 'react';
import { EmptyState } from '../../../components/EmptyState';
import { LoadState } from '../../../components/LoadState';
import { useTicketDetail } from '../../../components/ticket/useTicketDetail';
import { View, Text } from '@tarojs/components';
import { Button, Cell, CellGroup, Popup } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import type { Ticket, TicketSummary } from '@contract/tickets';
import { commandLabel, formatTime, t } from '../../../i18n';
import { api, errorMessage } from '../../../services/api';
import { allows } from '../../../services/commands';
import { SCREENS } from '../../../services/roles';
import { useCategoryNames } from '../../../components/useCategoryNames';
import { TicketHead } from '../../../components/ticket/TicketHead';
import { TicketItem } from '../../../components/ticket/TicketItem';
import { Timeline } from '../../../components/ticket/Timeline';
import { Countdown, useNow, useServerNow } from '../../../components/ticket/Countdown';
import { ReasonSheet } from '../../../components/ReasonSheet';
import { AssignSheet } from '../../../components/desk/AssignSheet';
import { CallbackForm } from '../../../components/desk/CallbackForm';
import { EmergencyDecision } from '../../../components/desk/EmergencyDecision';
import { DeclareIncidentSheet } from '../../../components/incident/DeclareIncidentSheet';
import { toast } from '../../../components/toast';
import { platform } from '../../../platform';
import { nextInDeskOrder } from '../../../services/deskOrder';
import './index.scss';

type Sheet = 'assign' | 'merge' | 'cancel' | 'hold' | 'reopen' | 'incident' | null;

/** One ticket as the desk sees it: assign or reassign, merge a duplicate, hold, cancel, call back. */
export default function DeskTicketPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const [sheet, setSheet] = useState<Sheet>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<TicketSummary[] | null>(null);
  const [mergeInto, setMergeInto] = useState<string | null>(null);
  const { detail, error, load, changed: applyChange } = useTicketDetail(id, SCREENS.deskTicket(id));
  const serverNow = useServerNow(detail?.ticket.timeState.at, useNow());
  const categoryName = useCategoryNames();



  // The desk works from a keyboard: N opens the next ticket of its list, A the assign sheet.
  useEffect(
    () =>
      platform.listenToKeys((key) => {
        const k = key.toLowerCase();
        if (k === 'n') {
          const next = nextInDeskOrder(id);
          if (next) void Taro.redirectTo({ url: SCREENS.deskTicket(next) });
          else toast(t('desk.noNext'));
        } else if (k === 'a' && detail && allows(detail.ticket, 'assign')) setSheet('assign');
      }),
    [id, detail],
  );

  function changed(next: Ticket, message?: string) {
    setSheet(null);
    applyChange(next, message);
  }

  async function openMerge(ticket: Ticket) {
    setSheet('merge');
    setDuplicates(null);
    setMergeInto(null);
    try {
      const queue = await api.listAllTickets({ scope: 'queue' });
      // Same place or same device first: that is what a duplicate looks like.
      const others = queue.filter((x) => x.id !== ticket.id);
      const same = others.filter((x) => x.location.id === ticket.location.id || (ticket.asset && x.asset?.id === ticket.asset.id));
      setDuplicates(same.length ? same : others);
    } catch (err) {
      toast(errorMessage(err));
      setDuplicates([]);
    }
  }

  async function merge() {
    if (!mergeInto) return;
    setBusy('merge');
    try {
      changed(await api.command(id, 'merge', { intoTicketId: mergeInto }), t('desk.merged'));
    } catch (err) {
      toast(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  async function resume() {
    setBusy('resume');
    try {
      changed(await api.command(id, 'resume'), t('tech.resumed'));
    } catch (err) {
      toast(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  if (!detail) return <LoadState error={error} onRetry={() => void load()} />;

  const { ticket, events } = detail;
  const can = (c: Parameters<typeof allows>[1]) => allows(ticket, c);
  const reason = (kind: 'cancel' | 'hold' | 'reopen', title: string, quick: string[]) => (
    <ReasonSheet
      visible={sheet === kind}
      title={title}
      quickReasons={quick}
      onClose={() => setSheet(null)}
      onConfirm={async (text) => changed(await api.command(id, kind, { reason: text }), t('tech.sent'))}
    />
  );

  return (
    <View className="page desk-ticket">
      <View className="desk-ticket__columns">
      <View className="desk-ticket__main">
      <TicketHead ticket={ticket}>
        {ticket.timeState.state !== 'none' ? (
          <View className="desk-ticket__deadline">
            <Countdown state={ticket.timeState} serverNow={serverNow} />
          </View>
        ) : null}
        {ticket.transferRequest ? <View className="section-note">{t('desk.transferAsked', { reason: ticket.transferRequest.reason })}</View> : null}
        {ticket.breaches.length ? <View className="section-note desk-ticket__breach">{t('desk.breaches', { n: ticket.breaches.length })}</View> : null}
      </TicketHead>

      {ticket.emergencyPending && can('confirmEmergency') ? <EmergencyDecision ticketId={id} onDone={(next, message) => changed(next, message)} /> : null}

      <View className="action-bar" data-testid="desk-actions">
        {can('assign') ? (
          <Button type="primary" data-testid="assign" onClick={() => setSheet('assign')}>
            {ticket.assignee ? t('desk.reassign') : commandLabel('assign')}
          </Button>
        ) : null}
        {can('merge') ? (
          <Button data-testid="merge" onClick={() => void openMerge(ticket)}>
            {commandLabel('merge')}
          </Button>
        ) : null}
        {can('resume') ? (
          <Button loading={busy === 'resume'} onClick={() => void resume()}>
            {commandLabel('resume')}
          </Button>
        ) : null}
        {can('hold') ? <Button onClick={() => setSheet('hold')}>{commandLabel('hold')}</Button> : null}
        {can('reopen') ? <Button onClick={() => setSheet('reopen')}>{commandLabel('reopen')}</Button> : null}
        {can('cancel') ? (
          <Button type="danger" fill="outline" onClick={() => setSheet('cancel')}>
            {commandLabel('cancel')}
          </Button>
        ) : null}
        {/* Major incidents (issue 16): the desk escalates this report; it is linked to the incident. */}
        <Button type="danger" fill="outline" data-testid="declare-incident" onClick={() => setSheet('incident')}>
          {t('incident.declare')}
        </Button>
        {nextInDeskOrder(id) ? (
          <Button fill="outline" data-testid="next-ticket" onClick={() => void Taro.redirectTo({ url: SCREENS.deskTicket(nextInDeskOrder(id)!) })}>
            {t('desk.nextTicket')} ›
          </Button>
        ) : null}
      </View>
      <View className="muted desk-ticket__shortcuts">{t('desk.shortcuts')}</View>

      {can('callback') ? (
        <View className="card">
          <View className="card-title">{t('desk.callbacks')}</View>
          <CallbackForm ticketId={id} onDone={(next) => changed(next, t('callback.done'))} />
        </View>
      ) : null}

      <CellGroup className="ticket-facts">
        <Cell title={t('ticket.category')} extra={categoryName(ticket.categoryCode)} />
        <Cell title={t('ticket.place')} extra={ticket.location.path.join(' › ')} />
        {ticket.asset ? <Cell title={t('ticket.device')} extra={ticket.asset.name} clickable onClick={() => ticket.asset && void Taro.navigateTo({ url: SCREENS.assetHistory(ticket.asset.id, ticket.asset.name) })} /> : null}
        <Cell title={t('ticket.assignee')} extra={ticket.assignee?.name ?? t('ticket.unassigned')} />
        {ticket.reporter ? <Cell title={t('ticket.reporter')} extra={[ticket.reporter.name, ticket.reporter.department].filter(Boolean).join(' · ')} /> : null}
        {ticket.reporter?.phone ? <Cell title={t('ticket.reporterPhone')} extra={ticket.reporter.phone} /> : null}
        {ticket.caller ? (
          <Cell title={t('ticket.caller')} extra={[ticket.caller.name, ticket.caller.phone, ticket.caller.department].filter(Boolean).join(' · ')} data-testid="ticket-caller" />
        ) : null}
        {ticket.contactPhone && ticket.contactPhone !== ticket.caller?.phone ? <Cell title={t('ticket.phone')} extra={ticket.contactPhone} /> : null}
        <Cell title={t('ticket.channel')} extra={t(`channel.${ticket.channel}`)} />
        <Cell title={t('ticket.createdAt')} extra={formatTime(ticket.createdAt)} />
        {ticket.deadlines.acceptBy ? <Cell title={t('ticket.acceptBy')} extra={formatTime(ticket.deadlines.acceptBy)} /> : null}
        {ticket.deadlines.arriveBy ? <Cell title={t('ticket.arriveBy')} extra={formatTime(ticket.deadlines.arriveBy)} /> : null}
        {ticket.followerCount ? <Cell title={t('desk.followers')} extra={String(ticket.followerCount)} /> : null}
      </CellGroup>

      </View>
      <View className="card desk-ticket__side">
        <View className="card-title">{t('ticket.timeline')}</View>
        <Timeline events={events} />
      </View>
      </View>

      <Popup visible={sheet === 'assign'} position="bottom" round closeable title={ticket.assignee ? t('desk.reassign') : commandLabel('assign')} onClose={() => setSheet(null)} destroyOnClose>
        {sheet === 'assign' ? <AssignSheet ticket={ticket} onAssigned={(next) => changed(next, t('desk.assigned', { name: next.assignee?.name ?? '' }))} /> : null}
      </Popup>

      <Popup visible={sheet === 'merge'} position="bottom" round closeable title={commandLabel('merge')} onClose={() => setSheet(null)}>
        <View className="desk-ticket__merge" data-testid="merge-sheet">
          <View className="muted">{t('desk.mergeHint')}</View>
          {duplicates === null ? <View className="center-state">{t('common.loading')}</View> : null}
          {duplicates?.length === 0 ? <EmptyState small description={t('desk.noDuplicates')} /> : null}
          {duplicates?.map((x) => (
            <View key={x.id} className={`desk-ticket__dup ${mergeInto === x.id ? 'desk-ticket__dup--chosen' : ''}`}>
              <TicketItem ticket={x} categoryName={categoryName(x.categoryCode)} onOpen={setMergeInto} extra={<Text className="muted">{formatTime(x.createdAt)}</Text>} />
            </View>
          ))}
          <Button type="primary" block disabled={!mergeInto || busy === 'merge'} loading={busy === 'merge'} onClick={() => void merge()}>
            {t('desk.mergeConfirm')}
          </Button>
        </View>
      </Popup>

      <DeclareIncidentSheet ticket={ticket} visible={sheet === 'incident'} onClose={() => setSheet(null)} />
      {reason('cancel', commandLabel('cancel'), [t('desk.reason.duplicate'), t('desk.reason.selfFixed')])}
      {reason('hold', commandLabel('hold'), [t('tech.reason.parts'), t('tech.reason.vendor')])}
      {reason('reopen', commandLabel('reopen'), [t('confirm.reason.stillBroken')])}
    </View>
  );
}
