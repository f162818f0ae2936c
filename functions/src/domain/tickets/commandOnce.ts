import { ConflictError } from '../errors';
import type { Clock, TicketRepository } from '../ports';
import type { IdempotencyRecord, TicketRecord, UserRecord } from '../records';
import { requestHash } from './requestHash';
import { visibleTicket, type CommandDeps } from './runCommand';

/** What a keyed command needs: the key records (kept beside the tickets') and the clock. */
type KeyDeps = { tickets: Pick<TicketRepository, 'findIdempotency'>; clock: Clock };

/** A phone's offline queue may resend for a day (domain/tickets/deviceTime.ts); its keys are kept as long. */
const COMMAND_KEY_KEEP_SECONDS = 24 * 3600;

/** One send of a ticket command with the client's Idempotency-Key. */
export interface CommandSend {
  /** What the command is made on: a ticket's id (or a work order's, `wo:<id>`, domain/planned). */
  ticketId: string;
  command: string;
  key: string;
  /** What was asked (the body, the device time): the same key with other contents is a client bug. */
  contents: unknown;
}

async function replayed<T>(deps: KeyDeps, user: UserRecord, send: CommandSend, hash: string, reload: () => Promise<T>): Promise<T | null> {
  const record = await deps.tickets.findIdempotency(user.hospitalId, user.id, send.key);
  if (!record) return null;
  if (record.requestHash !== hash || record.ticketId !== send.ticketId) {
    throw new ConflictError('This Idempotency-Key was already used for a different request', '该幂等键已用于另一项操作，请重新提交');
  }
  return reload();
}

/**
 * Makes a command at most once per key: a resend (the phone lost the first answer, or its offline
 * queue sends again after a restart) answers the ticket as it is, without making the command
 * again. The key's record is written in the command's own transaction, so a command either
 * happened with its key or not at all; a resend racing the first loses the key's condition and
 * then finds the record.
 */
export async function commandOnce(
  deps: CommandDeps,
  user: UserRecord,
  send: CommandSend | undefined,
  run: (idempotency?: IdempotencyRecord) => Promise<TicketRecord>,
): Promise<{ ticket: TicketRecord; replayed: boolean }> {
  const { result, replayed } = await keyedCommandOnce(deps, user, send, run, () => visibleTicket(deps.tickets, user, send!.ticketId));
  return { ticket: result, replayed };
}

/** commandOnce for any record: `reload` reads it as it is now, to answer a resend. */
export async function keyedCommandOnce<T>(
  deps: KeyDeps,
  user: UserRecord,
  send: CommandSend | undefined,
  run: (idempotency?: IdempotencyRecord) => Promise<T>,
  reload: () => Promise<T>,
): Promise<{ result: T; replayed: boolean }> {
  if (!send) return { result: await run(), replayed: false };
  const hash = requestHash({ command: send.command, ticketId: send.ticketId, contents: send.contents });
  const earlier = await replayed(deps, user, send, hash, reload);
  if (earlier) return { result: earlier, replayed: true };
  const record: IdempotencyRecord = {
    hospitalId: user.hospitalId,
    userId: user.id,
    key: send.key,
    requestHash: hash,
    ticketId: send.ticketId,
    expiresAtEpoch: Math.floor(deps.clock.now().getTime() / 1000) + COMMAND_KEY_KEEP_SECONDS,
  };
  try {
    return { result: await run(record), replayed: false };
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const raced = await replayed(deps, user, send, hash, reload);
    if (raced) return { result: raced, replayed: true };
    throw error;
  }
}
