import type { Deps } from '../deps';
import { defaultRetryPolicy, type NotifierDeps } from '../domain/notify/deliverOutbox';

/** What a delivery needs, from a function's deps: the notifier, the redrive and a desk's resend deliver alike. */
export function notifierDepsOf(deps: Deps): NotifierDeps {
  return { ...deps, templates: deps.config.notifications.templates, retry: defaultRetryPolicy };
}
