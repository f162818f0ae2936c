import type { Ticket, TicketDetail } from '../contract/tickets';
import type { Clock, PhotoStore } from '../domain/ports';
import { READ_EXPIRES_SECONDS } from '../domain/photos/photoKeys';
import { can } from '../domain/policy/can';
import type { TicketEventRecord, TicketRecord, UserRecord } from '../domain/records';
import { toTicketEventView, toTicketView, viewLensOf } from './ticketViews';

/** Short-lived read URLs of a ticket's photos, its completion's photos and its sign-off (presigning calls no service). */
export async function signPhotoUrls(photos: PhotoStore, t: TicketRecord): Promise<ReadonlyMap<string, string>> {
  const keys = [...new Set([...t.photoKeys, ...(t.completion?.photoKeys ?? []), ...(t.signature ? [t.signature.key] : [])])];
  return new Map(await Promise.all(keys.map(async (key) => [key, await photos.presignRead(key, READ_EXPIRES_SECONDS)] as const)));
}

/** The ticket as this viewer sees it; photo URLs only for a viewer who may read it in full. Call only for a ticket the viewer may see. */
export async function presentTicket(deps: { photos: PhotoStore; clock: Clock }, t: TicketRecord, viewer: UserRecord): Promise<Ticket> {
  const urls = can(viewer, 'readInFull', t) ? await signPhotoUrls(deps.photos, t) : new Map<string, string>();
  return toTicketView(t, viewer, deps.clock.now(), urls);
}

/** The ticket and its timeline through the viewer's lens. */
export async function presentTicketDetail(
  deps: { photos: PhotoStore; clock: Clock },
  t: TicketRecord,
  events: readonly TicketEventRecord[],
  viewer: UserRecord,
): Promise<TicketDetail> {
  const lens = viewLensOf(viewer, t);
  const withPhotos = async (e: TicketEventRecord) => {
    const view = toTicketEventView(e, lens);
    const keys = lens.full ? eventPhotoKeys(e) : [];
    return keys.length > 0 ? { ...view, photoUrls: await Promise.all(keys.map((k) => deps.photos.presignRead(k, READ_EXPIRES_SECONDS))) } : view;
  };
  return { ticket: await presentTicket(deps, t, viewer), events: await Promise.all(events.map(withPhotos)) };
}

/** The photos an event carries in its data (a failed spot check's, issue 16). */
function eventPhotoKeys(e: TicketEventRecord): string[] {
  const keys = e.data?.photoKeys;
  return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [];
}
