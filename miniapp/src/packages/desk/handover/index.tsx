import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import Taro, { useDidShow } from '@tarojs/taro';
import { formatTime, t } from '../../../i18n';
import { api, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import type { Handover } from '../../../services/commands';
import { SCREENS } from '../../../services/roles';
import { useCategoryNames } from '../../../components/useCategoryNames';
import { StatusTag, UrgencyTag } from '../../../components/ticket/StatusTag';
import { EmptyState } from '../../../components/EmptyState';
import { toast } from '../../../components/toast';
import './index.scss';

/** The shift handover sheet (交接班): every unfinished ticket with its last note, then sign it over. */
export default function DeskHandoverPage() {
  const [sheet, setSheet] = useState<Handover | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [toUserId, setToUserId] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const categoryName = useCategoryNames();

  async function load() {
    try {
      setSheet(await api.getHandover());
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  useDidShow(() => {
    if (ensureSignedIn(SCREENS.deskHandover)) void load();
  });

  async function record() {
    const to = toUserId.trim();
    if (!to || busy) return;
    setBusy(true);
    setSendError(null);
    try {
      const text = note.trim();
      const done = await api.recordHandover(text ? { toUserId: to, note: text } : { toUserId: to });
      toast(t('handover.done', { n: done.ticketCount }));
      setNote('');
      void load();
    } catch (err) {
      setSendError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  // Who took over before: one tap fills the next dispatcher.
  const known = [...new Map((sheet?.recent ?? []).flatMap((r) => [r.from, r.to]).map((p) => [p.id, p])).values()];

  return (
    <View className="page page--wide handover">
      {error ? <View className="field-error">{error}</View> : null}
      {!sheet && !error ? <View className="center-state">{t('common.loading')}</View> : null}
      {sheet ? (
        <>
          <View className="handover__stats">
            <View className="handover__stat">
              <Text className="handover__num">{sheet.open.length}</Text>
              <Text className="muted">{t('handover.open')}</Text>
            </View>
            <View className="handover__stat">
              <Text className="handover__num">{sheet.callbacksDue.length}</Text>
              <Text className="muted">{t('handover.callbacksDue')}</Text>
            </View>
          </View>

          <View className="card" data-testid="handover-open">
            <View className="card-title">{t('handover.openTitle')}</View>
            {sheet.open.length === 0 ? <EmptyState small description={t('desk.empty')} /> : null}
            {sheet.open.map(({ ticket, lastNote, lastEventAt }) => (
              <View key={ticket.id} className="handover-item" onClick={() => void Taro.navigateTo({ url: SCREENS.deskTicket(ticket.id) })}>
                <View className="handover-item__head">
                  <Text className="handover-item__number">{ticket.number}</Text>
                  <View className="handover-item__tags">
                    <UrgencyTag urgency={ticket.urgency} />
                    <StatusTag status={ticket.status} />
                  </View>
                </View>
                <View className="handover-item__desc">
                  <Text className="handover-item__cat">{categoryName(ticket.categoryCode)}</Text>
                  {ticket.description} · {ticket.location.path.slice(-2).join(' · ')}
                </View>
                <View className="handover-item__note">
                  {t('handover.lastNote')}：{lastNote ?? t('handover.noNote')} <Text className="muted">· {formatTime(lastEventAt)}</Text>
                </View>
              </View>
            ))}
          </View>

          <View className="card" data-testid="handover-form">
            <View className="card-title">{t('handover.record')}</View>
            {known.length ? (
              <View className="chips handover__people">
                {known.map((p) => (
                  <View key={p.id} className={`chip ${toUserId === p.id ? 'chip--active' : ''}`} onClick={() => setToUserId(p.id)}>
                    {p.name}
                  </View>
                ))}
              </View>
            ) : null}
            <Input className="handover__to" name="toUserId" value={toUserId} placeholder={t('handover.toPlaceholder')} onChange={setToUserId} />
            <TextArea className="handover__note" value={note} placeholder={t('handover.notePlaceholder')} maxLength={2000} onChange={setNote} />
            {sendError ? <View className="field-error">{sendError}</View> : null}
            <Button type="primary" block disabled={!toUserId.trim() || busy} loading={busy} onClick={() => void record()}>
              {t('handover.submit', { n: sheet.open.length })}
            </Button>
          </View>

          {sheet.recent.length ? (
            <View className="card">
              <View className="card-title">{t('handover.recent')}</View>
              {sheet.recent.map((r) => (
                <View key={r.id} className="handover-item">
                  <View>
                    {r.from.name} → {r.to.name} · {t('handover.tickets', { n: r.ticketCount })}
                  </View>
                  <View className="muted">
                    {formatTime(r.at)}
                    {r.note ? ` · ${r.note}` : ''}
                  </View>
                </View>
              ))}
            </View>
          ) : null}
        </>
      ) : null}
    </View>
  );
}
