import { useEffect, useState } from 'react';
import type { TicketStatus } from '@contract/enums';
import type { OfflineCommand } from '@contract/ticketCommands';
import type { Ticket } from '@contract/tickets';
import { isWorkOrderAnswer, noteServerTime, offlineQueue, onQueueChange, sendQueued, startOfflineSync, type DroppedCommand, type QueuedCommand } from '../../services/offline';

/**
 * Where a job will be once its queued commands are sent, so the technician can go on offline
 * (arrive after an offline accept, complete after an offline arrival). A guess for the screen
 * only: the server decides each command when it is sent.
 */
function statusAfter(status: TicketStatus, queued: readonly QueuedCommand[]): TicketStatus {
  let now = status;
  let heldFrom: TicketStatus = 'accepted';
  for (const q of queued) {
    if (q.command === 'accept') now = 'accepted';
    else if (q.command === 'arrive') now = 'on_site';
    else if (q.command === 'hold') [heldFrom, now] = [now, 'on_hold'];
    else if (q.command === 'resume') now = heldFrom;
    else now = 'completed';
  }
  return now;
}

const NEXT_OFFLINE: Partial<Record<TicketStatus, OfflineCommand[]>> = {
  assigned: ['accept'],
  accepted: ['arrive', 'hold'],
  on_site: ['complete', 'hold'],
  on_hold: ['resume'],
};

/** The job's offline queue: what waits to be sent, what was refused, and the commands the screen offers meanwhile. */
export function useOfflineQueue(ticketId: string, onChange: (sent: Ticket | null) => void, serverAt: string | undefined) {
  const [version, setVersion] = useState(0);
  useEffect(() => noteServerTime(serverAt), [serverAt]);
  useEffect(() => {
    startOfflineSync();
    // What an earlier round gave up on (no answer for minutes) is tried again when the job is opened.
    void sendQueued();
    return onQueueChange((sent) => {
      setVersion((v) => v + 1);
      // A send of this job: its answer; a round ended with nothing left of this job (sent, or refused): read it again.
      if (sent) {
        if (!isWorkOrderAnswer(sent) && sent.id === ticketId) onChange(sent);
      } else if (offlineQueue.pendingFor(ticketId).length === 0) onChange(null);
    });
    // onChange is the page's own update; a new one each render must not resubscribe.
  }, [ticketId]);
  void version;
  const pending = offlineQueue.pendingFor(ticketId);
  const dropped: DroppedCommand[] = offlineQueue.state().dropped.filter((d) => d.ticketId === ticketId);
  return {
    pending,
    dropped,
    dismiss: (key: string) => {
      offlineQueue.dismiss(key);
      setVersion((v) => v + 1);
    },
    /** While commands wait: the ones that may follow them; else null (the server's allowedCommands stand). */
    offeredWhileQueued: (status: TicketStatus): OfflineCommand[] | null => (pending.length ? (NEXT_OFFLINE[statusAfter(status, pending)] ?? []) : null),
  };
}
