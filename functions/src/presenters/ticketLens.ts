import { can } from '../domain/policy/can';
import type { TicketRecord, UserRecord } from '../domain/records';

/**
 * What of a ticket this viewer may read, as the policy answers it (README: who sees what). The
 * presenters build every view through a lens, so no view can carry more than the policy allows.
 */
export interface TicketLens {
  /** Photos, the completion, notes, follow-up details; false: the public summary only. */
  full: boolean;
  /** The reporter's name, department and phone. */
  personalData: boolean;
  /** The assignee's and the timeline's people by name. */
  staffNames: boolean;
  /** A description the content check holds. */
  heldText: boolean;
}

export function lensOf(viewer: UserRecord, ticket: TicketRecord): TicketLens {
  return {
    full: can(viewer, 'readInFull', ticket),
    personalData: can(viewer, 'seePersonalData', ticket),
    staffNames: can(viewer, 'seeStaffNames', ticket),
    heldText: can(viewer, 'readHeldText', ticket),
  };
}

/** The lens of whoever scans a label: the public summary, no names, no held text. */
export const SCANNER_LENS: TicketLens = { full: false, personalData: false, staffNames: false, heldText: false };
