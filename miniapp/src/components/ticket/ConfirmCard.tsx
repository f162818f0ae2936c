import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Ticket } from '@contract/tickets';
import { t } from '../../i18n';
import { api, errorMessage } from '../../services/api';
import { allows } from '../../services/commands';
import { ReasonSheet } from '../ReasonSheet';
import { toast } from '../toast';
import './ReporterActions.scss';

interface Props {
  ticket: Ticket;
  onChanged: (ticket: Ticket) => void;
}

/** "维修完成了吗？": the one thing the reporter is asked once the job is completed, so the page opens with it. */
export function ConfirmCard({ ticket, onChanged }: Props) {
  const [notFixedOpen, setNotFixedOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!allows(ticket, 'confirm')) return null;

  async function confirmFixed() {
    setBusy(true);
    try {
      onChanged(await api.command(ticket.id, 'confirm', { satisfied: true }));
      toast(t('confirm.done'));
    } catch (err) {
      toast(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="card reporter-actions__confirm-card" data-testid="confirm-card">
      <View className="card-title">{t('confirm.title')}</View>
      <View className="muted">{t('confirm.hint')}</View>
      <View className="action-bar reporter-actions__confirm">
        <Button onClick={() => setNotFixedOpen(true)} disabled={busy} data-testid="not-fixed">
          {t('confirm.notFixed')}
        </Button>
        <Button type="primary" loading={busy} disabled={busy} className="reporter-actions__fixed" onClick={() => void confirmFixed()}>
          {t('confirm.fixed')}
        </Button>
      </View>
      <ReasonSheet
        visible={notFixedOpen}
        title={t('confirm.notFixed')}
        placeholder={t('confirm.notFixedPlaceholder')}
        quickReasons={[t('confirm.reason.stillBroken'), t('confirm.reason.partly')]}
        onClose={() => setNotFixedOpen(false)}
        onConfirm={async (note) => {
          onChanged(await api.command(ticket.id, 'confirm', { satisfied: false, note }));
          setNotFixedOpen(false);
        }}
      />
    </View>
  );
}
