import { useState } from 'react';
import { LoadState } from '../../../components/LoadState';
import { useTicketDetail } from '../../../components/ticket/useTicketDetail';
import { View } from '@tarojs/components';
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import type { Ticket } from '@contract/tickets';
import { platform } from '../../../platform';
import { commandLabel, formatTime, t } from '../../../i18n';
import { api, errorMessage } from '../../../services/api';
import { allows } from '../../../services/commands';
import { SCREENS, isVendorStaff } from '../../../services/roles';
import { useCategoryNames } from '../../../components/useCategoryNames';
import { TicketHead } from '../../../components/ticket/TicketHead';
import { Timeline } from '../../../components/ticket/Timeline';
import { Countdown, useNow, useServerNow } from '../../../components/ticket/Countdown';
import { ReasonSheet } from '../../../components/ReasonSheet';
import { CompleteForm } from '../../../components/tech/CompleteForm';
import { CompletionRecord } from '../../../components/ticket/CompletionRecord';
import { PageBar } from '../../../components/PageBar';
import { toast } from '../../../components/toast';
import { askSubscribe } from '../../../services/subscribe';
import { scannedLabelCode } from '../../../services/scannedLabel';
import { OfflineNotice } from '../../../components/tech/OfflineNotice';
import { useOfflineQueue } from '../../../components/tech/useOfflineQueue';
import { runOrQueue } from '../../../services/offline';
import type { OfflineCommand } from '@contract/ticketCommands';
import './index.scss';

type Sheet = 'hold' | 'handBack' | 'requestTransfer' | null;

