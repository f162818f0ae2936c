import * as z from 'zod/mini';
import { FreeText, Id, IsoDateTime, PageQuery, page } from './common';
import { Asset, Category, LocationRef, QrCode } from './catalog';
import { Role, TicketChannel, TicketStatus, Urgency } from './enums';
import { TICKET_COMMANDS, TICKET_EVENT_TYPES } from './lifecycle';

export const PhotoKey = z.string().check(z.minLength(1), z.maxLength(256), z.regex(/^[A-Za-z0-9/_.-]+$/));
/** Mainland mobile or landline/extension: digits, spaces, + and - (e.g. 138 0013 8000, 0756-2528-1234). */
export const ContactPhone = z.string().check(z.minLength(3), z.maxLength(20), z.regex(/^\+?[0-9][0-9 -]*[0-9]$/));

/** The person on the phone (or at the counter) when the desk enters a report for them. */
export const Caller = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  phone: ContactPhone,
  department: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(60))),
});
export type Caller = z.infer<typeof Caller>;

export const CreateTicketBody = z
  .object({
    qrCode: z.optional(QrCode),
    locationId: z.optional(Id),
    assetId: z.optional(Id),
    categoryCode: z.string().check(z.minLength(1), z.maxLength(40)),
    description: FreeText({ max: 500, multiline: true }),
    urgency: Urgency,
    photoKeys: z._default(z.array(PhotoKey).check(z.maxLength(9)), []),
    contactPhone: z.optional(ContactPhone),
    /** Set after the app showed the open ticket of the same place/device and the reporter said theirs is another fault. */
    notADuplicate: z.optional(z.boolean()),
    /** Desk only: the report came by phone, at the counter or by WeChat message (default: the reporter's own app). */
    channel: z.optional(TicketChannel),
    /** Desk only, with a channel other than app: who called. */
    caller: z.optional(Caller),
    /** Desk only: the caller is this user of the hospital; the ticket is theirs and they are told of it. */
    reporterId: z.optional(Id),
  })
  .check(
    z.refine((b) => b.qrCode !== undefined || b.locationId !== undefined, {
      message: 'qrCode or locationId is required',
      path: ['qrCode'],
    }),
    z.refine((b) => (b.channel ?? 'app') === 'app' || b.caller !== undefined, {
      message: 'A phone, walk-in or WeChat report names its caller',
      path: ['caller'],
    }),
  );
export type CreateTicketBody = z.infer<typeof CreateTicketBody>;

/** A client's key for one request: a resend with the same key is done at most once. */
export const IdempotencyKeyValue = z.string().check(z.minLength(8), z.maxLength(128), z.regex(/^[A-Za-z0-9_.:-]+$/));

export const IdempotencyHeaders = z.object({
  'idempotency-key': IdempotencyKeyValue,
});



export const PersonRef = z.object({ id: Id, name: z.string() });

/** A photo with a short-lived read URL (presigned GET); only in views of a ticket the caller may see. */
export const PhotoView = z.object({ key: PhotoKey, url: z.string() });

