import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { DeadLetter } from '../../../services/api';
import { formatTime, t, type MessageKey } from '../../../i18n';
import { api, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { SCREENS } from '../../../services/roles';
import { EmptyState } from '../../../components/EmptyState';
import { toast } from '../../../components/toast';

const STATE_LABELS = {
  retrying: 'deadLetters.state.retrying',
  given_up: 'deadLetters.state.given_up',
  delivered: 'deadLetters.state.delivered',
  shown: 'deadLetters.state.shown',
} as const satisfies Record<NonNullable<DeadLetter['state']> | 'shown', MessageKey>;

/**
 * 发送失败的通知: notifications WeChat would not take, as the redrive left them: retrying on its
 * 24 h schedule, given up (resend), or delivered in the end; a resend puts one back for the next run.
 */
export default function DeskDeadLettersPage() {
  const [items, setItems] = useState<DeadLetter[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function load() {
    try {
      setItems((await api.listDeadLetters()).items);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  useDidShow(() => {
    if (ensureSignedIn(SCREENS.deskDeadLetters)) void load();
  });
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  async function resend(letter: DeadLetter) {
    setBusy(letter.ref);
    try {
      await api.resendDeadLetter(letter.ref);
      toast(t('deadLetters.resent'));
      await load();
    } catch (err) {
      toast(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  return (
    <View className="page page--wide">
      {error ? <View className="field-error">{error}</View> : null}
      {items === null && !error ? <View className="center-state">{t('common.loading')}</View> : null}
      {items?.length === 0 ? (
        <View className="card">
          <EmptyState description={t('deadLetters.empty')} />
        </View>
      ) : null}
      {items?.map((letter) => (
        <View key={letter.ref} className="card" data-testid="dead-letter">
          <View className="section-note">
            <Text data-testid="dead-letter-state">{t(STATE_LABELS[letter.state ?? 'shown'])}</Text>
            <Text> · {formatTime(letter.at)}</Text>
            {letter.state === 'retrying' && letter.nextAttemptAt ? <Text> · {t('deadLetters.next', { time: formatTime(letter.nextAttemptAt) })}</Text> : null}
          </View>
          <View className="section-note">
            <Text>{t('deadLetters.attempts', { n: letter.attempts })}</Text>
            {letter.resends > 0 ? <Text> · {t('deadLetters.resends', { n: letter.resends })}</Text> : null}
          </View>
          {letter.ticketId ? (
            <Button size="small" fill="none" onClick={() => void Taro.navigateTo({ url: SCREENS.deskTicket(letter.ticketId!) })}>
              {t('deadLetters.openTicket')}
            </Button>
          ) : null}
          {letter.state === 'given_up' || letter.state === 'retrying' ? (
            <Button size="small" type="primary" data-testid="dead-letter-resend" loading={busy === letter.ref} onClick={() => void resend(letter)}>
              {t('deadLetters.resend')}
            </Button>
          ) : null}
        </View>
      ))}
    </View>
  );
}
