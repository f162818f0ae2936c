import type { CreateTicketBody, Ticket } from '@contract/tickets';
import { api, ApiError } from '../../services/api';
import type { SubmissionKeys } from '../../services/idempotency';
import { uploadPhotos } from '../../services/photos';
import type { DraftPhoto, ReportDraft } from './validate';

export interface SubmitExtras {
  /** Each photo's key as soon as it is uploaded, for the draft to keep. */
  onPhotoUploaded?: (path: string, key: string) => void;
  /** The reporter saw the open ticket and said theirs is another fault. */
  notADuplicate?: boolean;
}

/**
 * Sends a report. The same draft sent again (the nurse taps "retry" after a timeout) carries
 * the same Idempotency-Key, so at most one ticket is created.
 */
export async function submitReport(qrCode: string, draft: ReportDraft, keys: SubmissionKeys, onPhotoProgress?: (percent: number) => void, extras: SubmitExtras = {}): Promise<Ticket> {
  const photoKeys = await keysOf(draft.photos, onPhotoProgress, extras.onPhotoUploaded);
  const phone = draft.contactPhone.trim();
  const body: CreateTicketBody = {
    qrCode,
    categoryCode: draft.categoryCode ?? '',
    description: draft.description.trim(),
    urgency: draft.urgency,
    photoKeys,
    ...(phone ? { contactPhone: phone } : {}),
    ...(draft.assetId ? { assetId: draft.assetId } : {}),
    ...(extras.notADuplicate ? { notADuplicate: true } : {}),
  };
  try {
    const ticket = await api.createTicket(body, keys.keyFor(body));
    keys.reset();
    return ticket;
  } catch (err) {
    // A refusal (invalid, forbidden) is final for this body; only an unanswered or failed
    // request keeps its key for the retry.
    if (err instanceof ApiError && !err.retryable) keys.reset();
    throw err;
  }
}

/** The photos' keys: those the draft holds already, the rest uploaded now (each reported as it lands). */
async function keysOf(photos: DraftPhoto[], onProgress?: (percent: number) => void, onUploaded?: (path: string, key: string) => void): Promise<string[]> {
  const keys: string[] = [];
  for (const [i, photo] of photos.entries()) {
    const known = photo.key ?? (await uploadPhotos([photo], 'report', (p) => onProgress?.(Math.round(((i + p / 100) / photos.length) * 100))))[0]!;
    if (!photo.key) onUploaded?.(photo.path, known);
    keys.push(known);
  }
  return keys;
}
