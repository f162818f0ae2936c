import { ForbiddenError, NotFoundError } from '../errors';
import { attachOwnUploadedPhotos } from '../photos/attachPhotos';
import { can, type VendorAct } from '../policy/can';
import type { CatalogRepository, Clock, PhotoStore, TicketRepository, UserRepository } from '../ports';
import type { TicketRecord, UserRecord } from '../records';
import { lifecycleContext } from '../tickets/runCommand';
import type { SpotCheckRecord } from './records';
import type { SpotCheckRepository } from './spotCheckPort';
import { failSpotCheck, monthOf, passSpotCheck, vendorOf } from './spotChecks';

export interface InspectionDeps {
  tickets: TicketRepository;
  catalog: CatalogRepository;
  users: UserRepository;
  spotChecks: SpotCheckRepository;
  photos: PhotoStore;
  clock: Clock;
}

/** Refuses (403) what the policy's vendor act does not allow this user for this vendor. */
export function authorizeVendorAct(user: UserRecord, vendorId: string, act: VendorAct): void {
  if (!can(user, 'vendor', { vendorId, act })) throw new ForbiddenError(`You may not ${act} for this vendor`, '您无权对该外包单位执行此操作');
}

/** The hospital's time zone (the month of a job is its creation's calendar month there). */
export async function timezoneOf(catalog: Pick<CatalogRepository, 'getHospital'>, hospitalId: string): Promise<string> {
  const hospital = await catalog.getHospital(hospitalId);
  if (!hospital) throw new NotFoundError(`Hospital ${hospitalId}`, `医院 ${hospitalId} `);
  return hospital.timezone;
}

/** Who hears of a failed check besides its technician: the managers of the job's vendor. */
async function vendorManagerIds(users: Pick<UserRepository, 'listUsers'>, ticket: TicketRecord): Promise<string[]> {
  const all = await users.listUsers(ticket.hospitalId);
  return all.filter((u) => u.vendorId === ticket.vendorId && u.roles.includes('vendor_manager') && !u.retired).map((u) => u.id);
}

/**
 * A failed inspection (the result route's fail and the ticket command fail-spot-check alike):
 * decided first, so whoever may not gets 403/409 before any photo is copied; then decided again
 * with the kept photos and written with the ticket's change in one transaction.
 */
export async function failDrawnJob(
  deps: InspectionDeps,
  user: UserRecord,
  ticket: TicketRecord,
  inspection: { note: string; photoKeys: readonly string[] },
): Promise<{ check: SpotCheckRecord; ticket: TicketRecord }> {
  const [ctx, timezone] = await Promise.all([lifecycleContext(deps, user.hospitalId), timezoneOf(deps.catalog, user.hospitalId)]);
  const check = ticket.vendorId ? await deps.spotChecks.getSpotCheck(ticket.hospitalId, ticket.vendorId, monthOf(ticket.createdAt, timezone), ticket.id) : null;
  failSpotCheck(ctx, ticket, check, user, { note: inspection.note, photoKeys: [] }, []);
  const [photoKeys, managers] = await Promise.all([attachOwnUploadedPhotos(deps, user, inspection.photoKeys), vendorManagerIds(deps.users, ticket)]);
  const outcome = failSpotCheck(ctx, ticket, check, user, { note: inspection.note, photoKeys }, managers);
  await deps.spotChecks.recordFail(outcome.check, outcome.change);
  return { check: outcome.check, ticket: outcome.change.after };
}

/** A drawn job's inspection through the spot check's own route: a pass records the check only. */
export async function recordInspection(
  deps: InspectionDeps,
  user: UserRecord,
  ticketId: string,
  result: { result: 'passed'; note?: string | undefined; photoKeys: readonly string[] } | { result: 'failed'; note: string; photoKeys: readonly string[] },
): Promise<SpotCheckRecord> {
  const ticket = await deps.tickets.get(user.hospitalId, ticketId);
  if (!ticket) throw new NotFoundError(`Spot check ${ticketId}`, `抽查 ${ticketId} `);
  const vendorId = vendorOf(ticket);
  authorizeVendorAct(user, vendorId, 'spotCheck');
  if (result.result === 'failed') return (await failDrawnJob(deps, user, ticket, result)).check;
  const timezone = await timezoneOf(deps.catalog, user.hospitalId);
  const check = await deps.spotChecks.getSpotCheck(ticket.hospitalId, vendorId, monthOf(ticket.createdAt, timezone), ticket.id);
  if (!check) throw new NotFoundError(`Spot check ${ticketId}`, `抽查 ${ticketId} `);
  const inspection = { note: result.note || null, photoKeys: [] };
  passSpotCheck(check, user, deps.clock.now(), inspection);
  const passed = passSpotCheck(check, user, deps.clock.now(), { ...inspection, photoKeys: await attachOwnUploadedPhotos(deps, user, result.photoKeys) });
  await deps.spotChecks.recordPass(passed);
  return passed;
}
