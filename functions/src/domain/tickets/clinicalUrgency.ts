import type { RoomUse, Urgency } from '../../contract/enums';
import type { AssetRecord, LocationRecord } from '../records';

/** The reason is a timeline note read by the ward, so it is written as the ward speaks: Chinese only. */
const CLINICAL_ROOMS: Partial<Record<RoomUse, string>> = {
  icu: '重症监护室',
  operating_theatre: '手术室',
  emergency: '急诊',
  neonatal: '新生儿病房',
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
    return { urgency: ONE_LEVEL_UP[reported], reason: `生命支持设备：${place.asset.name}` };
  }
  const at = [...place.path].reverse().findIndex((l) => l.roomUse && CLINICAL_ROOMS[l.roomUse]);
  if (at >= 0) {
    // The place's name path down to the clinical room (building › floor › room), as the ward reads it.
    const upToClinical = place.path.slice(0, place.path.length - at);
    const clinical = upToClinical[upToClinical.length - 1]!;
    const names = upToClinical.filter((l) => l.type !== 'campus').map((l) => l.name);
    return { urgency: ONE_LEVEL_UP[reported], reason: `${CLINICAL_ROOMS[clinical.roomUse!]}：${names.join(' › ')}` };
  }
  return { urgency: reported, reason: null };
}
