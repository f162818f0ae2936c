import Taro from '@tarojs/taro';
import type { Urgency } from '@contract/enums';
import { MAX_DESCRIPTION, MAX_PHOTOS, type DraftPhoto, type ReportDraft } from './validate';

const STORAGE_PREFIX = 'report-draft:';
/** A draft older than this is a fault long dealt with or forgotten: the form starts afresh. */
const KEEP_DRAFT_HOURS = 24;
const URGENCIES: readonly Urgency[] = ['normal', 'urgent', 'emergency'];
const MAX_KEY_LENGTH = 300;

interface StoredDraft {
  savedAt: number;
  draft: ReportDraft;
}

/**
 * The report form's draft, kept in the phone's storage per label so that a reload, a call or a
 * killed app mid-report loses nothing. Photos are kept once uploaded (their keys): a local file
 * does not outlive an H5 reload, an uploaded photo does.
 */
export function saveDraft(code: string, draft: ReportDraft, now = Date.now()): void {
  const kept: StoredDraft = { savedAt: now, draft: { ...draft, photos: draft.photos.filter((p) => p.key) } };
  try {
    Taro.setStorageSync(STORAGE_PREFIX + code, kept);
  } catch {
    // Storage full or refused: the form still works, only a reload would lose the draft.
  }
}

export function clearDraft(code: string): void {
  try {
    Taro.removeStorageSync(STORAGE_PREFIX + code);
  } catch {
    // Nothing stored, or storage refused: nothing to clear.
  }
}

/** The saved draft of this label, checked field by field (storage is outside the app's control), or null. */
export function loadDraft(code: string, now = Date.now()): ReportDraft | null {
  let stored: unknown;
  try {
    stored = Taro.getStorageSync(STORAGE_PREFIX + code);
  } catch {
    return null;
  }
  if (!isRecord(stored) || typeof stored.savedAt !== 'number' || !isRecord(stored.draft)) return null;
  if (now - stored.savedAt > KEEP_DRAFT_HOURS * 3600_000) return null;
  const d = stored.draft;
  return {
    categoryCode: typeof d.categoryCode === 'string' ? d.categoryCode : null,
    description: typeof d.description === 'string' ? d.description.slice(0, MAX_DESCRIPTION) : '',
    urgency: URGENCIES.find((u) => u === d.urgency) ?? 'normal',
    photos: Array.isArray(d.photos) ? d.photos.flatMap(restoredPhoto).slice(0, MAX_PHOTOS) : [],
    contactPhone: typeof d.contactPhone === 'string' ? d.contactPhone.slice(0, 20) : '',
    assetId: typeof d.assetId === 'string' ? d.assetId : null,
  };
}

function restoredPhoto(p: unknown): DraftPhoto[] {
  if (!isRecord(p) || typeof p.key !== 'string' || !p.key || p.key.length > MAX_KEY_LENGTH || typeof p.path !== 'string') return [];
  return [{ path: p.path, size: typeof p.size === 'number' ? p.size : 0, key: p.key, restored: true }];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}
