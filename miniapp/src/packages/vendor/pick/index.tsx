import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { ArrowRight } from '@nutui/icons-react-taro';
import Taro, { useDidShow } from '@tarojs/taro';
import type { VendorList } from '@contract/vendors';
import { pick, t } from '../../../i18n';
import { errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { vendorScoreApi } from '../../../services/vendorScore';
import { EmptyState } from '../../../components/EmptyState';
import { thisMonth } from '../../../components/vendor/month';
import { VENDOR_SCREENS } from '../../../components/vendor/screens';
import '../../../components/vendor/vendor.scss';

/** 外包考核 · Vendors: the hospital's managers pick a vendor, then read its scorecard. */
export default function VendorPickPage() {
  const [vendors, setVendors] = useState<VendorList['items'] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useDidShow(() => {
    if (!ensureSignedIn(VENDOR_SCREENS.pick)) return;
    vendorScoreApi.vendors().then(
      (list) => setVendors(list.items.filter((v) => !v.retired)),
      (err: unknown) => setError(errorMessage(err)),
    );
  });

  return (
    <View className="page" data-testid="vendor-pick">
      <View className="card">
        <View className="card-title">{t('vscore.pick.title')}</View>
        {error ? <View className="field-error">{error}</View> : null}
        {vendors === null && !error ? <View className="muted">{t('common.loading')}</View> : null}
        {vendors && vendors.length === 0 ? <EmptyState small description={t('vscore.pick.empty')} /> : null}
        {vendors?.map((v) => (
          <View key={v.id} className="vscore-job" data-testid={`vendor-${v.id}`} onClick={() => void Taro.navigateTo({ url: VENDOR_SCREENS.scorecard(v.id, thisMonth()) })}>
            <View>
              <Text className="vscore-job__number">{pick(v.nameZh, v.nameEn)}</Text> <ArrowRight size={12} />
            </View>
            <Text className="muted">
              {t('vscore.contract', { ref: v.contract.reference })}
              {v.active ? '' : ` · ${t('vscore.pick.inactive')}`}
            </Text>
          </View>
        ))}
      </View>
    </View>
  );
}
