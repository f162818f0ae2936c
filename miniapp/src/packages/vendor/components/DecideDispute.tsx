import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import type { Dispute } from '@contract/spotChecks';
import { t } from '../../../i18n';
import { errorMessage } from '../../../services/api';
import { spotCheckApi } from '../../../services/spotChecks';
import { toast } from '../../../components/toast';

/** A manager's decision on an open dispute: accept or reject, with a reason (once). */
export function DecideDispute({ vendorId, dispute, onDecided }: { vendorId: string; dispute: Dispute; onDecided: (d: Dispute) => void }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function decide(accepted: boolean) {
    if (!reason.trim()) return setError(t('dispute.reasonRequired'));
    setBusy(true);
    setError(null);
    try {
      onDecided(await spotCheckApi.decide(vendorId, { month: dispute.month, disputeId: dispute.id, accepted, reason: reason.trim() }));
      toast(t('dispute.decided'));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="dispute-decide" data-testid="dispute-decide">
      <TextArea value={reason} placeholder={t('dispute.decisionReason')} maxLength={500} showCount autoSize onChange={setReason} data-testid="dispute-decision-reason" />
      {error ? <View className="field-error">{error}</View> : null}
      <View className="spot-row__actions">
        <Button size="small" type="success" disabled={busy} data-testid="dispute-accept" onClick={() => void decide(true)}>
          {t('dispute.accept')}
        </Button>
        <Button size="small" type="danger" disabled={busy} data-testid="dispute-reject" onClick={() => void decide(false)}>
          {t('dispute.reject')}
        </Button>
      </View>
    </View>
  );
}
