import type { PickedImage } from '../../platform';
import type { Part } from '../../services/commands';
import { t } from '../../i18n';

export const MAX_NOTE = 1000;
export const MAX_PARTS = 50;
export const MAX_PART_NAME = 60;
export const MAX_COMPLETION_PHOTOS = 9;
const MAX_QUANTITY = 10000;
const MAX_UNIT_COST = 1000000;

/** A part row as typed: numbers stay text until they are valid. */
export interface PartDraft {
  name: string;
  quantity: string;
  unitCost: string;
}

export interface CompleteDraft {
  note: string;
  parts: PartDraft[];
  photos: PickedImage[];
}

export type PartErrors = Partial<Record<keyof PartDraft, string>>;
export interface CompleteErrors {
  note?: string;
  parts: PartErrors[];
}

const NUMBER = /^\d+(\.\d+)?$/;

export function emptyPart(): PartDraft {
  return { name: '', quantity: '1', unitCost: '' };
}

function validatePart(p: PartDraft): PartErrors {
  const e: PartErrors = {};
  const name = p.name.trim();
  if (!name) e.name = t('complete.err.partName');
  else if (name.length > MAX_PART_NAME) e.name = t('complete.err.partNameTooLong', { max: MAX_PART_NAME });
  const q = p.quantity.trim();
  if (!NUMBER.test(q) || Number(q) <= 0 || Number(q) > MAX_QUANTITY) e.quantity = t('complete.err.quantity');
  const c = p.unitCost.trim();
  if (!NUMBER.test(c) || Number(c) > MAX_UNIT_COST) e.unitCost = t('complete.err.unitCost');
  return e;
}

export function validateComplete(d: CompleteDraft): CompleteErrors {
  const errors: CompleteErrors = { parts: d.parts.map(validatePart) };
  const note = d.note.trim();
  if (!note) errors.note = t('complete.err.note');
  else if (note.length > MAX_NOTE) errors.note = t('complete.err.noteTooLong', { max: MAX_NOTE });
  return errors;
}

export function hasErrors(e: CompleteErrors): boolean {
  return !!e.note || e.parts.some((p) => Object.keys(p).length > 0);
}

export function toParts(parts: PartDraft[]): Part[] {
  return parts.map((p) => ({ name: p.name.trim(), quantity: Number(p.quantity), unitCost: Number(p.unitCost) }));
}

/** Yuan, two decimals: what the parts cost the reporting department. */
export function partsTotal(parts: PartDraft[]): number {
  return parts.reduce((sum, p) => sum + (Number(p.quantity) || 0) * (Number(p.unitCost) || 0), 0);
}
