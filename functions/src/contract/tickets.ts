import * as z from 'zod/mini';
import { Id, IsoDateTime, PageQuery, page } from './common';
import { Asset, Category, LocationRef, QrCode } from './catalog';
import { Role, TicketStatus, Urgency } from './enums';
import { TICKET_COMMANDS, TICKET_EVENT_TYPES } from './lifecycle';

export const PhotoKey = z.string().check(z.minLength(1), z.maxLength(256), z.regex(/^[A-Za-z0-9/_.-]+$/));
/** Mainland mobile or landline/extension: digits, spaces, + and - (e.g. 138 0013 8000, 0756-2528-1234). */
export const ContactPhone = z.string().check(z.minLength(3), z.maxLength(20), z.regex(/^\+?[0-9][0-9 -]*[0-9]$/));

export const CreateTicketBody = z
  .object({
    qrCode: z.optional(QrCode),
    locationId: z.optional(Id),
    assetId: z.optional(Id),
    categoryCode: z.string().check(z.minLength(1), z.maxLength(40)),
    description: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
    urgency: Urgency,
    photoKeys: z._default(z.array(PhotoKey).check(z.maxLength(9)), []),
    contactPhone: z.optional(ContactPhone),
    /** Set after the app showed the open ticket of the same place/device and the reporter said theirs is another fault. */
    notADuplicate: z.optional(z.boolean()),
  })
  .check(
    z.refine((b) => b.qrCode !== undefined || b.locationId !== undefined, {
      message: 'qrCode or locationId is required',
      path: ['qrCode'],
    }),
  );
export type CreateTicketBody = z.infer<typeof CreateTicketBody>;

export const IdempotencyHeaders = z.object({
  'idempotency-key': z.string().check(z.minLength(8), z.maxLength(128), z.regex(/^[A-Za-z0-9_.:-]+$/)),
});



export const PersonRef = z.object({ id: Id, name: z.string() });

/** A photo with a short-lived read URL (presigned GET); only in views of a ticket the caller may see. */
export const PhotoView = z.object({ key: PhotoKey, url: z.string() });

export const PartUsed = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  quantity: z.number().check(z.positive(), z.maximum(10000)),
  /** Yuan per unit; charged to the reporting department's cost centre. */
  unitCost: z.number().check(z.nonnegative(), z.maximum(1000000)),
});

export const TIME_STATE_KINDS = ['accept', 'arrive', 'rework_accept', 'complaint_respond', 'complaint_resolve', 'complaint_callback'] as const;

/** running: a deadline ahead; breached: missed and still owed; paused: on hold; none: nothing owed now. */
export const TimeStateView = z
  .object({
    state: z.enum(['running', 'breached', 'paused', 'none']),
    kind: z.nullable(z.enum(TIME_STATE_KINDS)),
    dueAt: z.nullable(IsoDateTime),
    /** Whole minutes past dueAt when breached (the server's count at the time of the answer), else 0. */
    overdueMinutes: z.int(),
    /** 0: not escalated; 1: the desk was alerted; 2: the manager was. */
    escalationLevel: z.int(),
    escalatesAt: z.nullable(IsoDateTime),
    pauseReason: z.nullable(z.string()),
    pausedSince: z.nullable(IsoDateTime),
    /** The server's instant of this answer: clients tick on from it, never from their own clock. */
    at: IsoDateTime,
  })
  .register(z.globalRegistry, { id: 'TimeState' });
export type TimeStateView = z.infer<typeof TimeStateView>;

