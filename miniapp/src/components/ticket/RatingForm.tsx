import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Rate, TextArea } from '@nutui/nutui-react-taro';
import type { Ticket } from '@contract/tickets';
import { t, type MessageKey } from '../../i18n';
import { api, errorMessage } from '../../services/api';

interface Props {
  ticketId: string;
  onRated: (ticket: Ticket) => void;
}

/** 1–5 stars with an optional comment; 1–2 stars open a complaint on the server. */
export function RatingForm({ ticketId, onRated }: Props) {
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    if (score < 1 || busy) return;
    setBusy(true);
    setError(null);
    try {
      const text = comment.trim();
      onRated(await api.command(ticketId, 'rate', text ? { score, comment: text } : { score }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="card rating-form" data-testid="rating-form">
      <View className="card-title">{t('rate.title')}</View>
      <View className="rating-form__stars">
        <Rate value={score} count={5} onChange={(v) => setScore(Math.round(v))} />
        <View className="rating-form__label" data-testid="rating-label">
          {score ? t(`rate.score${score}` as MessageKey) : t('rate.pick')}
        </View>
      </View>
      {score > 0 && score <= 2 ? <View className="section-note">{t('rate.lowHint')}</View> : null}
      <TextArea className="rating-form__comment" value={comment} placeholder={t('rate.commentPlaceholder')} maxLength={1000} onChange={setComment} />
      {error ? <View className="field-error">{error}</View> : null}
      <Button type="primary" block className="rating-form__submit" disabled={score < 1 || busy} loading={busy} onClick={() => void submit()}>
        {t('rate.submit')}
      </Button>
    </View>
  );
}
