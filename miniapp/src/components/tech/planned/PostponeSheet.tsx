import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Popup, TextArea } from '@nutui/nutui-react-taro';
import { t } from '../../../i18n';
import { errorMessage } from '../../../services/api';
import type { PostponeRequest } from '../../../services/workOrders';
import { dayLabel, daysFrom } from './plannedText';
import '../../ReasonSheet.scss';

type Reason = PostponeRequest['reason'];
const REASONS: Reason[] = ['inUse', 'notFound', 'other'];

/** The days a postponement may move the order to: from the day after its last day (or today) to the policy's latest. */
export function postponeDays(closesOn: string, today: string, latest: string): string[] {
  const from = daysFrom(today, closesOn) >= 0 ? closesOn : today;
  const days: string[] = [];
  for (let n = 1; n <= daysFrom(from, latest); n++) {
    const d = new Date(`${from}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

interface Props {
  visible: boolean;
  days: string[];
  onClose: () => void;
  /** Sends the postponement; a rejection is shown in the sheet and keeps it open. */
  onConfirm: (body: Omit<PostponeRequest, 'version'>) => Promise<void>;
}

/** 延期: the device is in use or not found (or another reason), and the day the order moves to, within the plan's policy. */
export function PostponeSheet({ visible, days, onClose, onConfirm }: Props) {
  const [reason, setReason] = useState<Reason | null>(null);
  const [untilDay, setUntilDay] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (!reason || !untilDay || busy) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm({ reason, untilDay, ...(note.trim() ? { note: note.trim() } : {}) });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Popup visible={visible} position="bottom" round title={t('planned.postponeTitle')} closeable onClose={onClose} className="reason-sheet">
      <View className="reason-sheet__body" data-testid="postpone-sheet">
        <View className="chips" role="radiogroup">
          {REASONS.map((r) => (
            <View key={r} role="radio" aria-checked={reason === r} className={`chip ${reason === r ? 'chip--active' : ''}`} data-testid={`postpone-${r}`} onClick={() => setReason(r)}>
              {t(`planned.postpone.${r}`)}
            </View>
          ))}
        </View>
        <View className="card-title reason-sheet__hint">{t('planned.postpone.until')}</View>
        <View className="chips" role="radiogroup">
          {days.map((d) => (
            <View key={d} role="radio" aria-checked={untilDay === d} className={`chip ${untilDay === d ? 'chip--active' : ''}`} data-testid="postpone-day" onClick={() => setUntilDay(d)}>
              {dayLabel(d)}
            </View>
          ))}
        </View>
        {days.length ? <View className="muted reason-sheet__hint">{t('planned.postpone.limit', { day: dayLabel(days[days.length - 1] ?? '') })}</View> : null}
        <TextArea className="reason-sheet__input" value={note} placeholder={t('planned.postpone.note')} maxLength={200} onChange={setNote} />
        {error ? <View className="field-error" data-testid="postpone-error">{error}</View> : null}
        <Button type="primary" block disabled={!reason || !untilDay || busy} loading={busy} onClick={() => void confirm()} className="reason-sheet__confirm">
          {t('planned.postpone')}
        </Button>
      </View>
    </Popup>
  );
}
