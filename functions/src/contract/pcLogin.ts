import * as z from 'zod/mini';
import { IsoDateTime } from './common';
import { Session } from './users';

/** Desk PC sign-in by scan: the PC asks for a one-time request, a signed-in staff member confirms it on the phone. */

/** Random, URL-safe: 16 bytes → 22 characters (the request id), 32 bytes → 43 (the poll secret). */
const Token = (length: number) => z.string().check(z.minLength(length), z.maxLength(length), z.regex(/^[A-Za-z0-9_-]+$/));
export const PcLoginRequestId = Token(22);
export const PcLoginPollSecret = Token(43);

export const PcLoginStarted = z
  .object({
    requestId: PcLoginRequestId,
    /** Only the PC holds it (it is never in the QR): whoever polls without it learns nothing. */
    pollSecret: PcLoginPollSecret,
    /** The text of the QR the PC shows: the mini-program's confirm page for this request. */
    link: z.string(),
    expiresAt: IsoDateTime,
  })
  .register(z.globalRegistry, { id: 'PcLoginStarted' });
export type PcLoginStarted = z.infer<typeof PcLoginStarted>;

export const PcLoginParams = z.object({ id: PcLoginRequestId });
export const PcLoginPollQuery = z.object({ secret: PcLoginPollSecret });

export const PcLoginState = z.enum(['pending', 'confirmed', 'expired']);
export type PcLoginState = z.infer<typeof PcLoginState>;

export const PcLoginStatus = z
  .object({
    status: PcLoginState,
    /** With the first poll after the confirmation only: the PC's session (later polls get `confirmed` without it). */
    session: z.optional(Session),
  })
  .register(z.globalRegistry, { id: 'PcLoginStatus' });
export type PcLoginStatus = z.infer<typeof PcLoginStatus>;

export const PcLoginConfirmation = z
  .object({ status: z.literal('confirmed') })
  .register(z.globalRegistry, { id: 'PcLoginConfirmation' });

/** What the sign-in page may offer: the demo user picker only where the local stack serves the app. */
export const SignInOptions = z
  .object({ demoPicker: z.boolean() })
  .register(z.globalRegistry, { id: 'SignInOptions' });
export type SignInOptions = z.infer<typeof SignInOptions>;
