import type { OfflineCommand } from '@contract/ticketCommands';
import type { PickedImage } from '../../platform/types';
import type { WorkOrderOfflineCommand } from '../workOrders';

/** A technician's command made without a signal, kept on the phone until it is sent. */
export interface QueuedCommand {
  /** Sent as the Idempotency-Key: a resend after a lost answer is made once by the server. */
  key: string;
  /** The ticket's id; with `workOrder`, the planned work order's. One id's commands are sent in order and dropped together. */
  ticketId: string;
  command: OfflineCommand | WorkOrderOfflineCommand;
  /** A planned work order's command (issue 15): where it is posted; absent for a ticket's. */
  workOrder?: QueuedWorkOrderTarget;
  /** The command's body; a completion's photo keys are filled in once its photos are uploaded. */
  body?: Record<string, unknown>;
  /** A completion's photos still to upload, kept so that they survive a restart (data: URLs on H5). */
  photos?: PickedImage[];
  /** When it was made on the phone (sent as the device-time header). */
  deviceTime: string;
}

/** Where a queued work order command goes, and which checklist item each of its photos is for. */
export interface QueuedWorkOrderTarget {
  /** The request path, e.g. /v1/work-orders/<id>/checkpoints/2. */
  path: string;
  /** The checkpoint it records or skips. */
  checkpointIndex?: number;
  /** photos[i] is the photo of the checklist item photoItemIds[i] (its key goes into that item's result). */
  photoItemIds?: string[];
  /** Its body's version is the one it was (or may have been) sent with: every resend keeps it. */
  versionFixed?: boolean;
}

/** A ticket's queued command (accept, arrive, hold, resume, complete). */
export type QueuedTicketCommand = QueuedCommand & { command: OfflineCommand; workOrder?: undefined };
export type QueuedWorkOrderCommand = QueuedCommand & { command: WorkOrderOfflineCommand; workOrder: QueuedWorkOrderTarget };

export function isTicketCommand(item: QueuedCommand): item is QueuedTicketCommand {
  return !item.workOrder;
}

/**
 * The body to send once the item's photos are uploaded: a ticket's completion lists their keys;
 * a checkpoint puts each key into the result of the item the photo is for.
 */
export function withPhotoKeys(item: QueuedCommand, photoKeys: string[]): Record<string, unknown> {
  const itemIds = item.workOrder?.photoItemIds;
  if (!itemIds) return { ...item.body, photoKeys };
  const results = (item.body?.results ?? []) as { itemId: string; photoKey?: string }[];
  return {
    ...item.body,
    results: results.map((r) => {
      const i = itemIds.indexOf(r.itemId);
      const photoKey = i >= 0 ? photoKeys[i] : undefined;
      return photoKey ? { ...r, photoKey } : r;
    }),
  };
}

/** A queued command the server refused: out of the queue, shown until the technician dismisses it. */
export interface DroppedCommand extends QueuedCommand {
  /** 'reassigned': the job is no longer theirs; 'refused': the job changed otherwise. */
  why: 'reassigned' | 'refused';
  /** The server's own message, in the current language. */
  message: string;
}

export interface QueueState {
  pending: QueuedCommand[];
  dropped: DroppedCommand[];
}

/** Where the queue is kept (Taro storage in the app; a map in the tests). */
export interface QueueStore {
  read(): QueueState | null;
  write(state: QueueState): void;
}

/**
 * The offline queue: commands in the order they were made, kept in storage after every change so
 * a reload or an app restart loses nothing. Sending is offlineSync.ts's job.
 */
export class OfflineQueue {
  constructor(private readonly store: QueueStore) {}

  state(): QueueState {
    const s = this.store.read();
    return { pending: s?.pending ?? [], dropped: s?.dropped ?? [] };
  }

  add(item: QueuedCommand): void {
    const s = this.state();
    if (s.pending.some((p) => p.key === item.key)) return;
    this.store.write({ ...s, pending: [...s.pending, item] });
  }

  /** The next command to send: the oldest. */
  first(): QueuedCommand | undefined {
    return this.state().pending[0];
  }

  /** Replace a queued command (its photos uploaded, their keys in its body). */
  update(item: QueuedCommand): void {
    const s = this.state();
    this.store.write({ ...s, pending: s.pending.map((p) => (p.key === item.key ? item : p)) });
  }

  /** Sent: out of the queue. */
  remove(key: string): void {
    const s = this.state();
    this.store.write({ ...s, pending: s.pending.filter((p) => p.key !== key) });
  }

  /**
   * Refused: this command and every later one of the same job leave the queue (they followed
   * from it), kept as one notice for the technician.
   */
  drop(key: string, why: DroppedCommand['why'], message: string): void {
    const s = this.state();
    const refused = s.pending.find((p) => p.key === key);
    if (!refused) return;
    this.store.write({
      pending: s.pending.filter((p) => p.ticketId !== refused.ticketId),
      dropped: [...s.dropped, { ...refused, why, message }],
    });
  }

  dismiss(key: string): void {
    const s = this.state();
    this.store.write({ ...s, dropped: s.dropped.filter((d) => d.key !== key) });
  }

  pendingFor(ticketId: string): QueuedCommand[] {
    return this.state().pending.filter((p) => p.ticketId === ticketId);
  }
}