export const TicketSummary = z
  .object({
    id: Id,
    number: z.string(),
    status: TicketStatus,
    urgency: Urgency,
    categoryCode: z.string(),
    description: z.string(),
    location: z.object({ id: Id, name: z.string(), path: z.array(z.string()) }),
    asset: z.nullable(z.object({ id: Id, name: z.string() })),
    assignee: z.nullable(PersonRef),
    /** The one deadline truth (domain/sla/timeState.ts): what the ticket's clock waits for, breached or not, paused and why. */
    timeState: TimeStateView,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .register(z.globalRegistry, { id: 'TicketSummary' });
export type TicketSummary = z.infer<typeof TicketSummary>;

export const Ticket = z
  .object({
    ...TicketSummary.shape,
    photoKeys: z.array(PhotoKey),
    photos: z.array(PhotoView),
    contactPhone: z.nullable(z.string()),
    reporter: z.object({ id: Id, name: z.string(), department: z.nullable(z.string()) }),
    assignee: z.nullable(PersonRef),
    version: z.int(),
    deadlines: z.object({ acceptBy: z.nullable(IsoDateTime), arriveBy: z.nullable(IsoDateTime) }),
    reportedUrgency: Urgency,
    urgencyRaisedReason: z.nullable(z.string()),
    followerCount: z.int(),
    following: z.boolean(),
    holdReason: z.nullable(z.string()),
    transferRequest: z.nullable(z.object({ byId: Id, reason: z.string(), at: IsoDateTime })),
    inGrabPool: z.boolean(),
    breaches: z.array(z.object({ kind: z.string(), level: z.int(), at: IsoDateTime })),
    times: z.object({
      acceptedAt: z.nullable(IsoDateTime),
      arrivedAt: z.nullable(IsoDateTime),
      completedAt: z.nullable(IsoDateTime),
      confirmedAt: z.nullable(IsoDateTime),
      closedAt: z.nullable(IsoDateTime),
    }),
    completion: z.nullable(
      z.object({ note: z.string(), parts: z.array(PartUsed), partsCost: z.number(), photoKeys: z.array(PhotoKey), photos: z.array(PhotoView) }),
    ),
    rating: z.nullable(z.object({ score: z.int(), comment: z.nullable(z.string()), at: IsoDateTime })),
    reopenCount: z.int(),
    mergedIntoId: z.nullable(Id),
    callback: z.nullable(z.object({ reached: z.boolean(), satisfied: z.nullable(z.boolean()), note: z.nullable(z.string()), at: IsoDateTime })),
    complaint: z.nullable(
      z.object({
        openedAt: IsoDateTime,
        respondBy: IsoDateTime,
        resolveBy: IsoDateTime,
        callbackBy: IsoDateTime,
        respondedAt: z.nullable(IsoDateTime),
        resolvedAt: z.nullable(IsoDateTime),
        calledBackAt: z.nullable(IsoDateTime),
      }),
    ),
    /** Set when WeChat's content check flagged the description: the desk reviews it before dispatch. */
    contentReview: z.nullable(z.object({ suggest: z.enum(['review', 'risky']), label: z.int() })),
    /** What the caller may do with this ticket now (drives the app's buttons; the server checks again). */
    allowedCommands: z.array(z.enum(TICKET_COMMANDS)),
  })
  .register(z.globalRegistry, { id: 'Ticket' });
export type Ticket = z.infer<typeof Ticket>;

export const TicketEvent = z
  .object({
    seq: z.int(),
    type: z.enum(TICKET_EVENT_TYPES),
    at: IsoDateTime,
    actor: z.object({ id: Id, name: z.string(), role: z.enum([...Role.options, 'system']) }),
    fromStatus: z.nullable(TicketStatus),
    toStatus: z.nullable(TicketStatus),
    note: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'TicketEvent' });
export type TicketEvent = z.infer<typeof TicketEvent>;

export const TicketDetail = z
  .object({ ticket: Ticket, events: z.array(TicketEvent) })
  .register(z.globalRegistry, { id: 'TicketDetail' });
export type TicketDetail = z.infer<typeof TicketDetail>;

export const ListTicketsQuery = z.object({
  /** mine: I reported; assigned: my jobs (technician); pool: jobs I may grab; queue: the desk's open tickets; callbacks: owed a callback. */
  scope: z.enum(['mine', 'assigned', 'pool', 'queue', 'callbacks']),
  status: z.optional(TicketStatus),
  category: z.optional(z.string().check(z.maxLength(40))),
  building: z.optional(Id),
  overdue: z.optional(z.enum(['true', 'false'])),
  ...PageQuery,
});
export type ListTicketsQuery = z.infer<typeof ListTicketsQuery>;

export const TicketPage = page(TicketSummary).register(z.globalRegistry, { id: 'TicketPage' });
export type TicketPage = z.infer<typeof TicketPage>;

export const TicketIdParams = z.object({ id: Id });

export const QrParams = z.object({ code: QrCode });
export const AssetParams = z.object({ id: Id });

export const QrLookup = z
  .object({
    code: z.string(),
    location: z.object({ id: Id, name: z.string(), type: LocationRef.shape.type, path: z.array(LocationRef) }),
    asset: z.nullable(Asset),
    categories: z.array(z.object({ ...Category.shape, suggested: z.boolean() })),
    openTickets: z.array(TicketSummary),
  })
  .register(z.globalRegistry, { id: 'QrLookup' });
export type QrLookup = z.infer<typeof QrLookup>;
