import type { OfflineCommand } from '@contract/ticketCommands';
import type { PickedImage } from '../../platform/types';

/** A technician's command made without a signal, kept on the phone until it is sent. */
export interface QueuedCommand {
  /** Sent as the Idempotency-Key: a resend after a lost answer is made once by the server. */
  key: string;
  ticketId: string;
  command: OfflineCommand;
  /** The command's body; a completion's photo keys are filled in once its photos are uploaded. */
  body?: Record<string, unknown>;
  /** A completion's photos still to upload, kept so that they survive a restart (data: URLs on H5). */
  photos?: PickedImage[];
  /** When it was made on the phone (sent as the device-time header). */
  deviceTime: string;
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
