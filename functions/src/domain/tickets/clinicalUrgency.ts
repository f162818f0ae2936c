import type { RoomUse, Urgency } from '../../contract/enums';
import type { AssetRecord, LocationRecord } from '../records';

const CLINICAL_ROOMS: Partial<Record<RoomUse, { en: string; zh: string }>> = {
  icu: { en: 'ICU', zh: '重症监护室' },
  operating_theatre: { en: 'operating theatre', zh: '手术室' },
  emergency: { en: 'emergency department', zh: '急诊' },
  neonatal: { en: 'neonatal unit', zh: '新生儿病房' },
};

const ONE_LEVEL_UP: Record<Urgency, Urgency> = { normal: 'urgent', urgent: 'emergency', emergency: 'emergency' };

/**
 * Clinical criticality raises the policy: a fault in an ICU, theatre, emergency or neonatal room,
 * or on a life-support device, is treated one level more urgent than reported.
 */
export function effectiveUrgency(
  reported: Urgency,
  place: { path: readonly LocationRecord[]; asset: AssetRecord | null },
): { urgency: Urgency; reason: string | null } {
  if (place.asset?.lifeSupport) {
    return { urgency: ONE_LEVEL_UP[reported], reason: `生命支持设备 life-support device: ${place.asset.name}` };
  }
  const clinical = [...place.path].reverse().find((l) => l.roomUse && CLINICAL_ROOMS[l.roomUse]);
  if (clinical?.roomUse) {
    const label = CLINICAL_ROOMS[clinical.roomUse]!;
    return { urgency: ONE_LEVEL_UP[reported], reason: `${label.zh} ${label.en}: ${clinical.name}` };
  }
  return { urgency: reported, reason: null };
}
