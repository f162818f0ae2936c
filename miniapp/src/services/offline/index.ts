import Taro from '@tarojs/taro';
import type { OfflineCommand } from '@contract/ticketCommands';
import type { Ticket } from '@contract/tickets';
import { platform, type PickedImage } from '../../platform';
import { ApiError, api } from '../api';
import { newIdempotencyKey } from '../idempotency';
import { PhotoUploadError, uploadPhotos } from '../photos';
import { PhotoRefusedError } from '../../platform/photoCheck';
import { OfflineQueue, type QueueState, type QueuedCommand } from './queue';
import { drainWithRetry } from './sync';
import { deviceTimeNow } from './clock';

export type { DroppedCommand, QueuedCommand, QueueState } from './queue';
export { noteServerTime } from './clock';

const STORAGE_KEY = 'offline-queue.v1';

export const offlineQueue = new OfflineQueue({
  read: () => (Taro.getStorageSync(STORAGE_KEY) as QueueState | '') || null,
  write: (state) => Taro.setStorageSync(STORAGE_KEY, state),
});

type Listener = (sent: Ticket | null) => void;
const listeners = new Set<Listener>();

/** Tell the screens the queue changed (and, after a send, the ticket as it is now). */
function changed(sent: Ticket | null): void {
  for (const l of listeners) l(sent);
}

export function onQueueChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const deps = {
  send: (item: QueuedCommand) => api.offlineCommand(item.ticketId, item.command, item.body, { key: item.key, deviceTime: item.deviceTime }),
  uploadPhotos: (item: QueuedCommand) => uploadPhotos(item.photos ?? [], 'completion'),
};

/** A photo as it will be uploaded; one that can never be is refused now, with its reason. */
async function preparedForQueue(photo: PickedImage): Promise<PickedImage> {
  try {
    return await platform.prepareImage(photo);
  } catch (err) {
    throw err instanceof PhotoRefusedError ? new PhotoUploadError(err, err.message) : err;
  }
}

let draining: Promise<void> | null = null;

/**
 * Send what is queued, in order; one round at a time, with backoff while no answer comes. With
 * no signal at all it waits for the phone to say the signal is back (startOfflineSync).
 */
export function sendQueued(): Promise<void> {
  if (!offlineQueue.first()) return Promise.resolve();
  draining ??= platform
    .isOnline()
    .then((online) => (online ? drainWithRetry(offlineQueue, deps, (t) => changed(t)) : undefined))
    .catch(() => undefined)
    .finally(() => {
      draining = null;
      changed(null);
    });
  return draining;
}

let started = false;

/** Once per app run: send when the signal returns, and what an earlier run left. */
export function startOfflineSync(): void {
  if (started) return;
  started = true;
  platform.onReconnect(() => void sendQueued());
  void sendQueued();
}

export interface CommandOutcome {
  /** The ticket as the server answered; null when the command was queued. */
  ticket: Ticket | null;
}

/**
 * A technician's command: sent at once when there is a signal; queued (with its device time and
 * key) when there is none or no answer came back, and sent later with the same key, so a first
 * send that did reach the server is not made twice.
 */
export async function runOrQueue(
  ticketId: string,
  command: OfflineCommand,
  body?: Record<string, unknown>,
  photos: PickedImage[] = [],
  onProgress?: (percent: number) => void,
): Promise<CommandOutcome> {
  const item: QueuedCommand = { key: newIdempotencyKey(), ticketId, command, body, deviceTime: deviceTimeNow() };
  // Behind commands already queued for this job, never before them.
  if (offlineQueue.pendingFor(ticketId).length === 0 && (await platform.isOnline())) {
    try {
      const photoKeys = photos.length ? await uploadPhotos(photos, 'completion', onProgress) : undefined;
      const sentBody = photoKeys ? { ...body, photoKeys } : body;
      return { ticket: await api.offlineCommand(ticketId, command, sentBody, { key: item.key, deviceTime: item.deviceTime }) };
    } catch (err) {
      // No answer (the signal went), or a photo upload that did not get through: keep it for later.
      const noAnswer = err instanceof ApiError ? err.retryable : err instanceof PhotoUploadError && !(err.cause instanceof PhotoRefusedError);
      if (!noAnswer) throw err;
    }
  }
  // Compressed before they are kept: storage is small, and the photos are sent as they are kept.
  const kept = await Promise.all(photos.map(async (p) => platform.keepImage(await preparedForQueue(p))));
  offlineQueue.add({ ...item, photos: kept });
  changed(null);
  void sendQueued();
  return { ticket: null };
}
