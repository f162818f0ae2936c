import type { Ticket } from '../contract/tickets';
import type { Clock, PhotoStore } from '../domain/ports';
import { READ_EXPIRES_SECONDS } from '../domain/photos/photoKeys';
import type { TicketRecord, UserRecord } from '../domain/records';
import { toTicketView } from './ticketViews';

/** Short-lived read URLs of a ticket's photos and its completion's photos (presigning calls no service). */
export async function signPhotoUrls(photos: PhotoStore, t: TicketRecord): Promise<ReadonlyMap<string, string>> {
  const keys = [...new Set([...t.photoKeys, ...(t.completion?.photoKeys ?? [])])];
  return new Map(await Promise.all(keys.map(async (key) => [key, await photos.presignRead(key, READ_EXPIRES_SECONDS)] as const)));
}

/** The ticket as this viewer sees it, with photo URLs. Call only for a ticket the viewer may see. */
export async function presentTicket(deps: { photos: PhotoStore; clock: Clock }, t: TicketRecord, viewer: UserRecord): Promise<Ticket> {
  return toTicketView(t, viewer, deps.clock.now(), await signPhotoUrls(deps.photos, t));
}
