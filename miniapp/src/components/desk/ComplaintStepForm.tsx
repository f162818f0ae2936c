import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import type { ComplaintStep } from '@contract/lifecycle';
import type { Ticket } from '@contract/tickets';
import { t } from '../../i18n';
import { api, errorMessage } from '../../services/api';
import type { ComplaintItem } from '../../services/commands';
import './CallbackForm.scss';

interface Props {
  ticketId: string;
  clocks: ComplaintItem['clocks'];
  onDone: (ticket: Ticket, step: ComplaintStep) => void;
}

/** Records one step of a complaint (respond, resolve, call back) with its note; the first step not yet done is chosen. */
export function ComplaintStepForm({ ticketId, clocks, onDone }: Props) {
  const open = clocks.filter((c) => c.state !== 'done').map((c) => c.step);
  const [step, setStep] = useState<ComplaintStep | undefined>(open[0]);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = step && open.includes(step) ? step : open[0];
  if (!chosen) return null;

  async function submit(s: ComplaintStep) {
    const text = note.trim();
    if (!text || busy) return;
    setBusy(true);
    setError(null);
    try {
      const ticket = await api.command(ticketId, 'complaint', { step: s, note: text });
      setNote('');
      onDone(ticket, s);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="callback-form" data-testid="complaint-form">
      <View className="chips">
        {open.map((s) => (
          <View key={s} className={`chip ${chosen === s ? 'chip--active' : ''}`} data-testid={`complaint-step-${s}`} onClick={() => setStep(s)}>
            {t(`complaints.step.${s}`)}
          </View>
        ))}
      </View>
      <TextArea className="callback-form__note" value={note} placeholder={t('complaints.notePlaceholder')} maxLength={1000} onChange={setNote} />
      {error ? <View className="field-error">{error}</View> : null}
      <Button type="primary" size="small" className="callback-form__submit" data-testid="complaint-submit" disabled={!note.trim() || busy} loading={busy} onClick={() => void submit(chosen)}>
        {t('complaints.record', { step: t(`complaints.step.${chosen}`) })}
      </Button>
    </View>
  );
}
