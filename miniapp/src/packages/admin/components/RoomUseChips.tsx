import { View } from '@tarojs/components';
import { RoomUse as RoomUses, type RoomUse } from '@contract/enums';
import { t } from '../../../i18n';

/** The uses that raise a fault's urgency one level (domain/tickets/clinicalUrgency.ts). */
const RAISES_URGENCY: readonly RoomUse[] = ['icu', 'operating_theatre', 'emergency', 'neonatal'];

/** A room's use: ward, ICU, theatre…; the clinical ones are marked, as faults there are more urgent. */
export function RoomUseChips({ value, onChange }: { value: RoomUse | null; onChange: (use: RoomUse | null) => void }) {
  return (
    <View>
      <View className="chips">
        {RoomUses.options.map((use) => (
          <View key={use} className={`chip ${value === use ? 'chip--active' : ''}`} data-testid={`room-use-${use}`} onClick={() => onChange(value === use ? null : use)}>
            {t(`roomUse.${use}`)}
            {RAISES_URGENCY.includes(use) ? <View className="chip__mark">!</View> : null}
          </View>
        ))}
      </View>
      {value && RAISES_URGENCY.includes(value) ? <View className="muted">{t('places.urgentUse')}</View> : null}
    </View>
  );
}
