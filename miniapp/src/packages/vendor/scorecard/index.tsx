import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import type { Scorecard, ScorecardLineKey } from '@contract/scorecard';
import { pick, t } from '../../../i18n';
import { errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { currentUser } from '../../../services/session';
import { openScorecardWorkbook, vendorScoreApi } from '../../../services/vendorScore';
import { toast } from '../../../components/toast';
import { BehindList } from '../components/BehindList';
import { MeasureTable } from '../components/MeasureTable';
import { MonthNav } from '../components/MonthNav';
import { TermLines } from '../components/TermLines';
import { money } from '../../../components/vendor/labels';
import { monthParam } from '../../../components/vendor/month';
import { VENDOR_SCREENS } from '../../../components/vendor/screens';
import '../../../components/vendor/vendor.scss';

/** 外包考核: a vendor's month against its contract — the hospital's managers and the vendor's own manager. */
export default function VendorScorecardPage() {
  const { params } = useRouter();
  const vendorId = params.vendorId ?? currentUser()?.vendorId ?? '';
  const [month, setMonth] = useState(() => monthParam(params.month));
  const [card, setCard] = useState<Scorecard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<ScorecardLineKey | null>(null);
  const [signedIn, setSignedIn] = useState(false);

  useDidShow(() => {
    if (ensureSignedIn(VENDOR_SCREENS.scorecard(vendorId, month))) setSignedIn(true);
  });
  useEffect(() => {
    if (!signedIn || !vendorId) return;
    let live = true;
    setCard(null);
    setError(null);
    vendorScoreApi.scorecard(vendorId, month).then(
      (c) => live && setCard(c),
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [vendorId, month, signedIn]);

  const line = card && selected ? card.lines.find((l) => l.key === selected) : undefined;
  const go = (url: string) => void Taro.navigateTo({ url });
  const download = () => openScorecardWorkbook(vendorId, month).catch((err: unknown) => toast(errorMessage(err)));

  return (
    <View className="page" data-testid="vendor-scorecard">
      <View className="vscore-head">
        <Text className="vscore-head__name" data-testid="vscore-vendor">
          {card ? pick(card.vendorName.zh, card.vendorName.en) : t('vscore.title')}
        </Text>
        {card ? (
          <View className="muted">
            {t('vscore.contract', { ref: card.contractReference })} · {t('vscore.fee', { fee: money(card.monthlyFee) })}
          </View>
        ) : null}
      </View>
      <MonthNav month={month} onChange={(m) => { setSelected(null); setMonth(m); }} />
      {error ? <View className="field-error">{error}</View> : null}
      {!card && !error ? <View className="center-state">{t('common.loading')}</View> : null}
      {card ? <MeasureTable card={card} selected={selected} onSelect={(key) => setSelected(key === selected ? null : key)} /> : null}
      {card && line ? <BehindList card={card} line={line} /> : null}
      {card ? <TermLines card={card} /> : null}
      <View className="card vscore-actions">
        <Button size="small" type="primary" data-testid="vscore-excel" onClick={() => void download()}>
          {t('vscore.excel')}
        </Button>
        <Button size="small" fill="outline" data-testid="vscore-open-jobs" onClick={() => go(VENDOR_SCREENS.jobs(vendorId, month))}>
          {t('vscore.jobs')}
        </Button>
        <Button size="small" fill="outline" data-testid="vscore-open-disputes" onClick={() => go(VENDOR_SCREENS.disputes(vendorId, month))}>
          {t('vscore.disputes')}
        </Button>
        <Button size="small" fill="outline" data-testid="vscore-open-spotchecks" onClick={() => go(VENDOR_SCREENS.spotchecks(vendorId, month))}>
          {t('vscore.spotchecks')}
        </Button>
      </View>
      <View className="card">
        <View className="card-title">{t('vscore.help.title')}</View>
        <Text className="muted">{t('vscore.help')}</Text>
      </View>
    </View>
  );
}
