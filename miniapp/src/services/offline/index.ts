import Taro from '@tarojs/taro';
import type { OfflineCommand } from '@contract/ticketCommands';
import type { Ticket } from '@contract/tickets';
import type { WorkOrder } from '@contract/planned';
import { platform, type PickedImage } from '../../platform';
import { ApiError, api } from '../api';
import { newIdempotencyKey } from '../idempotency';
import { PhotoUploadError, uploadPhotos } from '../photos';
import { PhotoRefusedError } from '../../platform/photoCheck';
import type { WorkOrderOfflineCommand } from '../workOrders';
import { OfflineQueue, isTicketCommand, withPhotoKeys, type QueueState, type QueuedCommand, type QueuedWorkOrderCommand } from './queue';
import { drainWithRetry, type SentAnswer } from './sync';
import { deviceTimeNow } from './clock';
import { sendWorkOrderCommand } from './workOrderSend';

export type { DroppedCommand, QueuedCommand, QueueState } from './queue';
export type { SentAnswer } from './sync';
export { noteServerTime } from './clock';
export { noteWorkOrder } from './workOrderSend';

const STORAGE_KEY = 'offline-queue.v1';

export const offlineQueue = new OfflineQueue({
  read: () => (Taro.getStorageSync(STORAGE_KEY) as QueueState | '') || null,
  write: (state) => Taro.setStorageSync(STORAGE_KEY, state),
});

type Listener = (sent: SentAnswer | null) => void;
const listeners = new Set<Listener>();

/** Whether a send answered a planned work order (else a ticket). */
export function isWorkOrderAnswer(sent: SentAnswer): sent is WorkOrder {
  return 'checkpoints' in sent;
}

/** Tell the screens the queue changed (and, after a send, the ticket or work order as it is now). */
function changed(sent: SentAnswer | null): void {
  for (const l of listeners) l(sent);
}

export function onQueueChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const deps = {
  send: (item: QueuedCommand): Promise<SentAnswer> =>
    isTicketCommand(item)
      ? api.offlineCommand(item.ticketId, item.command, item.body, { key: item.key, deviceTime: item.deviceTime })
      : sendWorkOrderCommand(item as QueuedWorkOrderCommand, (fixed) => offlineQueue.update(fixed)),
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
 * Sends `item` at once when there is a signal and nothing of its ticket (or work order) waits
 * before it; else, or when no answer came back, keeps it (with its photos, compressed) and sends
 * it later with the same key, so a first send that did reach the server is not made twice.
 */
async function runOrQueueItem<A>(
  item: QueuedCommand,
  photos: PickedImage[],
  sendNow: (item: QueuedCommand) => Promise<A>,
  onProgress?: (percent: number) => void,
): Promise<A | null> {
  // Behind commands already queued for this job, never before them.
  if (offlineQueue.pendingFor(item.ticketId).length === 0 && (await platform.isOnline())) {
    try {
      const photoKeys = photos.length ? await uploadPhotos(photos, 'completion', onProgress) : undefined;
      return await sendNow(photoKeys ? { ...item, body: withPhotoKeys(item, photoKeys) } : item);
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
  return null;
}

/** A technician's ticket command: sent at once when there is a signal; queued (with its device time and key) when there is none. */
export async function runOrQueue(
  ticketId: string,
  command: OfflineCommand,
  body?: Record<string, unknown>,
  photos: PickedImage[] = [],
  onProgress?: (percent: number) => void,
): Promise<CommandOutcome> {
  const item: QueuedCommand = { key: newIdempotencyKey(), ticketId, command, body, deviceTime: deviceTimeNow() };
  const ticket = await runOrQueueItem(item, photos, (ready) => api.offlineCommand(ticketId, command, ready.body, { key: ready.key, deviceTime: ready.deviceTime }), onProgress);
  return { ticket };
}

/** A photo of a checklist item, to upload with its checkpoint. */
export interface ItemPhoto {
  itemId: string;
  image: PickedImage;
}

/**
 * A technician's planned-work command (a checkpoint recorded or skipped, the order completed),
 * as runOrQueue: answers the order, or null when it was kept on the phone to send later.
 */
export async function runOrQueueWorkOrder(
  workOrderId: string,
  command: WorkOrderOfflineCommand,
  target: { path: string; checkpointIndex?: number },
  body: Record<string, unknown> & { version: number },
  photos: ItemPhoto[] = [],
  onProgress?: (percent: number) => void,
): Promise<WorkOrder | null> {
  const item: QueuedWorkOrderCommand = {
    key: newIdempotencyKey(),
    ticketId: workOrderId,
    command,
    body,
    deviceTime: deviceTimeNow(),
    // Sent now, it goes at the version the screen shows; kept, it takes the newest version when first sent.
    workOrder: { ...target, photoItemIds: photos.length ? photos.map((p) => p.itemId) : undefined },
  };
  const sendNow = (ready: QueuedCommand) => sendWorkOrderCommand({ ...(ready as QueuedWorkOrderCommand), workOrder: { ...item.workOrder, versionFixed: true } }, () => undefined);
  return runOrQueueItem(item, photos.map((p) => p.image), sendNow, onProgress);
}
