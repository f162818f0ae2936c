import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import Taro, { useDidShow } from '@tarojs/taro';
import { formatTime, t } from '../../../i18n';
import { platform } from '../../../platform';
import { api, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import type { Handover } from '../../../services/commands';
import { SCREENS } from '../../../services/roles';
import { useCategoryNames } from '../../../components/useCategoryNames';
import { StatusTag, UrgencyTag } from '../../../components/ticket/StatusTag';
import { Countdown, useNow, useServerNow } from '../../../components/ticket/Countdown';
import { EmptyState } from '../../../components/EmptyState';
import { toast } from '../../../components/toast';
import './index.scss';

/**
 * The shift handover sheet (交接班): every unfinished ticket with its clock and last note, a page
 * at a time, then signed over to a dispatcher picked from those on shift. Prints on A4 (index.scss).
 */
export default function DeskHandoverPage() {
  const [sheet, setSheet] = useState<Handover | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [toUserId, setToUserId] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const categoryName = useCategoryNames();
  const serverNow = useServerNow(sheet?.open[0]?.ticket.timeState.at, useNow());

  async function load() {
    try {
      setSheet(await api.getHandover());
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  /** The next page of open tickets, appended (the count, callbacks and picker came with the first). */
  async function more() {
    if (!sheet?.nextCursor || loadingMore) return;
    setLoadingMore(true);
    try {
      const next = await api.getHandover(sheet.nextCursor);
      setSheet({ ...sheet, open: [...sheet.open, ...next.open], nextCursor: next.nextCursor });
    } catch (err) {
      toast(errorMessage(err));
    } finally {
      setLoadingMore(false);
    }
  }

  useDidShow(() => {
    if (ensureSignedIn(SCREENS.deskHandover)) void load();
  });

  async function record() {
    const to = toUserId;
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

  // "50+" while more pages follow: the server counts all open tickets only when one page holds them.
  const openLabel = sheet ? (sheet.openCount ?? `${sheet.open.length}+`) : '';

  return (
    <View className="page page--wide handover">
      {error ? <View className="field-error">{error}</View> : null}
      {!sheet && !error ? <View className="center-state">{t('common.loading')}</View> : null}
      {sheet ? (
        <>
          <View className="handover__print-head">{t('handover.printedAt', { time: formatTime(new Date(serverNow).toISOString()) })}</View>
          <View className="handover__stats">
            <View className="handover__stat">
              <Text className="handover__num" data-testid="handover-open-count">{openLabel}</Text>
              <Text className="muted">{t('handover.open')}</Text>
            </View>
            <View className="handover__stat">
              <Text className="handover__num">{sheet.callbacksDue.length}</Text>
              <Text className="muted">{t('handover.callbacksDue')}</Text>
            </View>
          </View>

          <View className="card" data-testid="handover-open">
            <View className="card-title handover__title">
              {t('handover.openTitle')}
              {platform.canPrint ? (
                <Button size="small" fill="outline" className="handover__print" data-testid="handover-print" onClick={() => platform.printPage()}>
                  {t('handover.print')}
                </Button>
              ) : null}
            </View>
            {sheet.open.length === 0 ? <EmptyState small description={t('desk.empty')} /> : null}
            {sheet.open.map(({ ticket, lastNote, lastEventAt }) => (
              <View key={ticket.id} className="handover-item" onClick={() => void Taro.navigateTo({ url: SCREENS.deskTicket(ticket.id) })}>
                <View className="handover-item__head">
                  <Text className="handover-item__number">{ticket.number}</Text>
                  <View className="handover-item__tags">
                    <UrgencyTag urgency={ticket.urgency} />
                    <StatusTag status={ticket.status} />
                    <Countdown state={ticket.timeState} serverNow={serverNow} />
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
            {sheet.nextCursor ? (
              <Button fill="outline" block className="handover__more" loading={loadingMore} data-testid="handover-more" onClick={() => void more()}>
                {t('handover.more', { shown: sheet.open.length })}
              </Button>
            ) : null}
          </View>

          <View className="card handover__form" data-testid="handover-form">
            <View className="card-title">{t('handover.record')}</View>
            <View className="muted">{t('handover.pick')}</View>
            <View className="chips handover__people" data-testid="handover-picker">
              {sheet.incoming.length === 0 ? <Text className="muted">{t('handover.noIncoming')}</Text> : null}
              {sheet.incoming.map((p) => (
                <View key={p.id} className={`chip ${toUserId === p.id ? 'chip--active' : ''} ${p.onShift ? '' : 'chip--muted'}`} data-testid={`incoming-${p.id}`} onClick={() => setToUserId(p.id)}>
                  {p.name} · {t(p.onShift ? 'handover.onShift' : 'handover.offShift')}
                </View>
              ))}
            </View>
            <TextArea className="handover__note" value={note} placeholder={t('handover.notePlaceholder')} maxLength={2000} onChange={setNote} />
            {sendError ? <View className="field-error">{sendError}</View> : null}
            <Button type="primary" block disabled={!toUserId || busy} loading={busy} data-testid="handover-submit" onClick={() => void record()}>
              {toUserId ? t('handover.submit', { n: openLabel }) : t('handover.pickFirst')}
            </Button>
          </View>

          {sheet.recent.length ? (
            <View className="card handover__recent" data-testid="handover-recent">
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
