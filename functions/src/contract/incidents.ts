import * as z from 'zod/mini';
import { FreeText, Id, IsoDateTime, YearMonth } from './common';
import { TicketStatus } from './enums';

/**
 * Major incidents (重大事件, issue 16, seed 002's emergency grades): I = a whole-hospital water or
 * power outage or a major fire (the command post led by the director, the team on site within
 * 30 min); II = one floor or one system (a plan within 2 h); III = local.
 */
export const INCIDENT_GRADES = ['I', 'II', 'III'] as const;
export const IncidentGrade = z.enum(INCIDENT_GRADES);
export type IncidentGrade = z.infer<typeof IncidentGrade>;

export const IncidentStatus = z.enum(['open', 'closed']);
export type IncidentStatus = z.infer<typeof IncidentStatus>;

/** A category code as the catalogue writes them (contract/admin.ts). */
const CategoryCode = z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[a-z0-9_-]+$/));
const Month = YearMonth;

export const MAX_INCIDENT_PLACES = 20;
export const MAX_INCIDENT_CATEGORIES = 10;
export const MAX_INCIDENT_DEVICES = 20;
export const MAX_ROSTER_NAMED = 20;

const Title = FreeText({ max: 80 });
const Note = FreeText({ max: 1000, multiline: true });

export const DeclareIncidentBody = z.object({
  grade: IncidentGrade,
  title: Title,
  description: z.optional(FreeText({ max: 1000, multiline: true, mayBeEmpty: true })),
  categoryCodes: z.array(CategoryCode).check(z.minLength(1), z.maxLength(MAX_INCIDENT_CATEGORIES)),
  /** Affected places: buildings, floors or rooms (location ids). */
  placeIds: z.array(Id).check(z.minLength(1), z.maxLength(MAX_INCIDENT_PLACES)),
  /** Declared from a ticket: that ticket is linked. */
  fromTicketId: z.optional(Id),
});
export type DeclareIncidentBody = z.infer<typeof DeclareIncidentBody>;

export const ClosingReportBody = z.object({
  cause: FreeText({ max: 500, multiline: true }),
  summary: Note,
  /** The places affected in the end (default: the declared ones). */
  placeIds: z.optional(z.array(Id).check(z.maxLength(MAX_INCIDENT_PLACES))),
  /** The devices affected (asset ids). */
  assetIds: z.optional(z.array(Id).check(z.maxLength(MAX_INCIDENT_DEVICES))),
});

/** One route for every command of an incident: a small discriminated body, the version it was read at. */
export const IncidentActionBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('acknowledge'), version: z.int() }),
  z.object({ action: z.literal('onSite'), version: z.int() }),
  z.object({ action: z.literal('note'), version: z.int(), text: Note }),
  z.object({ action: z.literal('recordPlan'), version: z.int(), text: Note }),
  z.object({ action: z.literal('link'), version: z.int(), ticketId: Id }),
  z.object({ action: z.literal('unlink'), version: z.int(), ticketId: Id }),
  z.object({ action: z.literal('close'), version: z.int(), report: ClosingReportBody }),
]);
export type IncidentActionBody = z.infer<typeof IncidentActionBody>;
export type IncidentAction = IncidentActionBody['action'];

export const IncidentParams = z.object({ id: Id });
export const ListIncidentsQuery = z.object({ month: z.optional(Month) });

const Person = z.object({ id: Id, name: z.string() });
const Place = z.object({ id: Id, name: z.string() });

export const IncidentClockView = z.object({
  clock: z.enum(['onSite', 'plan']),
  dueAt: IsoDateTime,
  metAt: z.nullable(IsoDateTime),
  /** When the clock was found missed (managers were told then). */
  missedAt: z.nullable(IsoDateTime),
});

export const IncidentTimelineType = z.enum(['declared', 'acknowledged', 'on_site', 'note', 'plan_recorded', 'linked', 'unlinked', 'clock_missed', 'closed']);
export type IncidentTimelineType = z.infer<typeof IncidentTimelineType>;

export const IncidentTimelineEntry = z.object({
  at: IsoDateTime,
  type: IncidentTimelineType,
  actor: z.nullable(Person),
  text: z.nullable(z.string()),
  ticketId: z.nullable(Id),
  ticketNumber: z.nullable(z.string()),
});

export const RosterMemberView = z.object({ id: Id, name: z.string(), acknowledgedAt: z.nullable(IsoDateTime), onSiteAt: z.nullable(IsoDateTime) });

export const LinkedTicketView = z.object({
  id: Id,
  number: z.string(),
  status: z.nullable(TicketStatus),
  categoryCode: z.string(),
  locationName: z.string(),
  createdAt: IsoDateTime,
  linkedAt: IsoDateTime,
});

export const ClosingReportView = z.object({
  cause: z.string(),
  summary: z.string(),
  durationMinutes: z.int(),
  places: z.array(Place),
  devices: z.array(Place),
});

export const IncidentSummary = z.object({
  id: Id,
  number: z.string(),
  grade: IncidentGrade,
  title: z.string(),
  status: IncidentStatus,
  declaredAt: IsoDateTime,
  closedAt: z.nullable(IsoDateTime),
  places: z.array(Place),
  clocks: z.array(IncidentClockView),
});

export const IncidentView = z
  .object({
    ...IncidentSummary.shape,
    description: z.string(),
    categoryCodes: z.array(z.string()),
    declaredBy: Person,
    fromTicketId: z.nullable(Id),
    roster: z.array(RosterMemberView),
    plan: z.nullable(z.string()),
    timeline: z.array(IncidentTimelineEntry),
    linkedTickets: z.array(LinkedTicketView),
    report: z.nullable(ClosingReportView),
    version: z.int(),
  })
  .register(z.globalRegistry, { id: 'Incident' });
export type IncidentView = z.infer<typeof IncidentView>;

export const IncidentList = z
  .object({
    /** Every open incident, newest first. */
    open: z.array(IncidentSummary),
    /** The incidents closed in `month` (hospital calendar), newest first. */
    closed: z.array(IncidentSummary),
    month: Month,
  })
  .register(z.globalRegistry, { id: 'IncidentList' });
export type IncidentList = z.infer<typeof IncidentList>;
export type IncidentSummary = z.infer<typeof IncidentSummary>;
export type IncidentTimelineEntry = z.infer<typeof IncidentTimelineEntry>;

export const GradeSettings = z.object({
  grade: IncidentGrade,
  onSiteMinutes: z.int().check(z.minimum(1), z.maximum(24 * 60)),
  planMinutes: z.int().check(z.minimum(1), z.maximum(7 * 24 * 60)),
  /** Named people always paged for this grade (the director, the chief of security…). */
  namedUserIds: z.array(Id).check(z.maxLength(MAX_ROSTER_NAMED)),
  managers: z.boolean(),
  onShiftDispatchers: z.boolean(),
  /** The team leaders (班组长) of the teams of the incident's categories. */
  teamLeaders: z.boolean(),
});
export type GradeSettings = z.infer<typeof GradeSettings>;

export const IncidentSettingsBody = z.object({
  grades: z.array(GradeSettings).check(z.minLength(3), z.maxLength(3)),
  version: z.int(),
});
export type IncidentSettingsBody = z.infer<typeof IncidentSettingsBody>;

export const IncidentSettingsView = z
  .object({ grades: z.array(GradeSettings), version: z.int(), people: z.array(Person) })
  .register(z.globalRegistry, { id: 'IncidentSettings' });
export type IncidentSettingsView = z.infer<typeof IncidentSettingsView>;
