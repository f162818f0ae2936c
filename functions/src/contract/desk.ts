import * as z from 'zod/mini';
import { FreeText, Id, IsoDateTime, PageQuery, page } from './common';
import { COMPLAINT_STEPS } from './lifecycle';
import { TicketSummary } from './tickets';
import { TicketStatus } from './enums';

/** A dispatcher who may take the desk over, and whether their shift is on now (the picker offers those first). */
export const IncomingDispatcher = z.object({ id: Id, name: z.string(), onShift: z.boolean() });
export const HandoverItem = z.object({ ticket: TicketSummary, lastNote: z.nullable(z.string()), lastEventAt: IsoDateTime });
export const HandoverView = z
  .object({
    /** Every unfinished ticket now, most urgent first, a page at a time (`nextCursor`): nothing open is left out. */
    open: z.array(HandoverItem),
    /**
     * How many tickets are unfinished in all when this page is the whole queue; null when more
     * pages follow (counting them would cost a read of every open ticket, which the first page must not).
     */
    openCount: z.nullable(z.int()),
    nextCursor: z.nullable(z.string()),
    /** The first page of the callbacks owed (the callbacks screen has the rest); only with the first page of `open`. */
    callbacksDue: z.array(TicketSummary),
    /** The other dispatchers, those on shift now first: the picker of the incoming one. */
    incoming: z.array(IncomingDispatcher),
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

/** One of a complaint's three clocks (domain/sla/complaintClocks.ts). */
export const ComplaintClockView = z.object({
  step: z.enum(COMPLAINT_STEPS),
  dueAt: IsoDateTime,
  doneAt: z.nullable(IsoDateTime),
  state: z.enum(['done', 'running', 'breached']),
  late: z.boolean(),
  overdueMinutes: z.int(),
  escalationLevel: z.int(),
});
export const ComplaintItem = z.object({
  ticket: TicketSummary,
  rating: z.nullable(z.object({ score: z.int(), comment: z.nullable(z.string()), at: IsoDateTime })),
  openedAt: IsoDateTime,
  clocks: z.array(ComplaintClockView),
});
export const ComplaintPage = page(ComplaintItem).register(z.globalRegistry, { id: 'ComplaintPage' });
export type ComplaintPage = z.infer<typeof ComplaintPage>;
export const ListComplaintsQuery = z.object({ ...PageQuery });

export const HandoverQuery = z.object({ ...PageQuery });
