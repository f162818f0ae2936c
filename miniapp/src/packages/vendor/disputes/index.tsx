import { useEffect, useState } from 'react';
import { View, Text, Picker } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import type { Dispute, DisputeList, ScorecardMeasureName } from '@contract/spotChecks';
import { t } from '../../../i18n';
import { errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { hasRole } from '../../../services/roles';
import { currentUser } from '../../../services/session';
import { spotCheckApi } from '../../../services/spotChecks';
import { toast } from '../../../components/toast';
import { MonthBar } from '../components/MonthBar';
import { VendorPicker } from '../components/VendorPicker';
import { thisMonth, vendorPageUrl } from '../components/month';
import { DecideDispute } from '../components/DecideDispute';
import '../components/vendor.scss';

const MEASURES: ScorecardMeasureName[] = ['acceptOnTimeRate', 'arriveOnTimeRate', 'firstTimeFixRate', 'reopenRate', 'satisfactionRate', 'complaints', 'pmComplianceRate', 'spotCheckFails'];

/** 考核申诉: the vendor's manager raises one on a job of the month and a measure; the hospital's managers decide the open ones. */
export default function DisputesPage() {
  const { params } = useRouter();
  const vendorId = params.vendorId ? decodeURIComponent(params.vendorId) : '';
  const [month, setMonth] = useState(params.month ?? thisMonth());
  const [list, setList] = useState<DisputeList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [job, setJob] = useState(-1);
  const [measure, setMeasure] = useState(0);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [signedIn, setSignedIn] = useState(false);
  const user = currentUser();
  const raiser = hasRole('vendor_manager', user);
  const decider = hasRole('manager', user);

  useDidShow(() => {
    if (ensureSignedIn(vendorPageUrl('disputes', vendorId, month))) setSignedIn(true);
  });
  useEffect(() => {
    if (!signedIn || !vendorId) return;
    let live = true;
    setList(null);
    setError(null);
    spotCheckApi.disputes(vendorId, month).then(
      (l) => live && setList(l),
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [vendorId, month, signedIn]);

  const replace = (d: Dispute) => setList((l) => (l ? { ...l, items: [d, ...l.items.filter((x) => x.id !== d.id)] } : l));

  async function raise() {
    const picked = list?.jobs[job];
    if (!picked) return setError(t('dispute.jobRequired'));
    if (!reason.trim()) return setError(t('dispute.reasonRequired'));
    setBusy(true);
    setError(null);
    try {
      replace(await spotCheckApi.raise(vendorId, { month, ticketId: picked.ticketId, measure: MEASURES[measure]!, reason: reason.trim() }));
      setReason('');
      toast(t('dispute.submitted'));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  if (!vendorId) return <VendorPicker page="disputes" month={month} />;
  return (
    <View className="page" data-testid="disputes">
      <View className="card">
        <View className="card-title">{t('dispute.title')}</View>
        <View className="muted">{t('dispute.hint')}</View>
      </View>
      <MonthBar month={month} onChange={setMonth} />
      {error ? <View className="field-error" data-testid="dispute-error">{error}</View> : null}
      {raiser && list ? (
        <View className="card dispute-row" data-testid="dispute-raise">
          <View className="card-title">{t('dispute.raise')}</View>
          <Picker mode="selector" range={list.jobs.map((j) => j.ticketNumber)} value={Math.max(job, 0)} onChange={(e) => setJob(Number(e.detail.value))}>
            <View className="link" data-testid="dispute-job">
              {t('dispute.job')}：{list.jobs[job]?.ticketNumber ?? t('dispute.pickJob')}
            </View>
          </Picker>
          <Picker mode="selector" range={MEASURES.map((m) => t(`measure.${m}`))} value={measure} onChange={(e) => setMeasure(Number(e.detail.value))}>
            <View className="link" data-testid="dispute-measure">
              {t('dispute.measure')}：{t(`measure.${MEASURES[measure]!}`)}
            </View>
          </Picker>
          <TextArea value={reason} placeholder={t('dispute.reasonPlaceholder')} maxLength={500} showCount autoSize onChange={setReason} data-testid="dispute-reason" />
          <Button size="small" type="primary" disabled={busy} data-testid="dispute-submit" onClick={() => void raise()}>
            {t('dispute.submit')}
          </Button>
        </View>
      ) : null}
      {!list && !error ? <View className="center-state">{t('common.loading')}</View> : null}
      {list && list.items.length === 0 ? <View className="center-state">{t('dispute.empty')}</View> : null}
      {list?.items.map((d) => (
        <View key={d.id} className="card dispute-row" data-testid="dispute-row">
          <View className="dispute-row__head">
            <Text className="link" onClick={() => void Taro.navigateTo({ url: `/pages/ticket/index?id=${encodeURIComponent(d.ticketId)}` })}>
              {d.ticketNumber} · {t(`measure.${d.measure}`)}
            </Text>
            <Text className={`dispute-status--${d.status}`} data-testid="dispute-status">
              {t(`dispute.status.${d.status}`)}
            </Text>
          </View>
          <View>{d.reason}</View>
          {d.decisionReason ? <View className="muted">{t('dispute.decisionReason')}：{d.decisionReason}</View> : null}
          {decider && d.status === 'open' ? <DecideDispute vendorId={vendorId} dispute={d} onDecided={replace} /> : null}
        </View>
      ))}
    </View>
  );
}
