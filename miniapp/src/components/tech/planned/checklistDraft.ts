import type { ChecklistItem, ItemResultInput } from '@contract/planned';
import type { PickedImage } from '../../../platform';
import { t } from '../../../i18n';

/** What the technician has entered for one checklist item so far. */
export interface ItemEntry {
  pass?: boolean;
  /** A number item's value as typed. */
  value?: string;
  text?: string;
  photo?: PickedImage;
}
export type ChecklistDraft = Record<string, ItemEntry>;

/** A number as typed ("36.5", "-2", "1e3" is not one), or null. */
export function parseNumber(typed: string | undefined): number | null {
  const s = (typed ?? '').trim();
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

/** Whether a number reading falls outside its item's range (a bound left off does not count). */
export function outOfRange(item: Pick<ChecklistItem, 'min' | 'max'>, value: number): boolean {
  return (item.min !== undefined && value < item.min) || (item.max !== undefined && value > item.max);
}

/** "正常范围 0.5 – 2 MPa", "不低于 18 ℃"; null when the item has no range. */
export function rangeText(item: Pick<ChecklistItem, 'min' | 'max' | 'unit'>): string | null {
  const unit = item.unit ?? '';
  if (item.min !== undefined && item.max !== undefined) return t('planned.range', { min: item.min, max: item.max, unit }).trim();
  if (item.min !== undefined) return t('planned.rangeMin', { min: item.min, unit }).trim();
  if (item.max !== undefined) return t('planned.rangeMax', { max: item.max, unit }).trim();
  return null;
}

/** The entry's problem before it can be sent (a missing answer, a number that is none), or null. */
export function entryError(item: ChecklistItem, entry: ItemEntry | undefined): string | null {
  const e = entry ?? {};
  if (item.kind === 'passFail') return item.required && e.pass === undefined ? t('planned.err.choose') : null;
  if (item.kind === 'photo') return item.required && !e.photo ? t('planned.err.photo') : null;
  if (item.kind === 'text') return item.required && !(e.text ?? '').trim() ? t('planned.err.required') : null;
  const typed = (e.value ?? '').trim();
  if (!typed) return item.required ? t('planned.err.required') : null;
  return parseNumber(typed) === null ? t('planned.err.number') : null;
}

/** Whether the entry, as it stands, fails its item (a fail, or a reading out of range): shown red before it is sent. */
export function entryFails(item: ChecklistItem, entry: ItemEntry | undefined): boolean {
  if (item.kind === 'passFail') return entry?.pass === false;
  if (item.kind !== 'number') return false;
  const value = parseNumber(entry?.value);
  return value !== null && outOfRange(item, value);
}

export function checklistErrors(checklist: readonly ChecklistItem[], draft: ChecklistDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const item of checklist) {
    const error = entryError(item, draft[item.id]);
    if (error) errors[item.id] = error;
  }
  return errors;
}

/** The results to send (in the checklist's order; unanswered optional items left off) and the photos to upload with them. */
export function toResults(checklist: readonly ChecklistItem[], draft: ChecklistDraft): { results: ItemResultInput[]; photos: { itemId: string; image: PickedImage }[] } {
  const results: ItemResultInput[] = [];
  const photos: { itemId: string; image: PickedImage }[] = [];
  for (const item of checklist) {
    const e = draft[item.id] ?? {};
    if (item.kind === 'passFail' && e.pass !== undefined) results.push({ itemId: item.id, pass: e.pass });
    if (item.kind === 'number') {
      const value = parseNumber(e.value);
      if (value !== null) results.push({ itemId: item.id, value });
    }
    if (item.kind === 'text' && (e.text ?? '').trim()) results.push({ itemId: item.id, text: (e.text ?? '').trim() });
    if (item.kind === 'photo' && e.photo) {
      results.push({ itemId: item.id });
      photos.push({ itemId: item.id, image: e.photo });
    }
  }
  return { results, photos };
}
