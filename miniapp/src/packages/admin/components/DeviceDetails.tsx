import { View, Text } from '@tarojs/components';
import type { AdminAsset } from '@contract/admin';
import { t, type MessageKey } from '../../../i18n';

/** The ledger's facts of a device, label included. */
export function DeviceDetails({ asset, placeName, categoryName }: { asset: AdminAsset; placeName: string; categoryName: string }) {
  const rows: [MessageKey, string | null][] = [
    ['devices.col.place', placeName],
    ['devices.col.category', categoryName],
    ['devices.type', asset.type],
    ['device.model', asset.model],
    ['device.serial', asset.serial],
    ['devices.vendor', asset.vendor],
    ['device.installDate', asset.installDate],
    ['devices.col.warranty', asset.warrantyEnd],
    ['places.code', asset.qrCode],
  ];
  return (
    <View className="device-section" data-testid="device-details">
      <Text className="form-label">{t('device.details')}</Text>
      {rows.map(([label, value]) => (
        <View key={label} className="device-fact">
          <Text className="muted device-fact__label">{t(label)}</Text>
          <Text data-testid={`device-fact-${label}`}>{value ?? '—'}</Text>
        </View>
      ))}
      {asset.lifeSupport ? <View className="person-tag person-tag--off">{t('device.lifeSupport')}</View> : null}
    </View>
  );
}
