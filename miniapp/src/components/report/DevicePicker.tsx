import { View } from '@tarojs/components';
import type { Asset } from '@contract/catalog';
import { t } from '../../i18n';

interface Props {
  /** The room's devices of the chosen category. */
  devices: Asset[];
  assetId: string | null;
  onPick: (assetId: string | null) => void;
}

/**
 * At a room label: which of the room's devices is at fault (a monitor without a label of its
 * own), or none of them. Shown only when the chosen category has devices in the room.
 */
export function DevicePicker({ devices, assetId, onPick }: Props) {
  if (devices.length === 0) return null;
  const chip = (id: string | null, label: string) => (
    <View
      key={id ?? 'none'}
      className={`chip ${assetId === id ? 'chip--active' : ''}`}
      data-testid={id ? `device-${id}` : 'device-none'}
      role="radio"
      aria-checked={assetId === id}
      onClick={() => onPick(id)}
    >
      {label}
    </View>
  );
  return (
    <View className="device-picker" data-testid="device-picker">
      <View className="muted">{t('report.whichDevice')}</View>
      <View className="chips" role="radiogroup">
        {devices.map((d) => chip(d.id, d.model ? `${d.name} · ${d.model}` : d.name))}
        {chip(null, t('report.noDevice'))}
      </View>
    </View>
  );
}
