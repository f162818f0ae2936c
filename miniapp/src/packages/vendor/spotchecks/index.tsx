import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Image, Input } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import type { SpotCheck, SpotCheckList } from '@contract/spotChecks';
import { t } from '../../../i18n';
import { errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { newIdempotencyKey } from '../../../services/idempotency';
import { hasRole } from '../../../services/roles';
import { currentUser } from '../../../services/session';
import { spotCheckApi } from '../../../services/spotChecks';
import { toast } from '../../../components/toast';
import { InspectForm } from '../components/InspectForm';
import { MonthBar } from '../components/MonthBar';
import { VendorPicker } from '../components/VendorPicker';
import { thisMonth, vendorPageUrl } from '../components/month';
import '../components/vendor.scss';

/** 质检抽查: a manager draws a vendor's month's sample, opens each job and records the on-site result; the vendor's manager reads them. */
export default function SpotChecksPage() {
  const { params } = useRouter();
  const vendorId = params.vendorId ? decodeURIComponent(params.vendorId) : '';
  const [month, setMonth] = useState(params.month ?? thisMonth());
  const [list, setList] = useState<SpotCheckList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [percent, setPercent] = useState('5');
  const [busy, setBusy] = useState(false);
  // One key per draw: a resend after a lost answer draws nothing new.
  const [drawKey, setDrawKey] = useState(newIdempotencyKey);
  const [open, setOpen] = useState<string | null>(null);
  const [signedIn, setSignedIn] = useState(false);
  const supervisor = hasRole('manager', currentUser());

  useDidShow(() => {
    if (ensureSignedIn(vendorPageUrl('spotchecks', vendorId, month))) setSignedIn(true);
  });
  useEffect(() => {
    if (!signedIn || !vendorId) return;
    let live = true;
    setList(null);
    setError(null);
    spotCheckApi.list(vendorId, month).then(
      (l) => live && setList(l),
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [vendorId, month, signedIn]);

  async function draw() {
    const n = Number(percent);
    if (!Number.isInteger(n) || n < 1 || n > 100) return setError(t('spot.percentInvalid'));
    setBusy(true);
    setError(null);
    try {
      const result = await spotCheckApi.draw(vendorId, month, n, drawKey);
      setDrawKey(newIdempotencyKey());
      toast(t('spot.drawn', { n: result.drawn.length }));
      setList(await spotCheckApi.list(vendorId, month));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const replace = (c: SpotCheck) => {
    setOpen(null);
    setList((l) => (l ? { ...l, items: l.items.map((x) => (x.id === c.id ? c : x)) } : l));
  };

  if (!vendorId) return <VendorPicker page="spotchecks" month={month} />;
  return (
    <View className="page" data-testid="spot-checks">
      <View className="card">
        <View className="card-title">{t('spot.title')}</View>
        <View className="muted">{t('spot.hint')}</View>
      </View>
      <MonthBar month={month} onChange={setMonth} />
      {supervisor ? (
        <View className="card vendor-draw">
          <Text>{t('spot.percent')}</Text>
          <Input type="digit" value={percent} onChange={setPercent} data-testid="spot-percent" />
          <Button size="small" type="primary" disabled={busy} data-testid="spot-draw" onClick={() => void draw()}>
            {t('spot.draw')}
          </Button>
        </View>
      ) : null}
      {error ? <View className="field-error" data-testid="spot-page-error">{error}</View> : null}
      {!list && !error ? <View className="center-state">{t('common.loading')}</View> : null}
      {list ? <View className="muted" data-testid="spot-undrawn">{t('spot.undrawn', { n: list.undrawnCompleted })}</View> : null}
      {list && list.items.length === 0 ? <View className="center-state">{t('spot.empty')}</View> : null}
      {list?.items.map((c) => (
        <View key={c.id} className="card spot-row" data-testid="spot-row">
          <View className="spot-row__head">
            <Text className="link" data-testid="spot-open-ticket" onClick={() => void Taro.navigateTo({ url: `/pages/ticket/index?id=${encodeURIComponent(c.ticketId)}` })}>
              {c.ticketNumber} · {t('spot.open')}
            </Text>
            <Text className={`spot-status--${c.status}`} data-testid="spot-status">
              {t(`spot.status.${c.status}`)}
            </Text>
          </View>
          {c.note ? <View className="muted">{c.note}</View> : null}
          {c.photoUrls.length ? (
            <View className="vendor-photos">
              {c.photoUrls.map((url) => (
                <Image key={url} src={url} width="64px" height="64px" mode="aspectFill" radius={6} />
              ))}
            </View>
          ) : null}
          {supervisor && c.status === 'pending' ? (
            open === c.id ? (
              <InspectForm check={c} onRecorded={replace} />
            ) : (
              <Button size="small" fill="outline" data-testid="spot-inspect-open" onClick={() => setOpen(c.id)}>
                {t('spot.save')}
              </Button>
            )
          ) : null}
        </View>
      ))}
      <View className="link" data-testid="open-disputes" onClick={() => void Taro.navigateTo({ url: vendorPageUrl('disputes', vendorId, month) })}>
        {t('spot.disputes')}
      </View>
    </View>
  );
}
