import type { NotificationIntent } from '../notifications';
import type { IncidentEventRecord, IncidentLinkRecord, IncidentRecord, IncidentSettingsRecord, OpenIncidentMarker } from './records';

/**
 * One change of an incident, written in one transaction (adapters/dynamo/incidentRepository.ts):
 * the record (only if still at `fromVersion`; 0: it must not exist), its event, the outbox items,
 * and what the command does to a ticket (its link item and its `incidentId`). The open marker,
 * the month index and the deadline watch follow from the record.
 */
export interface IncidentChange {
  fromVersion: number;
  after: IncidentRecord;
  event: IncidentEventRecord;
  notifications: readonly NotificationIntent[];
  link?: { put: IncidentLinkRecord } | { remove: { ticketId: string } };
}

export interface IncidentTimeline {
  incident: IncidentRecord;
  events: IncidentEventRecord[];
  links: IncidentLinkRecord[];
}

export interface IncidentRepository {
  /** AP-360 the incident. */
  get(hospitalId: string, incidentId: string): Promise<IncidentRecord | null>;
  /** AP-361 the incident, its events and its links: one Query of its partition. */
  getWithTimeline(hospitalId: string, incidentId: string): Promise<IncidentTimeline | null>;
  /** AP-362 the day's incident numbers. */
  nextNumber(hospitalId: string, day: string): Promise<number>;
  /** AP-360 record + event + outbox (+ link, + the ticket's incidentId) in one transaction; ConflictError on a stale version. */
  apply(change: IncidentChange): Promise<void>;
  /** AP-363 the open incidents' markers: the one small Query a report makes. */
  listOpenMarkers(hospitalId: string): Promise<OpenIncidentMarker[]>;
  /** AP-363 then AP-360: the open incidents. */
  listOpen(hospitalId: string): Promise<IncidentRecord[]>;
  /** AP-364 the incidents closed in a month (GSI1). */
  listClosedOfMonth(hospitalId: string, month: string): Promise<IncidentRecord[]>;
  /** AP-365 incidents whose clock is due (the SLA deadline index, GSI4). */
  listDueWatches(now: Date, limitPerShard: number): Promise<{ hospitalId: string; incidentId: string }[]>;
  /** AP-366 the per-grade settings (null: the defaults). */
  getSettings(hospitalId: string): Promise<IncidentSettingsRecord | null>;
  /** AP-366 saved only if still at `fromVersion` (0: never saved), else ConflictError. */
  putSettings(record: IncidentSettingsRecord, fromVersion: number): Promise<void>;
  /** The linked tickets' current status (BatchGetItem of the tickets, AP-12). */
  ticketStatuses(hospitalId: string, ticketIds: readonly string[]): Promise<Map<string, string>>;
}
