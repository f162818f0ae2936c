import * as z from 'zod/mini';
import { FreeText, Id, IsoDateTime } from './common';
import { TicketSummary } from './tickets';
import { TicketStatus } from './enums';

export const HandoverItem = z.object({ ticket: TicketSummary, lastNote: z.nullable(z.string()), lastEventAt: IsoDateTime });
export const HandoverView = z
  .object({
    /** Every unfinished ticket now, most urgent first: nothing open can be left out. */
    open: z.array(HandoverItem),
    callbacksDue: z.array(TicketSummary),
    recent: z.array(
      z.object({ id: Id, at: IsoDateTime, from: z.object({ id: Id, name: z.string() }), to: z.object({ id: Id, name: z.string() }), note: z.nullable(z.string()), ticketCount: z.int() }),
    ),
  })
  .register(z.globalRegistry, { id: 'Handover' });

export const HandoverBody = z.object({ toUserId: Id, note: z.optional(FreeText({ max: 2000, multiline: true, mayBeEmpty: true })) });
export const HandoverRecorded = z.object({ id: Id, at: IsoDateTime, ticketCount: z.int() });

export const QueueFilters = {
  status: z.optional(TicketStatus),
  category: z.optional(z.string().check(z.maxLength(40))),
  building: z.optional(Id),
  overdue: z.optional(z.enum(['true', 'false'])),
};
