import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import type { WorkOrder } from '@contract/planned';
import { platform } from '../../../platform';
import { pick, t } from '../../../i18n';
import { errorMessage } from '../../../services/api';
import { PhotoUploadError } from '../../../services/photos';
import { SCREENS } from '../../../services/roles';
import { currentUser } from '../../../services/session';
import { scannedLabelCode } from '../../../services/scannedLabel';
import { runOrQueueWorkOrder } from '../../../services/offline';
import { workOrderApi, workOrderCommandPath, type WorkOrderOfflineCommand } from '../../../services/workOrders';
import { LoadState } from '../../../components/LoadState';
import { PageBar } from '../../../components/PageBar';
import { ReasonSheet } from '../../../components/ReasonSheet';
import { toast } from '../../../components/toast';
import { OfflineNotice } from '../../../components/tech/OfflineNotice';
import { ChecklistForm } from '../../../components/tech/planned/ChecklistForm';
import { CheckpointList } from '../../../components/tech/planned/CheckpointList';
import { CriticalityTag, ProgressBar, WindowText } from '../../../components/tech/planned/PlannedFacts';
import { PostponeSheet, postponeDays } from '../../../components/tech/planned/PostponeSheet';
import { dayLabel, hospitalToday, statusLabel } from '../../../components/tech/planned/plannedText';
import { useWorkOrder } from '../../../components/tech/planned/useWorkOrder';
import { isRunner, latestPostponeDay, mayRun, orderView } from '../../../components/tech/planned/workOrderView';
import type { toResults } from '../../../components/tech/planned/checklistDraft';
import './index.scss';

/**
 * One planned work order: its checkpoints in order; at the current one the technician scans the
 * label (proof of presence), fills its checklist or skips it with a reason, and completes the
 * order once every checkpoint is finished. Works offline like a ticket. The desk and managers
 * (opened from a notification) read it only.
 */
