import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import Taro, { useDidShow } from '@tarojs/taro';
import type { Vendor } from '@contract/vendors';
import { pick, t } from '../../../i18n';
import { errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { EmptyState } from '../../../components/EmptyState';
import { vendorApi } from '../services/vendorApi';
import { ADMIN_SCREENS } from '../components/adminLinks';
import '../components/admin.scss';
import '../components/vendor/vendor.scss';

const coverageOf = (v: Vendor) =>
  v.contract.coverage.map((l) => `${l.categoryCode}${l.buildingIds.length ? ` (${l.buildingIds.join('/')})` : ` (${t('vendors.wholeHospital')})`}`).join('，');

/** The vendor register (外包单位): search by name, id or contract number; each vendor's period, fee and coverage. */
export default function VendorsPage() {
  const [items, setItems] = useState<Vendor[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [withRetired, setWithRetired] = useState(false);

  function load(query = q, retired = withRetired) {
    vendorApi.list({ q: query.trim() || undefined, includeRetired: retired ? 'true' : undefined }).then(
      (list) => {
        setItems(list.items);
        setError(null);
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  }

  useDidShow(() => {
    if (ensureSignedIn(ADMIN_SCREENS.vendors)) load();
  });

  const open = (id?: string) => void Taro.navigateTo({ url: ADMIN_SCREENS.vendor(id) });

  return (
    <View className="page page--wide admin-page">
      <View className="admin-page__top">
        <Text className="admin-page__title">{t('vendors.title')}</Text>
        <Button size="small" type="primary" data-testid="vendor-create" onClick={() => open()}>
          {t('vendors.create')}
        </Button>
      </View>
      <View className="vendor-search">
        <Input name="vendor-q" placeholder={t('vendors.search')} maxLength={50} value={q} onChange={setQ} onConfirm={() => load()} />
        <Button size="small" data-testid="vendor-search" onClick={() => load()}>
          {t('vendors.searchButton')}
        </Button>
        <View
          className={`chip ${withRetired ? 'chip--active' : ''}`}
          data-testid="vendor-show-retired"
          onClick={() => {
            setWithRetired(!withRetired);
            load(q, !withRetired);
          }}
        >
          {t('vendors.showRetired')}
        </View>
      </View>
      {error ? <View className="field-error">{error}</View> : null}
      {items === null && !error ? <View className="center-state">{t('common.loading')}</View> : null}
      {items?.length === 0 ? <EmptyState description={t('vendors.empty')} /> : null}
      <View className="admin-table" data-testid="vendor-list">
        {items?.map((v) => (
          <View key={v.id} className="admin-table__row" data-testid={`vendor-${v.id}`} onClick={() => open(v.id)}>
            <View className="admin-table__main">
              {pick(v.nameZh, v.nameEn)}
              <Text className="muted admin-table__sub">
                {v.id} · {v.contract.reference}
              </Text>
              <View className="muted vendor-list__coverage">{t('vendors.coverageSummary', { list: coverageOf(v) })}</View>
            </View>
            <View className="admin-table__facts">
              {v.retired ? <Text className="person-tag person-tag--off">{t('vendors.retired')}</Text> : <Text className={`person-tag ${v.active ? 'person-tag--on' : ''}`}>{t(v.active ? 'vendors.active' : 'vendors.inactive')}</Text>}
              <Text className="muted">{t('vendors.period', { from: v.contract.startsOn, to: v.contract.endsOn })}</Text>
              <Text className="muted">{t('vendors.fee', { fee: v.contract.monthlyFee })}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
