import * as z from 'zod/mini';
import { Id, IsoDateTime } from './common';
import { Role } from './enums';

export const User = z
  .object({
    id: Id,
    hospitalId: Id,
    hospitalName: z.string(),
    /** The hospital's IANA zone: "today" and "this month" on the screens are the hospital's days, whatever the device's clock says. */
    hospitalTimezone: z.optional(z.string()),
    name: z.string(),
    roles: z.array(Role),
    department: z.nullable(z.string()),
    skills: z.array(z.string()),
    phone: z.nullable(z.string()),
    /** staff: a record the hospital's admin made; guest: a WeChat account known only from a scanned label. */
    kind: z.enum(['staff', 'guest']),
    /** Staff of this outsourced vendor (issue 16): the app shows them their jobs only. Absent or null: the hospital's own. */
    vendorId: z.optional(z.nullable(z.string())),
  })
  .register(z.globalRegistry, { id: 'User' });
export type User = z.infer<typeof User>;

/** A one-time WeChat code (wx.login, or the phone button's code): opaque, short-lived. */
const WeChatCode = z.string().check(z.minLength(1), z.maxLength(128));

/**
 * The label a scan opened the app with: its code (`R-B5-0301`, in the deployment's hospital) or
 * `<code>@<hospitalId>` where one deployment serves several hospitals. The hospital of a sign-in
 * is always the label's, never a value the client chooses on its own.
 */
export const LabelScene = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]{1,32}(@[A-Za-z0-9_-]{1,31})?$/));

export const LoginBody = z.object({
  code: WeChatCode,
  scene: z.optional(LabelScene),
});
export type LoginBody = z.infer<typeof LoginBody>;

/** Links the WeChat account to the staff record whose mobile number WeChat verifies. */
export const LinkPhoneBody = z.object({ code: WeChatCode, phoneCode: WeChatCode });
export type LinkPhoneBody = z.infer<typeof LinkPhoneBody>;

/** An invite code an admin issued for one staff record (shown as a QR, single use). */
export const InviteCode = z.string().check(z.minLength(8), z.maxLength(32), z.regex(/^[A-Za-z0-9]+$/));
export const RedeemInviteBody = z.object({ code: WeChatCode, inviteCode: InviteCode });
export type RedeemInviteBody = z.infer<typeof RedeemInviteBody>;

export const Invite = z
  .object({ inviteCode: z.string(), expiresAt: IsoDateTime, link: z.string() })
  .register(z.globalRegistry, { id: 'Invite' });
export type Invite = z.infer<typeof Invite>;

export const DevLoginBody = z.object({
  userId: Id,
  hospitalId: z.optional(Id),
});
export type DevLoginBody = z.infer<typeof DevLoginBody>;

export const Session = z
  .object({ token: z.string(), expiresAt: IsoDateTime, user: User })
  .register(z.globalRegistry, { id: 'Session' });
export type Session = z.infer<typeof Session>;
