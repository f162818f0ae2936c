import type { ReactNode } from 'react';
import type { Session } from '@contract/users';

/** The browser's sign-in block (desk PCs, the local demo): the PC's QR, and the demo picker where the local stack serves it. */
export interface BrowserSignInProps {
  /** The session the PC received after a staff member confirmed its QR on the phone. */
  onPcSession: (session: Session) => void;
  /** The demo user picker: shown only where the API says the local stack serves the app. */
  demo: ReactNode;
  /** Shown instead of the demo picker everywhere else (how a phone browser signs in: open the mini-program). */
  elsewhere: ReactNode;
}
