import type { CreateTicketBody, Ticket } from '@contract/tickets';
import { api, ApiError } from '../../services/api';
import type { SubmissionKeys } from '../../services/idempotency';
import { uploadPhotos } from '../../services/photos';
import type { ReportDraft } from './validate';

/**
 * Sends a report. The same draft sent again (the nurse taps "retry" after a timeout) carries
 * the same Idempotency-Key, so at most one ticket is created.
 */
export async function submitReport(qrCode: string, draft: ReportDraft, keys: SubmissionKeys, onPhotoProgress?: (percent: number) => void): Promise<Ticket> {
  const photoKeys = await uploadPhotos(draft.photos, 'report', onPhotoProgress);
  const phone = draft.contactPhone.trim();
  const body: CreateTicketBody = {
    qrCode,
    categoryCode: draft.categoryCode ?? '',
    description: draft.description.trim(),
    urgency: draft.urgency,
    photoKeys,
    ...(phone ? { contactPhone: phone } : {}),
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