export default function WorkOrderPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const w = useWorkOrder(id, SCREENS.techWorkOrder(id));
  const [scanned, setScanned] = useState<{ index: number; code: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [sheet, setSheet] = useState<'skip' | 'postpone' | null>(null);

  const notice = <OfflineNotice pending={w.pending} dropped={w.dropped} onDismiss={w.dismiss} />;
  if (!w.order) {
    return (
      <View className="page work-order">
        {notice}
        <LoadState error={w.error} onRetry={() => void w.load()} />
      </View>
    );
  }

  const order: WorkOrder = w.order;
  const view = orderView(order, w.pending);
  const user = currentUser();
  const runs = mayRun(order, user);
  const current = runs ? view.current : null;
  const today = hospitalToday();

  /** A command that may wait on the phone: sent now with a signal, else queued and sent in order later. */
  async function send(what: WorkOrderOfflineCommand, index: number | undefined, body: Record<string, unknown>, photos: ReturnType<typeof toResults>['photos'] = []) {
    setBusy(what);
    try {
      const target = { path: workOrderCommandPath(id, what, index), checkpointIndex: index };
      const next = await runOrQueueWorkOrder(id, what, target, { ...body, version: order.version }, photos, photos.length ? setProgress : undefined);
      const done = what === 'recordCheckpoint' ? t('planned.recorded') : what === 'skipCheckpoint' ? t('planned.skipped') : t('planned.completed');
      w.changed(next, next ? done : t('offline.savedToast'));
      return true;
    } catch (err) {
      toast(err instanceof PhotoUploadError ? err.message : errorMessage(err));
      return false;
    } finally {
      setBusy(null);
      setProgress(null);
    }
  }

  async function scan(index: number, qrCode: string | null) {
    const outcome = await platform.scan();
    if (outcome === null) return;
    const label = scannedLabelCode(outcome);
    if ('message' in label) return toast(label.message);
    // Checked here too, so a wrong label is said at once, also without a signal.
    if (qrCode && label.code !== qrCode) return toast(t('planned.wrongLabel'));
    setScanned({ index, code: label.code });
  }

  async function record(index: number, answer: ReturnType<typeof toResults>) {
    if (!scanned || scanned.index !== index) return;
    if (await send('recordCheckpoint', index, { qrCode: scanned.code, results: answer.results }, answer.photos)) setScanned(null);
  }

  const currentBlock = current ? (
    <View className="work-order__current" data-testid="current-checkpoint">
      {scanned?.index === current.index ? (
        <>
          <View className="work-order__checked-in" data-testid="checked-in">
            {t('planned.checkedIn', { code: scanned.code })}
          </View>
          <ChecklistForm key={current.index} checklist={order.checklist} busy={busy === 'recordCheckpoint'} progress={progress} onSubmit={(answer) => void record(current.index, answer)} />
        </>
      ) : (
        <>
          <Button type="primary" size="large" block data-testid="scan-checkpoint" onClick={() => void scan(current.index, current.qrCode)}>
            {t('planned.scan')}
          </Button>
          <View className="muted work-order__hint">{t('planned.scanHint')}</View>
        </>
      )}
      <Button className="work-order__skip" data-testid="skip-checkpoint" onClick={() => setSheet('skip')}>
        {t('planned.skip')}
      </Button>
    </View>
  ) : null;

  const latest = latestPostponeDay(order, order.postponeMaxDays);
  return (
    <View className="page work-order">
      <PageBar title={t('planned.title')} />
      <View className="card work-order__head" data-testid="work-order-head">
        <View className="work-order__line">
          <Text className="planned-number">{order.number}</Text>
          <CriticalityTag criticality={order.criticality} />
        </View>
        <View className="work-order__name">
          <Text className="planned-kind">{t(`planned.kind.${order.kind}`)}</Text>
          {pick(order.planName.zh, order.planName.en)}
        </View>
        <View className="work-order__line">
          <Text className="muted">
            {t('planned.dueOn')} {dayLabel(order.dueOn)}
          </Text>
          <Text className="work-order__status" data-testid="work-order-status">
            {statusLabel(order.status)}
            {order.onTime !== null ? ` · ${t(order.onTime ? 'planned.onTime' : 'planned.late')}` : ''}
          </Text>
        </View>
        {order.status === 'done' ? null : <WindowText order={order} today={today} />}
        <ProgressBar finished={view.finished} total={view.total} />
        {order.postponements.map((p) => (
          <View key={p.at} className="muted">
            {t('planned.postponement', { to: dayLabel(p.toCloses), reason: [t(`planned.postpone.${p.reason}`), p.note].filter(Boolean).join('：') })}
          </View>
        ))}
      </View>
      {notice}
      {isRunner(order, user) ? null : <View className="muted work-order__read-only">{t('planned.readOnly')}</View>}

      <View className="card">
        <View className="card-title">{t('planned.checkpoints')}</View>
        <CheckpointList
          checkpoints={view.checkpoints}
          checklist={order.checklist}
          currentIndex={current?.index ?? null}
          current={currentBlock}
          onOpenTicket={(ticketId) => void Taro.navigateTo({ url: SCREENS.ticket(ticketId) })}
        />
      </View>

      {runs ? (
        <View className="action-bar" data-testid="work-order-actions">
          {view.allFinished && !view.completionQueued ? (
            <Button type="primary" size="large" loading={busy === 'completeWorkOrder'} data-testid="complete-work-order" onClick={() => void send('completeWorkOrder', undefined, {})}>
              {t('planned.complete')}
            </Button>
          ) : null}
          {view.completionQueued ? null : (
            <Button data-testid="postpone" onClick={() => setSheet('postpone')}>
              {t('planned.postpone')}
            </Button>
          )}
        </View>
      ) : null}
      {runs && !view.allFinished ? <View className="muted work-order__hint">{t('planned.completeHint')}</View> : null}

      <ReasonSheet
        visible={sheet === 'skip'}
        title={t('planned.skipTitle')}
        quickReasons={[t('planned.skip.locked'), t('planned.skip.inUse'), t('planned.skip.notFound')]}
        onClose={() => setSheet(null)}
        onConfirm={async (reason) => {
          if (current && (await send('skipCheckpoint', current.index, { reason }))) setSheet(null);
        }}
      />
      <PostponeSheet
        visible={sheet === 'postpone'}
        days={postponeDays(order.closesOn, today, latest)}
        onClose={() => setSheet(null)}
        onConfirm={async (body) => {
          const next = await workOrderApi.postpone(id, { ...body, version: order.version });
          setSheet(null);
          w.changed(next, t('planned.postponed', { day: dayLabel(next.closesOn) }));
        }}
      />
    </View>
  );
}