/** One job, from accept to complete: the buttons are the commands the server allows now. */
export default function TechJobPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const [busy, setBusy] = useState<string | null>(null);
  const [sheet, setSheet] = useState<Sheet>(null);
  const [completing, setCompleting] = useState(false);
  const { detail, error, load, changed } = useTicketDetail(id, SCREENS.techJob(id));
  const serverNow = useServerNow(detail?.ticket.timeState.at, useNow());
  const categoryName = useCategoryNames();
  const offline = useOfflineQueue(id, (sent) => (sent ? changed(sent) : void load()), detail?.ticket.timeState.at);

  /** A command a technician may make without a signal: sent now, or saved on the phone and sent later. */
  async function send(command: OfflineCommand, body: Record<string, unknown> | undefined, message: string) {
    const { ticket: sent } = await runOrQueue(id, command, body);
    if (sent) changed(sent, message);
    else toast(t('offline.savedToast'));
  }

  async function run(what: string, action: () => Promise<Ticket | void>, message: string) {
    setBusy(what);
    try {
      const next = await action();
      if (next) changed(next, message);
    } catch (err) {
      toast(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  function accept() {
    // From this tap WeChat may show its subscribe dialog: the next jobs and deadlines reach the phone.
    void askSubscribe('technicianJobs');
    void run('accept', () => send('accept', undefined, t('tech.accepted')), t('tech.accepted'));
  }

  async function arrive() {
    const scanned = await platform.scan();
    if (scanned === null) return;
    const label = scannedLabelCode(scanned);
    if ('message' in label) {
      toast(label.message);
      return;
    }
    await run('arrive', () => send('arrive', { qrCode: label.code }, t('tech.arrived')), t('tech.arrived'));
  }

  const notice = <OfflineNotice pending={offline.pending} dropped={offline.dropped} onDismiss={offline.dismiss} />;
  if (!detail) {
    return (
      <View className="page tech-job">
        {notice}
        <LoadState error={error} onRetry={() => void load()} />
      </View>
    );
  }

  const { ticket, events } = detail;
  const offered = offline.offeredWhileQueued(ticket.status);
  const can = (c: Parameters<typeof allows>[1]) => (offered ? (offered as string[]).includes(c) : allows(ticket, c));
  const reasonSheet = (kind: Exclude<Sheet, null>, title: string, quick: string[]) => (
    <ReasonSheet
      visible={sheet === kind}
      title={title}
      quickReasons={quick}
      onClose={() => setSheet(null)}
      onConfirm={async (reason) => {
        if (kind === 'hold') {
          await send('hold', { reason }, t('tech.sent'));
          setSheet(null);
          return;
        }
        const next = await api.command(id, kind, { reason });
        setSheet(null);
        changed(next, t('tech.sent'));
      }}
    />
  );

  return (
    <View className="page tech-job">
      <PageBar title={t('job.title')} />
      <TicketHead ticket={ticket}>
        {ticket.timeState.state !== 'none' ? (
          <View className="tech-job__deadline">
            <Countdown state={ticket.timeState} serverNow={serverNow} />
          </View>
        ) : null}
      </TicketHead>
      {notice}

      {completing ? (
        <CompleteForm ticketId={id} onCancel={() => setCompleting(false)} onCompleted={(next) => { setCompleting(false); if (next) changed(next); }} />
      ) : (
        <View className="action-bar tech-job__actions" data-testid="job-actions">
          {can('accept') ? (
            <Button type="primary" size="large" loading={busy === 'accept'} data-testid="accept" onClick={accept}>
              {commandLabel('accept')}
            </Button>
          ) : null}
          {can('arrive') ? (
            <Button type="primary" size="large" loading={busy === 'arrive'} data-testid="arrive" onClick={() => void arrive()}>
              {commandLabel('arrive')}
            </Button>
          ) : null}
          {can('complete') ? (
            <Button type="primary" size="large" data-testid="complete" onClick={() => setCompleting(true)}>
              {commandLabel('complete')}
            </Button>
          ) : null}
          {can('resume') ? (
            <Button type="primary" size="large" loading={busy === 'resume'} data-testid="resume" onClick={() => void run('resume', () => send('resume', undefined, t('tech.resumed')), t('tech.resumed'))}>
              {commandLabel('resume')}
            </Button>
          ) : null}
          {can('hold') ? (
            <Button data-testid="hold" onClick={() => setSheet('hold')}>
              {commandLabel('hold')}
            </Button>
          ) : null}
          {can('requestTransfer') ? (
            <Button data-testid="transfer" onClick={() => setSheet('requestTransfer')}>
              {commandLabel('requestTransfer')}
            </Button>
          ) : null}
          {can('handBack') ? (
            <Button data-testid="hand-back" onClick={() => setSheet('handBack')}>
              {commandLabel('handBack')}
            </Button>
          ) : null}
        </View>
      )}
      {can('arrive') && !completing ? <View className="muted tech-job__hint">{t('tech.arriveHint')}</View> : null}
      <CompletionRecord ticket={ticket} />

      <CellGroup className="ticket-facts">
        <Cell title={t('ticket.category')} extra={categoryName(ticket.categoryCode)} />
        <Cell title={t('ticket.place')} extra={ticket.location.path.join(' › ')} />
        {/* A vendor's technician sees the device, not the hospital's history of it (issue 16). */}
        {ticket.asset && isVendorStaff() ? <Cell title={t('ticket.device')} extra={ticket.asset.name} /> : null}
        {ticket.asset && !isVendorStaff() ? (
          <Cell
            title={t('ticket.device')}
            // Not "维修记录": that is the completion record's title on this page.
            extra={`${ticket.asset.name} · ${t('job.deviceHistory')}`}
            clickable
            data-testid="asset-history"
            onClick={() => ticket.asset && void Taro.navigateTo({ url: SCREENS.assetHistory(ticket.asset.id, ticket.asset.name) })}
          />
        ) : null}
        {ticket.reporter ? <Cell title={t('ticket.reporter')} extra={[ticket.reporter.name, ticket.reporter.department].filter(Boolean).join(' · ')} /> : null}
        {ticket.contactPhone ? (
          <Cell title={t('ticket.phone')} extra={ticket.contactPhone} clickable onClick={() => ticket.contactPhone && void Taro.makePhoneCall({ phoneNumber: ticket.contactPhone }).catch(() => undefined)} />
        ) : null}
        <Cell title={t('ticket.createdAt')} extra={formatTime(ticket.createdAt)} />
        {ticket.deadlines.acceptBy ? <Cell title={t('ticket.acceptBy')} extra={formatTime(ticket.deadlines.acceptBy)} /> : null}
        {ticket.deadlines.arriveBy ? <Cell title={t('ticket.arriveBy')} extra={formatTime(ticket.deadlines.arriveBy)} /> : null}
      </CellGroup>

      <View className="card">
        <View className="card-title">{t('ticket.timeline')}</View>
        <Timeline events={events} />
      </View>

      {reasonSheet('hold', commandLabel('hold'), [t('tech.reason.parts'), t('tech.reason.vendor'), t('tech.reason.access')])}
      {reasonSheet('requestTransfer', commandLabel('requestTransfer'), [t('tech.reason.notMySkill'), t('tech.reason.busy')])}
      {reasonSheet('handBack', commandLabel('handBack'), [t('tech.reason.notMySkill'), t('tech.reason.wrongPlace')])}
    </View>
  );
}
