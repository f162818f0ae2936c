import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { ArrowRight } from '@nutui/icons-react-taro';
import Taro, { useDidShow } from '@tarojs/taro';
import type { Scorecard } from '@contract/scorecard';
import { pick, t } from '../../i18n';
import { errorMessage } from '../../services/api';
import { vendorScoreApi } from '../../services/vendorScore';
import { lineValue, money } from './labels';
import { thisMonth } from './month';
import { VENDOR_SCREENS } from './screens';
import './vendor.scss';

/** The vendor manager's home: their vendor, this month's headline, their jobs and the scorecard. */
export function VendorHomeCard({ vendorId }: { vendorId: string }) {
  const month = thisMonth();
  const [card, setCard] = useState<Scorecard | null>(null);
  const [error, setError] = useState<string | null>(null);
  useDidShow(() => {
    vendorScoreApi.scorecard(vendorId, month).then(setCard, (err: unknown) => setError(errorMessage(err)));
  });
  const line = (key: string) => card?.lines.find((l) => l.key === key);
  const accept = line('acceptOnTimeRate');
  const go = (url: string) => void Taro.navigateTo({ url });
  return (
    <View className="card" data-testid="vendor-home">
      <View className="card-title" data-testid="vendor-home-name">
        {card ? pick(card.vendorName.zh, card.vendorName.en) : t('vscore.title')}
      </View>
      {error ? <View className="field-error">{error}</View> : null}
      {card ? (
        <Text className="muted" data-testid="vendor-home-headline">
          {t('vscore.home.headline', { jobs: line('jobs')?.numerator ?? 0, accept: accept ? lineValue(accept) : '—', net: money(card.netAmount) })}
        </Text>
      ) : null}
      <View className="vscore-job" data-testid="vendor-home-jobs" onClick={() => go(VENDOR_SCREENS.jobs(vendorId, month))}>
        <Text className="vscore-job__number">
          {t('vscore.home.jobs')} <ArrowRight size={12} />
        </Text>
      </View>
      <View className="vscore-job" data-testid="vendor-home-scorecard" onClick={() => go(VENDOR_SCREENS.scorecard(vendorId, month))}>
        <Text className="vscore-job__number">
          {t('vscore.home.scorecard')} <ArrowRight size={12} />
        </Text>
      </View>
    </View>
  );
}
