import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { pick, t } from '../../../i18n';
import { errorMessage, request } from '../../../services/api';
import { vendorPageUrl } from './month';

interface VendorName {
  id: string;
  nameZh: string;
  nameEn: string;
}

/** Opened without a vendor (the home's entry): the hospital's vendors (the register's GET /v1/vendors), each opening this page for it. */
export function VendorPicker({ page, month }: { page: 'spotchecks' | 'disputes'; month: string }) {
  const [vendors, setVendors] = useState<VendorName[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request<{ items: VendorName[] }>('/v1/vendors').then(
      (l) => setVendors(l.items),
      (err: unknown) => setError(errorMessage(err)),
    );
  }, []);
  return (
    <View className="page" data-testid="vendor-picker">
      <View className="card">
        <View className="card-title">{t(page === 'spotchecks' ? 'spot.title' : 'dispute.title')}</View>
        <View className="muted">{t('spot.noVendor')}</View>
      </View>
      {error ? <View className="field-error">{error}</View> : null}
      {vendors?.map((v) => (
        <View key={v.id} className="card link" data-testid="vendor-pick" onClick={() => void Taro.redirectTo({ url: vendorPageUrl(page, v.id, month) })}>
          {pick(v.nameZh, v.nameEn)}
        </View>
      ))}
    </View>
  );
}
