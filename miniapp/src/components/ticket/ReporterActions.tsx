import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Ticket } from '@contract/tickets';
import { commandLabel, t } from '../../i18n';
import { api, errorMessage } from '../../services/api';
import { allows } from '../../services/commands';
import { ReasonSheet } from '../ReasonSheet';
import { RatingForm } from './RatingForm';
import { ConfirmCard } from './ConfirmCard';
import { toast } from '../toast';
import './ReporterActions.scss';

interface Props {
  ticket: Ticket;
  onChanged: (ticket: Ticket) => void;
}

/**
 * What the reporter (or a colleague, or anyone following) can do on the ticket detail: confirm
 * the repair, rate it, reopen it, follow it — each shown only when the server allows it now.
 */
export function ReporterActions({ ticket, onChanged }: Props) {
  const [sheet, setSheet] = useState<'notFixed' | 'reopen' | null>(null);
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

  const canConfirm = allows(ticket, 'confirm');
  const canRate = allows(ticket, 'rate') && !ticket.rating;
  const canReopen = allows(ticket, 'reopen');
  const canFollow = allows(ticket, 'follow') && !ticket.following;
  if (!canConfirm && !canRate && !canReopen && !canFollow) return null;

  return (
    <View className="reporter-actions" data-testid="reporter-actions">
      {canConfirm ? <ConfirmCard ticket={ticket} busy={!!busy} onNotFixed={() => setSheet('notFixed')} onChanged={onChanged} /> : null}

      {canRate ? <RatingForm ticketId={ticket.id} onRated={(x) => { toast(t('rate.done')); onChanged(x); }} /> : null}

      {canReopen || canFollow ? (
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
        </View>
      ) : null}

      <ReasonSheet
        visible={sheet === 'notFixed'}
        title={t('confirm.notFixed')}
        placeholder={t('confirm.notFixedPlaceholder')}
        quickReasons={[t('confirm.reason.stillBroken'), t('confirm.reason.partly')]}
        onClose={() => setSheet(null)}
        onConfirm={async (note) => {
          onChanged(await api.command(ticket.id, 'confirm', { satisfied: false, note }));
          setSheet(null);
        }}
      />
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
    </View>
  );
}
