import { commandLabel, t } from '../../i18n';
import { isTicketCommand, type QueuedCommand } from '../../services/offline/queue';

/** What a queued command is, in words: a ticket command's button label, or a planned-work step with its checkpoint's number. */
export function queuedLabel(q: QueuedCommand): string {
  if (isTicketCommand(q)) return commandLabel(q.command);
  const n = (q.workOrder?.checkpointIndex ?? 0) + 1;
  return t(`planned.queued.${q.command as 'recordCheckpoint' | 'skipCheckpoint' | 'completeWorkOrder'}`, { n });
}
