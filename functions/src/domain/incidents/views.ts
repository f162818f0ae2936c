import type { IncidentView } from '../../contract/incidents';
import type { TicketStatus } from '../../contract/enums';
import type { IncidentRecord } from './records';
import type { IncidentTimeline } from './ports';

type Summary = Pick<IncidentView, 'id' | 'number' | 'grade' | 'title' | 'status' | 'declaredAt' | 'closedAt' | 'places' | 'clocks'>;

export function toIncidentSummary(incident: IncidentRecord): Summary {
  const c = incident.clocks;
  return {
    id: incident.id,
    number: incident.number,
    grade: incident.grade,
    title: incident.title,
    status: incident.status,
    declaredAt: incident.declaredAt,
    closedAt: incident.closedAt,
    places: incident.places.map((p) => ({ id: p.id, name: p.name })),
    clocks: [
      { clock: 'onSite', dueAt: c.onSiteBy, metAt: c.onSiteAt, missedAt: c.onSiteMissedAt },
      { clock: 'plan', dueAt: c.planBy, metAt: c.planAt, missedAt: c.planMissedAt },
    ],
  };
}

/**
 * The incident page: the roster with who acknowledged and who is on site (anyone who responded
 * without being paged is listed too), the timeline (events, and the reports linked at submission,
 * which are items of their own), and the linked tickets with their status now.
 */
export function toIncidentView({ incident, events, links }: IncidentTimeline, statuses: ReadonlyMap<string, string>): IncidentView {
  const ackAt = new Map(incident.acknowledged.map((s) => [s.id, s.at]));
  const onSiteAt = new Map(incident.onSite.map((s) => [s.id, s.at]));
  const people = new Map(incident.roster.map((p) => [p.id, p.name]));
  for (const s of [...incident.acknowledged, ...incident.onSite]) if (!people.has(s.id)) people.set(s.id, s.name);
  const fromEvents = events.map((e) => ({
    at: e.at,
    type: e.type,
    actor: e.actor ? { id: e.actor.id, name: e.actor.name } : null,
    text: e.text,
    ticketId: e.ticketId,
    ticketNumber: e.ticketNumber,
  }));
  const fromSubmissions = links
    .filter((l) => l.byHand !== true)
    .map((l) => ({ at: l.linkedAt, type: 'linked' as const, actor: null, text: null, ticketId: l.ticketId, ticketNumber: l.number }));
  const timeline = [...fromEvents, ...fromSubmissions].sort((a, b) => a.at.localeCompare(b.at));
  return {
    ...toIncidentSummary(incident),
    description: incident.description,
    categoryCodes: [...incident.categoryCodes],
    declaredBy: { id: incident.declaredBy.id, name: incident.declaredBy.name },
    fromTicketId: incident.fromTicketId,
    roster: [...people].map(([id, name]) => ({ id, name, acknowledgedAt: ackAt.get(id) ?? null, onSiteAt: onSiteAt.get(id) ?? null })),
    plan: incident.plan,
    timeline,
    linkedTickets: links
      .map((l) => ({
        id: l.ticketId,
        number: l.number,
        status: (statuses.get(l.ticketId) as TicketStatus | undefined) ?? null,
        categoryCode: l.categoryCode,
        locationName: l.locationName,
        createdAt: l.createdAt,
        linkedAt: l.linkedAt,
      }))
      .sort((a, b) => a.linkedAt.localeCompare(b.linkedAt)),
    report: incident.report
      ? {
          cause: incident.report.cause,
          summary: incident.report.summary,
          durationMinutes: incident.report.durationMinutes,
          places: incident.report.places.map((p) => ({ id: p.id, name: p.name })),
          devices: incident.report.devices.map((p) => ({ id: p.id, name: p.name })),
        }
      : null,
    version: incident.version,
  };
}
