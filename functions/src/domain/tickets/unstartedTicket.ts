import type { TicketRecord } from '../records';

/** What every new ticket starts with before anyone has worked on it. */
export function unstartedTicketFields(): Pick<
  TicketRecord,
  | 'assigneeId' | 'assigneeName' | 'watch' | 'breaches' | 'followerIds' | 'heldFrom' | 'heldAt' | 'holdReason' | 'transferRequest'
  | 'acceptedAt' | 'arrivedAt' | 'completedAt' | 'confirmedAt' | 'closedAt' | 'completion' | 'satisfied' | 'rating'
  | 'reopenCount' | 'mergedIntoId' | 'callback' | 'complaint'
> {
  return {
    assigneeId: null,
    assigneeName: null,
    watch: null,
    breaches: [],
    followerIds: [],
    heldFrom: null,
    heldAt: null,
    holdReason: null,
    transferRequest: null,
    acceptedAt: null,
    arrivedAt: null,
    completedAt: null,
    confirmedAt: null,
    closedAt: null,
    completion: null,
    satisfied: null,
    rating: null,
    reopenCount: 0,
    mergedIntoId: null,
    callback: null,
    complaint: null,
  };
}
