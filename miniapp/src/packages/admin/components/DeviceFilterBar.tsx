import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { AdminLocation } from '@contract/admin';
import type { AssetListQuery, WarrantyFilter } from '@contract/audit';
import type { Category } from '@contract/catalog';
import { pick, t } from '../../../i18n';

export type DeviceFilters = Omit<AssetListQuery, 'cursor' | 'limit'>;
const WARRANTY: readonly WarrantyFilter[] = ['in', 'out', 'unknown'];

function Chip({ on, label, testId, onClick }: { on: boolean; label: string; testId: string; onClick: () => void }) {
  return (
    <View className={`chip ${on ? 'chip--active' : ''}`} data-testid={testId} onClick={onClick}>
      {label}
    </View>
  );
}

/** The ledger's search and filters: text; building, category, warranty, life support, retired; type and vendor typed in. */
export function DeviceFilterBar({ filters, buildings, categories, onChange }: { filters: DeviceFilters; buildings: readonly AdminLocation[]; categories: readonly Category[]; onChange: (patch: Partial<DeviceFilters>) => void }) {
  const [text, setText] = useState({ q: filters.q ?? '', type: filters.type ?? '', vendor: filters.vendor ?? '' });
  const search = () => onChange({ q: text.q.trim() || undefined, type: text.type.trim() || undefined, vendor: text.vendor.trim() || undefined });
  const toggle = <K extends keyof DeviceFilters>(key: K, value: DeviceFilters[K]) => onChange({ [key]: filters[key] === value ? undefined : value } as Partial<DeviceFilters>);
  return (
    <View className="device-filters" data-testid="device-filters">
      <View className="device-filters__search">
        <Input name="device-search" value={text.q} placeholder={t('devices.search')} maxLength={100} onChange={(q) => setText({ ...text, q })} onConfirm={search} />
        <Input name="device-type" value={text.type} placeholder={t('devices.type')} maxLength={100} onChange={(type) => setText({ ...text, type })} onConfirm={search} />
        <Input name="device-vendor" value={text.vendor} placeholder={t('devices.vendor')} maxLength={100} onChange={(vendor) => setText({ ...text, vendor })} onConfirm={search} />
        <Button size="small" type="primary" data-testid="device-search" onClick={search}>
          {t('people.searchButton')}
        </Button>
      </View>
      <View className="chips">
        <Chip on={!filters.building} label={t('devices.allBuildings')} testId="device-building-all" onClick={() => onChange({ building: undefined })} />
        {buildings.map((b) => (
          <Chip key={b.id} on={filters.building === b.id} label={b.name} testId={`device-building-${b.id}`} onClick={() => toggle('building', b.id)} />
        ))}
      </View>
      <View className="chips">
        <Chip on={!filters.category} label={t('devices.allCategories')} testId="device-category-all" onClick={() => onChange({ category: undefined })} />
        {categories.map((c) => (
          <Chip key={c.code} on={filters.category === c.code} label={pick(c.nameZh, c.nameEn)} testId={`device-category-${c.code}`} onClick={() => toggle('category', c.code)} />
        ))}
      </View>
      <View className="chips">
        {WARRANTY.map((w) => (
          <Chip key={w} on={filters.warranty === w} label={t(`warranty.${w}`)} testId={`device-warranty-${w}`} onClick={() => toggle('warranty', w)} />
        ))}
        <Chip on={filters.lifeSupport === 'true'} label={t('devices.lifeSupportOnly')} testId="device-life-support" onClick={() => toggle('lifeSupport', 'true')} />
        <Chip on={filters.retired === 'true'} label={t('devices.showRetired')} testId="device-filter-retired" onClick={() => toggle('retired', 'true')} />
      </View>
    </View>
  );
}
