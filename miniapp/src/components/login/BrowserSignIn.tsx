import type { BrowserSignInProps } from './signInTypes';

/** The mini-program signs in with WeChat: no browser sign-in there (BrowserSignIn.h5.tsx is the web build's). */
export function BrowserSignIn(_props: BrowserSignInProps) {
  return null;
}
