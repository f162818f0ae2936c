import { streamConsumers, type StreamConsumerName } from '../../contract/streamConsumers';
import type { DeadLetter, NotificationRepository } from '../ports';

/** A stream record that a consumer could not handle, as plain data (the item's new image unmarshalled). */
export interface FailedRecord {
  eventId: string | null;
  sequenceNumber: string | null;
  eventName: string | null;
  image: Record<string, unknown> | null;
  /** The outbox item's id when the record is one (the adapter reads it from the key). */
  outboxId: string | null;
}

/** The redrive's first try of a letter comes this long after it was set aside. */
export const FIRST_REDRIVE_AFTER_MS = 60_000;

/** Where a failed batch lies in the table's stream: one shard, first to last sequence number. */
export interface StreamRange {
  streamArn: string;
  shardId: string;
  startSequenceNumber: string;
  endSequenceNumber: string;
}

export interface StreamReader {
  /** The records of the range, or null when the stream no longer holds them (kept 24 h). */
  read(range: StreamRange): Promise<FailedRecord[] | null>;
}

export interface FailedBatch extends StreamRange {
  consumer: StreamConsumerName;
  attempts: number;
  /** When the batch was given up: the dead letters' time, the same on every delivery of the message. */
  failedAt: string;
}

/** Whether the consumer was handed this record at all (its event filter: event names, entity). */
export function consumes(consumer: StreamConsumerName, record: FailedRecord): boolean {
  const spec = streamConsumers.find((c) => c.name === consumer)!;
  return (spec.eventNames as readonly string[]).includes(record.eventName ?? '') && record.image?.entity === spec.entity;
}

/** The dead-letter item of a failed record, or null when the record names no hospital (nothing for a desk to see). */
export function deadLetterOf(record: FailedRecord, consumer: StreamConsumerName, attempts: number, at: string): DeadLetter | null {
  const image = record.image ?? {};
  if (typeof image.hospitalId !== 'string') return null;
  return {
    hospitalId: image.hospitalId,
    id: record.eventId ?? record.sequenceNumber ?? `${consumer}-${at}`,
    at,
    ticketId: typeof image.ticketId === 'string' ? image.ticketId : typeof image.id === 'string' && image.entity === 'ticket' ? image.id : null,
    kind: typeof image.kind === 'string' ? image.kind : null,
    attempts,
    error: `${consumer} kept failing; set aside after ${attempts} attempts`,
    // The notifier's items are delivered again by the redrive (idempotent: what did arrive is not sent twice);
    // the aggregator's are not: the reconcile job recomputes the aggregates.
    ...(consumer === 'notifier' && record.outboxId
      ? { outboxId: record.outboxId, userId: null, state: 'retrying' as const, nextAttemptAt: new Date(Date.parse(at) + FIRST_REDRIVE_AFTER_MS).toISOString(), lastFailure: 'failed' as const, resends: 0 }
      : {}),
  };
}

/**
 * A failed batch as dead letters: its records read back from the stream, those the consumer was
 * handed, one item each. Idempotent (same key on a second delivery of the same message).
 * `gone` when the stream no longer holds the records: nothing to show, the log says so.
 */
export async function recordDeadLetters(
  deps: { streams: StreamReader; notifications: Pick<NotificationRepository, 'putDeadLetter'> },
  batch: FailedBatch,
): Promise<{ recorded: number; gone: boolean }> {
  const records = await deps.streams.read(batch);
  if (records === null) return { recorded: 0, gone: true };
  const letters = records
    .filter((r) => consumes(batch.consumer, r))
    .map((r) => deadLetterOf(r, batch.consumer, batch.attempts, batch.failedAt))
    .filter((l): l is DeadLetter => l !== null);
  for (const letter of letters) await deps.notifications.putDeadLetter(letter);
  return { recorded: letters.length, gone: false };
}

/** A letter's handle in the API: its time (epoch ms) and id, what its key is made of, in one path segment. */
export function letterRef(letter: Pick<DeadLetter, 'at' | 'id'>): string {
  return `${Date.parse(letter.at)}.${letter.id}`;
}

/** The time and id a handle names, or null when it names none. */
export function parseLetterRef(ref: string): { at: string; id: string } | null {
  const dot = ref.indexOf('.');
  const ms = Number(ref.slice(0, dot));
  if (dot <= 0 || !Number.isSafeInteger(ms)) return null;
  return { at: new Date(ms).toISOString(), id: ref.slice(dot + 1) };
}
