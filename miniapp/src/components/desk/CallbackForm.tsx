import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import type { Ticket } from '@contract/tickets';
import { commandLabel, t } from '../../i18n';
import { api, errorMessage } from '../../services/api';
import './CallbackForm.scss';

interface Props {
  ticketId: string;
  onDone: (ticket: Ticket) => void;
}

/** The desk's callback (回访) after the repair: reached the reporter? satisfied? a note. */
export function CallbackForm({ ticketId, onDone }: Props) {
  const [reached, setReached] = useState<boolean | null>(null);
  const [satisfied, setSatisfied] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ready = reached === false || (reached === true && satisfied !== null);

  async function submit() {
    if (!ready || busy) return;
    setBusy(true);
    setError(null);
    try {
      const text = note.trim();
      const body = { reached: reached === true, ...(reached ? { satisfied: satisfied === true } : {}), ...(text ? { note: text } : {}) };
      onDone(await api.command(ticketId, 'callback', body));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const choice = (active: boolean, label: string, onClick: () => void, testId: string) => (
    <View className={`chip ${active ? 'chip--active' : ''}`} data-testid={testId} onClick={onClick}>
      {label}
    </View>
  );

  return (
    <View className="callback-form" data-testid="callback-form">
      <View className="chips">
        {choice(reached === true, t('callback.reached'), () => setReached(true), 'cb-reached')}
        {choice(reached === false, t('callback.notReached'), () => { setReached(false); setSatisfied(null); }, 'cb-not-reached')}
      </View>
      {reached ? (
        <View className="chips callback-form__row">
          {choice(satisfied === true, t('callback.satisfied'), () => setSatisfied(true), 'cb-satisfied')}
          {choice(satisfied === false, t('callback.unsatisfied'), () => setSatisfied(false), 'cb-unsatisfied')}
        </View>
      ) : null}
      <TextArea className="callback-form__note" value={note} placeholder={t('callback.notePlaceholder')} maxLength={1000} onChange={setNote} />
      {error ? <View className="field-error">{error}</View> : null}
      <Button type="primary" size="small" className="callback-form__submit" disabled={!ready || busy} loading={busy} onClick={() => void submit()}>
        {commandLabel('callback')}
      </Button>
    </View>
  );
}
