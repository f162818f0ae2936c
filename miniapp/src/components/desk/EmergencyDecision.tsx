import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Ticket } from '@contract/tickets';
import { commandLabel, t } from '../../i18n';
import { api, errorMessage } from '../../services/api';
import { toast } from '../toast';

interface Props {
  ticketId: string;
  onDone: (ticket: Ticket, message: string) => void;
}

/** A guest's emergency waits for the desk: confirm it (the emergency chain fires) or downgrade it to urgent. */
export function EmergencyDecision({ ticketId, onDone }: Props) {
  const [busy, setBusy] = useState<'confirm' | 'downgrade' | null>(null);

  async function decide(emergency: boolean) {
    setBusy(emergency ? 'confirm' : 'downgrade');
    try {
      const next = await api.command(ticketId, 'confirmEmergency', { emergency });
      onDone(next, emergency ? t('desk.emergencyConfirmed') : t('desk.emergencyDowngraded'));
    } catch (err) {
      toast(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  return (
    <View className="card" data-testid="emergency-decision">
      <View className="section-note">{t('desk.emergencyPending')}</View>
      <View className="action-bar">
        <Button type="danger" loading={busy === 'confirm'} disabled={busy !== null} onClick={() => void decide(true)}>
          {commandLabel('confirmEmergency')}
        </Button>
        <Button loading={busy === 'downgrade'} disabled={busy !== null} onClick={() => void decide(false)}>
          {t('desk.downgradeEmergency')}
        </Button>
      </View>
    </View>
  );
}
