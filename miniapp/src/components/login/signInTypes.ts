import type { Session } from '@contract/users';

/** The browser's sign-in block (desk PCs, the local demo): the PC's QR, and the demo picker where the local stack serves it. */
export interface BrowserSignInProps {
  /** The demo user being signed in, if any. */
  busy: string | null;
  onDemoUser: (userId: string) => void;
  /** The session the PC received after a staff member confirmed its QR on the phone. */
  onPcSession: (session: Session) => void;
}
