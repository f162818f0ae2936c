import { LABELS_PER_SHEET, type QrLabelsQuery } from '../contract/admin';
import type { LabelSelection } from '../domain/admin/qrLabels';

const list = (ids: string | undefined) => (ids ? ids.split(',') : undefined);

/** The label query of the sheet and of its preview, as the domain's selection. */
export function labelSelection(query: Omit<QrLabelsQuery, 'format'>): LabelSelection {
  return { buildingId: query.building, floorIds: list(query.floors), codes: list(query.codes), kind: query.kind ?? 'all', page: query.page ?? 1, perPage: LABELS_PER_SHEET };
}
