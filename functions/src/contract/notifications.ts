import * as z from 'zod/mini';
import { Id, IsoDateTime, PageQuery } from './common';
import { NOTIFICATION_KINDS } from './lifecycle';

/** The answer of wx.requestSubscribeMessage as the app got it: `{ [templateId]: 'accept'|'reject'|'ban'|'filter', errMsg }`. */
export const SubscriptionBody = z
  .record(z.string().check(z.minLength(1), z.maxLength(128)), z.string().check(z.maxLength(200)))
  .check(z.refine((r) => Object.keys(r).length <= 20, 'at most 20 entries'));
export type SubscriptionBody = z.infer<typeof SubscriptionBody>;

export const SubscriptionQuotas = z
  .object({
    quotas: z.array(z.object({ templateId: z.string(), remaining: z.int(), longTerm: z.boolean() })),
    /** The deployment's long-term templates: the app asks for them in a call of their own. */
    longTermTemplateIds: z.array(z.string()),
  })
  .register(z.globalRegistry, { id: 'SubscriptionQuotas' });

export type SubscriptionState = z.infer<typeof SubscriptionQuotas>;

export const NotificationKindName = z.enum(NOTIFICATION_KINDS);

export const Notification = z.object({
  id: z.string(),
  kind: NotificationKindName,
  ticketId: Id,
  ticketNumber: z.nullable(z.string()),
  title: z.string(),
  body: z.string(),
  createdAt: IsoDateTime,
  read: z.boolean(),
});

export const NotificationList = z
  .object({
    items: z.array(Notification),
    unreadCount: z.int(),
    nextCursor: z.nullable(z.string()),
    /** How many notifications ever arrived: pass it back as `since`; `changed: false` then means nothing new (and `items` is empty). */
    arrived: z.int(),
    changed: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'NotificationList' });

export type NotificationView = z.infer<typeof Notification>;
export type NotificationPage = z.infer<typeof NotificationList>;

export const ListNotificationsQuery = z.object({
  ...PageQuery,
  /** The live poll: the `arrived` of the last answer. Costs one GetItem when nothing arrived since. */
  since: z.optional(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER))),
});

export const MarkReadBody = z.union([
  z.object({ ids: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.minLength(1), z.maxLength(100)) }),
  z.object({ all: z.literal(true) }),
]);

export const UnreadCount = z.object({ unreadCount: z.int() });

/** A notification set aside after failing, as the desk sees it (no recipient's personal data: their id only). */
export const DeadLetterView = z
  .object({
    /** The letter's handle for a resend. */
    ref: z.string(),
    id: z.string(),
    at: IsoDateTime,
    ticketId: z.nullable(z.string()),
    kind: z.nullable(z.string()),
    /** One recipient's WeChat message, or null: a whole notification set aside by the stream. */
    recipientId: z.nullable(z.string()),
    attempts: z.int(),
    error: z.string(),
    /** `retrying` on the redrive's schedule, `given_up` after 24 h (resend it), `delivered` in the end; null: shown only (cannot be sent again). */
    state: z.nullable(z.enum(['retrying', 'given_up', 'delivered'])),
    nextAttemptAt: z.nullable(IsoDateTime),
    /** Sends made again after one that got no answer: each may have been a duplicate. */
    resends: z.int(),
  })
  .register(z.globalRegistry, { id: 'DeadLetter' });

export type DeadLetterView = z.infer<typeof DeadLetterView>;

export const DeadLetterList = z.object({ items: z.array(DeadLetterView) }).register(z.globalRegistry, { id: 'DeadLetterList' });
export type DeadLetterList = z.infer<typeof DeadLetterList>;

/** `<epoch ms of at>.<id>`: what names a letter in its key, in one path segment. */
export const DeadLetterParams = z.object({ ref: z.string().check(z.minLength(3), z.maxLength(300), z.regex(/^\d{1,15}\.[A-Za-z0-9_.:-]{1,256}$/)) });
