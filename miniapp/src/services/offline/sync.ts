import pRetry, { AbortError } from 'p-retry';
import type { Ticket } from '@contract/tickets';
import type { WorkOrder } from '@contract/planned';
import { ApiError } from '../api';
import { PhotoUploadError } from '../photos';
import { PhotoRefusedError } from '../../platform/photoCheck';
import { withPhotoKeys, type OfflineQueue, type QueuedCommand } from './queue';

/** What a send answers: the ticket, or (a planned work order's command) the work order, as it is now. */
export type SentAnswer = Ticket | WorkOrder;

/** What sending needs: the command's request, and a completion's photo upload. */
export interface SyncDeps {
  send(item: QueuedCommand): Promise<SentAnswer>;
  uploadPhotos(item: QueuedCommand): Promise<string[]>;
}

/** Waits between rounds while the server cannot be reached: 2 s, 4 s, … up to a minute. */
export const DRAIN_RETRY = { retries: 8, minTimeout: 2000, maxTimeout: 60000, factor: 2 };

/** A refusal the same request can never get past: the job changed while the phone was offline, or a photo can never be sent. */
function refusal(err: unknown): 'reassigned' | 'refused' | null {
  if (err instanceof PhotoUploadError && err.cause instanceof PhotoRefusedError) return 'refused';
  if (!(err instanceof ApiError) || err.retryable || err.status === 401) return null;
  // 403: no longer the assignee; 404: a ticket the technician may no longer see.
  return err.status === 403 || err.status === 404 ? 'reassigned' : 'refused';
}

/**
 * Sends the queue in order, one command at a time, until it is empty. A refusal drops the
 * command (and the rest of its job) and goes on with the next job; no answer (no signal, a 5xx)
 * stops the round and rejects, for the caller's backoff. `onSent` gets each ticket (or work order) as it is now.
 */
export async function drainOnce(queue: OfflineQueue, deps: SyncDeps, onSent: (sent: SentAnswer) => void): Promise<void> {
  for (let item = queue.first(); item; item = queue.first()) {
    try {
      if (item.photos?.length) {
        const photoKeys = await deps.uploadPhotos(item);
        item = { ...item, photos: [], body: withPhotoKeys(item, photoKeys) };
        queue.update(item);
      }
      const sent = await deps.send(item);
      queue.remove(item.key);
      onSent(sent);
    } catch (err) {
      const why = refusal(err);
      if (!why) throw err;
      queue.drop(item.key, why, err instanceof ApiError ? err.userMessage : (err as Error).message);
    }
  }
}

/** drainOnce with backoff while there is no answer; a 401 (signed out) waits for the next sign-in. */
export function drainWithRetry(queue: OfflineQueue, deps: SyncDeps, onSent: (sent: SentAnswer) => void, retry = DRAIN_RETRY): Promise<void> {
  return pRetry(
    async () => {
      try {
        await drainOnce(queue, deps, onSent);
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) throw new AbortError(err);
        throw err;
      }
    },
    { ...retry, randomize: false },
  );
}
