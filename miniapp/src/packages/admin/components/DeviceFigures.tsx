import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import type { AdminAsset } from '@contract/admin';
import type { AssetReport } from '@contract/reports';
import { t } from '../../../i18n';
import { api, ApiError } from '../../../services/api';

type Figures = AssetReport['items'][number] | 'none' | 'hidden' | null;

/** This month's downtime and availability of one device, as the reports compute them (GET /v1/reports/assets). */
export function DeviceFigures({ asset }: { asset: AdminAsset }) {
  const [figures, setFigures] = useState<Figures>(null);
  useEffect(() => {
    api.assetReport({ category: asset.categoryCode }).then(
      (report) => setFigures(report.items.find((i) => i.assetId === asset.id) ?? 'none'),
      // The reports are the managers' (and admins'): the desk sees the repairs, not the figures.
      (err: unknown) => setFigures(err instanceof ApiError && err.status === 403 ? 'hidden' : 'none'),
    );
  }, [asset.id, asset.categoryCode]);
  return (
    <View className="device-section" data-testid="device-figures">
      <Text className="form-label">{t('device.availability')}</Text>
      {figures === null ? <View className="muted">{t('common.loading')}</View> : null}
      {figures === 'none' ? <View>{t('device.noFaults')}</View> : null}
      {figures === 'hidden' ? <View className="muted">{t('device.availabilityHidden')}</View> : null}
      {figures !== null && typeof figures === 'object' ? (
        <View>
          {t('device.availabilityValue', {
            percent: `${(figures.availability * 100).toFixed(1)}%`,
            hours: (figures.downtimeMinutes / 60).toFixed(1),
            failures: figures.failures,
          })}
        </View>
      ) : null}
    </View>
  );
}
