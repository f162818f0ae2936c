import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Ticket } from '@contract/tickets';
import { commandLabel, t } from '../../i18n';
import { api, errorMessage } from '../../services/api';
import { allows } from '../../services/commands';
import { ReasonSheet } from '../ReasonSheet';
import { RatingForm } from './RatingForm';
import { toast } from '../toast';
import './ReporterActions.scss';

interface Props {
  ticket: Ticket;
  onChanged: (ticket: Ticket) => void;
}

/**
 * What the reporter (or a colleague, or anyone following) can do on the ticket detail besides
 * confirming the repair (ConfirmCard, at the top): rate it, reopen it, follow it, cancel it
 * before it is accepted — each shown only when the server allows it now (the server offers no
 * follow on one's own ticket).
 */
export function ReporterActions({ ticket, onChanged }: Props) {
  const [sheet, setSheet] = useState<'reopen' | 'cancel' | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function run(what: string, action: () => Promise<Ticket>, done?: string) {
    setBusy(what);
    try {
      onChanged(await action());
      if (done) toast(done);
    } catch (err) {
      toast(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  // Reopen and cancel both ask why, then send the reason.
  const reasonSheet = (command: 'reopen' | 'cancel', title: string, placeholder: string, quickReasons: string[], done: string) => (
    <ReasonSheet
      visible={sheet === command}
      title={title}
      placeholder={placeholder}
      quickReasons={quickReasons}
      onClose={() => setSheet(null)}
      onConfirm={async (reason) => {
        onChanged(await api.command(ticket.id, command, { reason }));
        setSheet(null);
        toast(done);
      }}
    />
  );

  const canRate = allows(ticket, 'rate') && !ticket.rating;
  const canReopen = allows(ticket, 'reopen');
  const canFollow = allows(ticket, 'follow') && !ticket.following;
  const canCancel = allows(ticket, 'cancel');
  if (!canRate && !canReopen && !canFollow && !canCancel) return null;

  return (
    <View className="reporter-actions" data-testid="reporter-actions">
      {canRate ? <RatingForm ticketId={ticket.id} onRated={(x) => { toast(t('rate.done')); onChanged(x); }} /> : null}

      {canCancel ? <View className="muted reporter-actions__hint">{t('cancel.hint')}</View> : null}
      {canReopen || canFollow || canCancel ? (
        <View className="action-bar">
          {canFollow ? (
            <Button type="primary" fill="outline" loading={busy === 'follow'} className="reporter-actions__follow" onClick={() => void run('follow', () => api.command(ticket.id, 'follow'), t('follow.done'))}>
              {commandLabel('follow')}
            </Button>
          ) : null}
          {canReopen ? (
            <Button fill="outline" className="reporter-actions__reopen" onClick={() => setSheet('reopen')}>
              {commandLabel('reopen')}
            </Button>
          ) : null}
          {canCancel ? (
            <Button fill="outline" type="danger" className="reporter-actions__cancel" data-testid="cancel-report" onClick={() => setSheet('cancel')}>
              {t('cancel.title')}
            </Button>
          ) : null}
        </View>
      ) : null}

      {reasonSheet('reopen', commandLabel('reopen'), t('reopen.placeholder'), [t('confirm.reason.stillBroken'), t('reopen.reason.again')], t('reopen.done'))}
      {reasonSheet('cancel', t('cancel.title'), t('cancel.placeholder'), [t('cancel.reason.recovered'), t('cancel.reason.mistake')], t('cancel.done'))}
    </View>
  );
}
