import type { Urgency } from '@contract/enums';
import type { PickedImage } from '../../platform';
import { t } from '../../i18n';

export const MAX_PHOTOS = 9;
export const MAX_DESCRIPTION = 500;
// Same rule as the contract's ContactPhone: digits, spaces, + and -, 3–20 characters.
const PHONE = /^\+?[0-9][0-9 -]*[0-9]$/;

/** A picked photo and, once uploaded, its key: a retry or a reload never uploads it again. */
export interface DraftPhoto extends PickedImage {
  key?: string;
  /** Brought back from a saved draft: the local file may be gone (H5), the upload is not. */
  restored?: boolean;
}

export interface ReportDraft {
  categoryCode: string | null;
  description: string;
  urgency: Urgency;
  photos: DraftPhoto[];
  contactPhone: string;
  /** At a room label: the room's device picked as the one at fault (null: the room itself). */
  assetId: string | null;
}

export type DraftErrors = Partial<Record<'categoryCode' | 'description' | 'contactPhone', string>>;

export function validateDraft(d: ReportDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!d.categoryCode) errors.categoryCode = t('report.err.category');
  const desc = d.description.trim();
  if (!desc) errors.description = t('report.err.description');
  else if (desc.length > MAX_DESCRIPTION) errors.description = t('report.err.descriptionTooLong', { max: MAX_DESCRIPTION });
  const phone = d.contactPhone.trim();
  if (phone && (phone.length < 3 || phone.length > 20 || !PHONE.test(phone))) errors.contactPhone = t('report.err.phone');
  return errors;
}
