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

      <ReasonSheet
        visible={sheet === 'reopen'}
        title={commandLabel('reopen')}
        placeholder={t('reopen.placeholder')}
        quickReasons={[t('confirm.reason.stillBroken'), t('reopen.reason.again')]}
        onClose={() => setSheet(null)}
        onConfirm={async (reason) => {
          onChanged(await api.command(ticket.id, 'reopen', { reason }));
          setSheet(null);
          toast(t('reopen.done'));
        }}
      />
      <ReasonSheet
        visible={sheet === 'cancel'}
        title={t('cancel.title')}
        placeholder={t('cancel.placeholder')}
        quickReasons={[t('cancel.reason.recovered'), t('cancel.reason.mistake')]}
        onClose={() => setSheet(null)}
        onConfirm={async (reason) => {
          onChanged(await api.command(ticket.id, 'cancel', { reason }));
          setSheet(null);
          toast(t('cancel.done'));
        }}
      />
    </View>
  );
}
