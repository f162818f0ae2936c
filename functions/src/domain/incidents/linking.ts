import type { OpenIncidentMarker } from './records';

/** Where a new report is, as the submission resolved it. */
export interface ReportedFault {
  categoryCode: string;
  locationId: string;
  /** The place's ancestors (floor, building, campus). */
  locationAncestorIds: readonly string[];
}

/**
 * The open incident a new report is about: one whose categories include the report's and one of
 * whose affected places is the report's place or contains it. The oldest such incident wins when
 * two overlap (markers come sorted by id, which sorts by declaration time). Null: an ordinary report.
 */
export function incidentOfReport(markers: readonly OpenIncidentMarker[], fault: ReportedFault): OpenIncidentMarker | null {
  const within = new Set([fault.locationId, ...fault.locationAncestorIds]);
  return markers.find((m) => m.categoryCodes.includes(fault.categoryCode) && m.placeIds.some((p) => within.has(p))) ?? null;
}
