import { useRef, useState } from 'react';
import { View, Text } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { AdminAsset, AdminLocation } from '@contract/admin';
import type { Category } from '@contract/catalog';
import { t } from '../../../i18n';
import { adminApi } from '../../../services/adminApi';
import { errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { loadCategories } from '../../../services/catalog';
import { useCategoryNames } from '../../../components/useCategoryNames';
import { EmptyState } from '../../../components/EmptyState';
import { DeviceFilterBar, type DeviceFilters } from '../components/DeviceFilterBar';
import { deviceScreen } from '../components/adminLinks';
import './index.scss';

const PAGE_SIZE = 20;

/** The device ledger (设备台账): search and filter in the database, a page at a time; a row opens the device. */
export default function DevicesPage() {
  const [filters, setFilters] = useState<DeviceFilters>({ retired: 'false' });
  const [items, setItems] = useState<AdminAsset[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [places, setPlaces] = useState<Map<string, AdminLocation>>(new Map());
  const [categories, setCategories] = useState<Category[]>([]);
  const categoryName = useCategoryNames();
  const seq = useRef(0);

  async function load(f: DeviceFilters, after: string | null = null) {
    const mine = ++seq.current;
    try {
      const page = await adminApi.listAssets({ ...f, limit: PAGE_SIZE, ...(after ? { cursor: after } : {}) });
      if (mine !== seq.current) return; // a newer search answered first
      setItems((now) => (after ? [...(now ?? []), ...page.items] : page.items));
      setCursor(page.nextCursor);
      setError(null);
    } catch (err) {
      if (mine === seq.current) setError(errorMessage(err));
    }
  }

  useDidShow(() => {
    if (!ensureSignedIn('/packages/admin/devices/index')) return;
    void load(filters);
    adminApi.listLocations().then((r) => setPlaces(new Map(r.items.map((l) => [l.id, l]))), () => undefined);
    loadCategories().then(setCategories, () => undefined);
  });
  usePullDownRefresh(() => void load(filters).finally(() => Taro.stopPullDownRefresh()));

  function apply(patch: Partial<DeviceFilters>) {
    const next = { ...filters, ...patch };
    // "Retired only" off means the devices in service, not every device.
    if ('retired' in patch && patch.retired === undefined) next.retired = 'false';
    setFilters(next);
    setItems(null);
    void load(next);
  }
  const placeName = (id: string) => {
    const p = places.get(id);
    return p ? [...p.ancestorIds.slice(1).map((a) => places.get(a)?.name ?? a), p.name].join(' › ') : id;
  };
  const buildings = [...places.values()].filter((l) => l.type === 'building' && !l.retired);

  return (
    <View className="page page--wide devices">
      <Text className="devices__title">{t('devices.title')}</Text>
      <DeviceFilterBar filters={filters} buildings={buildings} categories={categories} onChange={apply} />
      <View className="device-list" data-testid="device-list">
        <View className="device-row device-row--head">
          <Text className="device-row__name">{t('devices.col.name')}</Text>
          <Text className="device-row__place">{t('devices.col.place')}</Text>
          <Text className="device-row__category">{t('devices.col.category')}</Text>
          <Text className="device-row__warranty">{t('devices.col.warranty')}</Text>
        </View>
        {error ? <View className="field-error">{error}</View> : null}
        {items === null && !error ? <View className="center-state">{t('common.loading')}</View> : null}
        {items?.length === 0 ? <EmptyState description={t('devices.empty')} /> : null}
        {items?.map((a) => (
          <View key={a.id} className="device-row" data-testid={`device-${a.id}`} onClick={() => void Taro.navigateTo({ url: deviceScreen(a.id) })}>
            <View className="device-row__name">
              {a.name}
              {a.lifeSupport ? <Text className="person-tag person-tag--off">{t('device.lifeSupport')}</Text> : null}
              {a.retired ? <Text className="person-tag person-tag--off">{t('places.retiredBadge')}</Text> : null}
              <Text className="muted device-row__id">
                {a.id} · {a.type}
                {a.vendor ? ` · ${a.vendor}` : ''}
              </Text>
            </View>
            <Text className="device-row__place">{placeName(a.locationId)}</Text>
            <Text className="device-row__category">{categoryName(a.categoryCode)}</Text>
            <Text className="device-row__warranty">{a.warrantyEnd ?? '—'}</Text>
          </View>
        ))}
        {cursor ? (
          <View className="link center-state" data-testid="device-more" onClick={() => void load(filters, cursor)}>
            {t('common.loadMore')}
          </View>
        ) : null}
      </View>
    </View>
  );
}
