import type { Session } from '../contract/users';
import type { SignedIn } from '../domain/auth/signIn';
import { toUserView } from './catalogViews';

export function toSessionView(session: SignedIn): Session {
  return { token: session.token, expiresAt: session.expiresAt.toISOString(), user: toUserView(session.user, session.hospital) };
}
