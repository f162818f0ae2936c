import * as z from 'zod/mini';
import { GradeSettings, IncidentGrade, IncidentStatus, IncidentTimelineType } from '../../contract/incidents';

/**
 * What a major incident stores (issue 16): the record with its resolved roster and clocks, its
 * events (the timeline), and the links of the tickets reported about it. Loose objects: fields a
 * newer writer adds pass through, as with the other records.
 */
const text = z.string();
const optionalText = z.nullable(z.string());
export const PersonRef = z.looseObject({ id: text, name: text });
export type PersonRef = z.infer<typeof PersonRef>;
const Stamp = z.looseObject({ id: text, name: text, at: text });

export const IncidentClocks = z.looseObject({
  onSiteBy: text,
  planBy: text,
  onSiteAt: optionalText,
  planAt: optionalText,
  onSiteMissedAt: optionalText,
  planMissedAt: optionalText,
});
export type IncidentClocks = z.infer<typeof IncidentClocks>;

export const ClosingReport = z.looseObject({
  cause: text,
  summary: text,
  durationMinutes: z.int(),
  places: z.array(PersonRef),
  devices: z.array(PersonRef),
});
export type ClosingReport = z.infer<typeof ClosingReport>;

export const IncidentRecord = z.looseObject({
  hospitalId: text,
  id: text,
  /** ZD20261201-01: the hospital's day and its sequence. */
  number: text,
  grade: IncidentGrade,
  title: text,
  description: text,
  categoryCodes: z.array(text),
  /** Affected places with their names; a report inside any of them (the place or its ancestors) is linked. */
  places: z.array(PersonRef),
  declaredAt: text,
  declaredBy: PersonRef,
  fromTicketId: optionalText,
  status: IncidentStatus,
  /** Resolved once at declaration (each person once): who was paged, who may read and acknowledge. */
  roster: z.array(PersonRef),
  acknowledged: z.array(Stamp),
  onSite: z.array(Stamp),
  plan: optionalText,
  clocks: IncidentClocks,
  closedAt: optionalText,
  /** The hospital calendar month of the closing (the month list and the monthly workbook). */
  closedMonth: optionalText,
  report: z.nullable(ClosingReport),
  version: z.int(),
  updatedAt: text,
});
export type IncidentRecord = z.infer<typeof IncidentRecord>;

export const IncidentEventRecord = z.looseObject({
  hospitalId: text,
  incidentId: text,
  seq: z.int(),
  type: IncidentTimelineType,
  at: text,
  actor: z.nullable(PersonRef),
  text: optionalText,
  ticketId: optionalText,
  ticketNumber: optionalText,
});
export type IncidentEventRecord = z.infer<typeof IncidentEventRecord>;

/** A ticket linked to an incident: written at submission (in the report's transaction) or by the desk. */
export const IncidentLinkRecord = z.looseObject({
  hospitalId: text,
  incidentId: text,
  ticketId: text,
  number: text,
  categoryCode: text,
  locationName: text,
  createdAt: text,
  linkedAt: text,
  /** The desk linked it by hand (its event is in the timeline); absent: linked at submission. */
  byHand: z.optional(z.boolean()),
});
export type IncidentLinkRecord = z.infer<typeof IncidentLinkRecord>;

/** What the submission reads of an open incident (its marker item, one Query for all of them). */
export const OpenIncidentMarker = z.looseObject({ hospitalId: text, incidentId: text, categoryCodes: z.array(text), placeIds: z.array(text) });
export type OpenIncidentMarker = z.infer<typeof OpenIncidentMarker>;

export const IncidentSettingsRecord = z.looseObject({ hospitalId: text, grades: z.array(GradeSettings), version: z.int() });
export type IncidentSettingsRecord = z.infer<typeof IncidentSettingsRecord>;
