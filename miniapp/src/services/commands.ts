import type { PartUsed } from '@contract/tickets';
import type { Candidate as CandidateSchema } from '@contract/ticketCommands';
import type { HandoverView } from '@contract/desk';

/** The ticket commands, by the names the server lists in `allowedCommands`. */
export type TicketCommandName =
  | 'assign'
  | 'accept'
  | 'arrive'
  | 'hold'
  | 'resume'
  | 'complete'
  | 'confirm'
  | 'rate'
  | 'reopen'
  | 'cancel'
  | 'follow'
  | 'merge'
  | 'handBack'
  | 'requestTransfer'
  | 'grab'
  | 'callback'
  | 'complaint';

/** The output type of a contract schema, read off the schema's type (the app never loads zod). */
type Infer<S> = S extends { _zod: { output: infer O } } ? O : never;

export type Part = Infer<typeof PartUsed>;

/** The body each command takes (mirrors functions/src/contract/ticketCommands.ts). */
export interface TicketCommandBodies {
  assign: { technicianId: string; reason?: string };
  accept: undefined;
  arrive: { qrCode: string };
  hold: { reason: string };
  resume: undefined;
  complete: { note: string; parts: Part[]; photoKeys: string[] };
  confirm: { satisfied: boolean; note?: string };
  rate: { score: number; comment?: string };
  reopen: { reason: string };
  cancel: { reason: string };
  follow: undefined;
  merge: { intoTicketId: string };
  handBack: { reason: string };
  requestTransfer: { reason: string };
  grab: undefined;
  callback: { reached: boolean; satisfied?: boolean; note?: string };
  complaint: { step: 'respond' | 'resolve' | 'callback'; note: string };
}

/** Command name → the path segment of POST /v1/tickets/{id}/<segment>. */
export const COMMAND_SEGMENT: Record<TicketCommandName, string> = {
  assign: 'assign',
  accept: 'accept',
  arrive: 'arrive',
  hold: 'hold',
  resume: 'resume',
  complete: 'complete',
  confirm: 'confirm',
  rate: 'rate',
  reopen: 'reopen',
  cancel: 'cancel',
  follow: 'follow',
  merge: 'merge',
  handBack: 'hand-back',
  requestTransfer: 'transfer-request',
  grab: 'grab',
  callback: 'callback',
  complaint: 'complaint',
};

export function allows(ticket: { allowedCommands: string[] } | null | undefined, command: TicketCommandName): boolean {
  return !!ticket?.allowedCommands.includes(command);
}

/** A suggested technician for a ticket (GET /v1/tickets/{id}/candidates), with bilingual reasons. */
export type Candidate = Infer<typeof CandidateSchema>;

/** The shift handover sheet (GET /v1/handover). */
export type Handover = Infer<typeof HandoverView>;
export type HandoverItem = Handover['open'][number];
