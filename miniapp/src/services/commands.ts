import type { PartUsed } from '@contract/tickets';
import type { Candidate as CandidateSchema, TicketCommandBody } from '@contract/ticketCommands';
import { TICKET_COMMAND_PATHS, type TicketCommand } from '@contract/lifecycle';
import type { ComplaintPage, HandoverView } from '@contract/desk';

/** The ticket commands, by the names the server lists in `allowedCommands` (the contract's enum). */
export type TicketCommandName = TicketCommand;

/** The output type of a contract schema, read off the schema's type (the app never loads zod). */
type Infer<S> = S extends { _zod: { output: infer O } } ? O : never;

export type Part = Infer<typeof PartUsed>;

/** The body each command takes, read off the contract (functions/src/contract/ticketCommands.ts). */
export type TicketCommandBodies = { [C in TicketCommand]: TicketCommandBody<C> };

/** Command name → the path segment of POST /v1/tickets/{id}/<segment> (a plain constant of the contract, no zod). */
export const COMMAND_SEGMENT = TICKET_COMMAND_PATHS;

export function allows(ticket: { allowedCommands: readonly string[] } | null | undefined, command: TicketCommandName): boolean {
  return !!ticket?.allowedCommands.includes(command);
}

/** A suggested technician for a ticket (GET /v1/tickets/{id}/candidates), with bilingual reasons. */
export type Candidate = Infer<typeof CandidateSchema>;

/** The shift handover sheet (GET /v1/handover). */
export type Handover = Infer<typeof HandoverView>;
export type HandoverItem = Handover['open'][number];

/** The desk's open complaints with their three clocks (GET /v1/complaints). */
export type Complaints = Infer<typeof ComplaintPage>;
export type ComplaintItem = Complaints['items'][number];
