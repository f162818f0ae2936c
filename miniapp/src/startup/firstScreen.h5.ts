import { HOME_URL, LOGIN_URL } from '../services/auth';
import { getSession } from '../services/session';

/**
 * A newcomer opening the H5 app at / would fetch the home page's code only to be sent on to
 * sign in (HomePage → ensureSignedIn): a round trip and ~30 KB wasted on a weak signal. Going
 * to the sign-in page before the router starts gives the same screen with the same redirect.
 */
export function skipToFirstScreen(): void {
  const route = window.location.hash.replace(/^#/, '').split('?')[0];
  const opensHome = route === '' || route === '/' || route === HOME_URL;
  if (opensHome && !getSession()) window.location.replace(`#${LOGIN_URL}?redirect=${encodeURIComponent(HOME_URL)}`);
}