export const PartUsed = z.object({
  name: FreeText({ max: 60 }),
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


const Deadlines = z.object({ acceptBy: z.nullable(IsoDateTime), arriveBy: z.nullable(IsoDateTime) });

/**
 * A ticket as a follower or anyone who scans its label sees it: number, status, place,
 * category, the fault's text and the promised times — no personal data, no photos, no names.
 */
export const TicketPublicSummary = z
  .object({
    id: Id,
    number: z.string(),
    status: TicketStatus,
    urgency: Urgency,
    categoryCode: z.string(),
    /** Empty while the content check holds the text (then only its author and the desk read it). */
    description: z.string(),
    descriptionHeld: z.boolean(),
    location: z.object({ id: Id, name: z.string(), path: z.array(z.string()) }),
    asset: z.nullable(z.object({ id: Id, name: z.string() })),
    /** The promised times: accept by, arrive by. */
    deadlines: Deadlines,
    /** The one deadline truth (domain/sla/timeState.ts): what the ticket's clock waits for, breached or not, paused and why. */
    timeState: TimeStateView,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    channel: TicketChannel,
  })
  .register(z.globalRegistry, { id: 'TicketPublicSummary' });
export type TicketPublicSummary = z.infer<typeof TicketPublicSummary>;

/** A line of a ticket list: the public summary and, for staff who may see names, the assignee. */
export const TicketSummary = z
  .object({
    ...TicketPublicSummary.shape,
    /** Null when unassigned, or when this viewer may not see staff names (a guest): the status tells which. */
    assignee: z.nullable(PersonRef),
  })
  .register(z.globalRegistry, { id: 'TicketSummary' });
export type TicketSummary = z.infer<typeof TicketSummary>;

export const Ticket = z
  .object({
    ...TicketSummary.shape,
    /**
     * full: everything this viewer may read; summary: a follower's view — only the public
     * summary's fields carry data, every other field is empty (no photos, people or notes).
     */
    view: z.enum(['full', 'summary']),
    photoKeys: z.array(PhotoKey),
    photos: z.array(PhotoView),
    /** Personal data (null when withheld): only the reporter, the assignee, the desk and managers read it. */
    contactPhone: z.nullable(z.string()),
    /** `phone`: personal data, shown to the desk, managers, the assignee and the reporter (a callback needs it). */
    reporter: z.nullable(z.object({ id: Id, name: z.string(), department: z.nullable(z.string()), phone: z.nullable(z.string()) })),
    /** Who called, when the desk entered the report (personal data: the desk, the assignee and managers). */
    caller: z.nullable(z.object({ name: z.string(), phone: z.string(), department: z.nullable(z.string()) })),
    assignee: z.nullable(PersonRef),
    version: z.int(),
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
    /** The sign-off of the confirmation (签字确认): the signature's image and who signed (a name only for readers of personal data). */
    signature: z.nullable(z.object({ key: PhotoKey, url: z.nullable(z.string()), signerName: z.nullable(z.string()), at: IsoDateTime })),
    rating: z.nullable(z.object({ score: z.int(), comment: z.nullable(z.string()), at: IsoDateTime })),
    reopenCount: z.int(),
    mergedIntoId: z.nullable(Id),
    /** A corrective ticket's planned work order (issue 15): the failed checklist item's order. */
    workOrderId: z.optional(z.nullable(z.string())),
    workOrderNumber: z.optional(z.nullable(z.string())),
    /** The outsourced vendor whose contract covers it, stamped at submission (issue 16); absent: in-house. */
    vendorId: z.optional(z.nullable(z.string())),
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
    /** A guest's emergency waiting for the desk to confirm it (confirm-emergency) before the emergency chain fires. */
    emergencyPending: z.boolean(),
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
    /** id and name are null when this viewer may not see who it was (a guest, a follower): the role stays. */
    actor: z.object({ id: z.nullable(Id), name: z.nullable(z.string()), role: z.enum([...Role.options, 'system']) }),
    fromStatus: z.nullable(TicketStatus),
    toStatus: z.nullable(TicketStatus),
    note: z.nullable(z.string()),
    /** When the technician's phone made it, for a command queued without a signal (`at` is when the server took it). */
    deviceAt: z.optional(IsoDateTime),
  })
  .register(z.globalRegistry, { id: 'TicketEvent' });
export type TicketEvent = z.infer<typeof TicketEvent>;

export const TicketDetail = z
  .object({ ticket: Ticket, events: z.array(TicketEvent) })
  .register(z.globalRegistry, { id: 'TicketDetail' });
export type TicketDetail = z.infer<typeof TicketDetail>;

export const ListTicketsQuery = z.object({
  /** mine: I reported; assigned: my jobs (technician); pool: jobs I may grab; queue: the desk's open tickets; callbacks: owed a callback. */
  scope: z.enum(['mine', 'assigned', 'pool', 'queue', 'callbacks', 'search']),
  /** search: a ticket number, a phone number or a reporter's/caller's name (or its start). */
  q: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(40))),
  /** search: tickets of this place (a room), newest first. */
  location: z.optional(Id),
  /** search: tickets of this device, newest first. */
  asset: z.optional(Id),
  status: z.optional(TicketStatus),
  category: z.optional(z.string().check(z.maxLength(40))),
  building: z.optional(Id),
  overdue: z.optional(z.enum(['true', 'false'])),
  ...PageQuery,
});
export type ListTicketsQuery = z.infer<typeof ListTicketsQuery>;

export const TicketPage = z
  .object({
    ...page(TicketSummary).shape,
    /** queue and callbacks: how many tickets the whole listing holds with these filters (every page). */
    total: z.optional(z.int()),
  })
  .register(z.globalRegistry, { id: 'TicketPage' });
export type TicketPage = z.infer<typeof TicketPage>;

export const TicketIdParams = z.object({ id: Id });

export const QrParams = z.object({ code: QrCode });
export const AssetParams = z.object({ id: Id });

export const QrLookup = z
  .object({
    code: z.string(),
    location: z.object({ id: Id, name: z.string(), type: LocationRef.shape.type, path: z.array(LocationRef) }),
    asset: z.nullable(Asset),
    /** The label of a retired device: "此设备已停用", and the place is its room, to report there instead. */
    retiredDevice: z.optional(z.object({ id: Id, name: z.string() })),
    categories: z.array(z.object({ ...Category.shape, suggested: z.boolean() })),
    /**
     * What is already reported here, as its public summary (whoever scans sees no names), and
     * whether the caller may open it to follow it (staff: yes; a guest: only their own).
     */
    openTickets: z.array(z.object({ ...TicketPublicSummary.shape, mayOpen: z.boolean() })),
    /** At a room label: the room's devices, to pick the one at fault (a device without its own label). */
    roomDevices: z.optional(z.array(Asset)),
  })
  .register(z.globalRegistry, { id: 'QrLookup' });
export type QrLookup = z.infer<typeof QrLookup>;
