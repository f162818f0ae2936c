import * as z from 'zod/mini';

/**
 * `vendor_manager`: the manager of an outsourced vendor (issue 16), who reads the vendor's own jobs,
 * scorecard and disputes and nothing of the hospital's. A vendor's technicians are `technician`s
 * whose record names the vendor (UserRecord.vendorId).
 */
export const Role = z.enum(['reporter', 'dispatcher', 'technician', 'manager', 'admin', 'vendor_manager']);
export type Role = z.infer<typeof Role>;

export const Urgency = z.enum(['normal', 'urgent', 'emergency']);
export type Urgency = z.infer<typeof Urgency>;

/** Every state of the ticket lifecycle; the dispatch issue adds the moves between them. */
export const TicketStatus = z.enum([
  'submitted',
  'assigned',
  'accepted',
  'on_site',
  'on_hold',
  'completed',
  'confirmed',
  'closed',
  'cancelled',
]);
export type TicketStatus = z.infer<typeof TicketStatus>;

export const LocationType = z.enum(['campus', 'building', 'floor', 'room']);
export type LocationType = z.infer<typeof LocationType>;

/** What a room is used for; clinical ones raise the urgency of faults reported there. */
export const RoomUse = z.enum(['ward', 'nurse_station', 'office', 'icu', 'operating_theatre', 'emergency', 'neonatal', 'public', 'plant_room', 'lab', 'imaging']);
export type RoomUse = z.infer<typeof RoomUse>;

/** How a report reached the hospital: the reporter's own app, or the desk taking a phone call, a visitor at the counter, a WeChat message. */
export const TicketChannel = z.enum(['app', 'phone', 'walk_in', 'wechat']);
export type TicketChannel = z.infer<typeof TicketChannel>;
