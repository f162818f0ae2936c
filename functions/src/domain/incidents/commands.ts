import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { ulid } from 'ulid';
import type { DeclareIncidentBody, IncidentActionBody } from '../../contract/incidents';
import { ConflictError, InvalidError, NotFoundError } from '../errors';
import { notifyRoles, notifyUsers, type NotificationIntent } from '../notifications';
import type { CatalogRepository, Clock, ShiftRepository, TicketRepository, UserRepository } from '../ports';
import type { TicketRecord, UserRecord } from '../records';
import { onShiftAt } from '../dispatch/rota';
import { hospitalDay } from '../tickets/ticketNumber';
import { assertMayIncident } from './access';
import { durationMinutes, missedClocks, startClocks, type IncidentClock } from './clocks';
import { settingsOfGrade } from './grades';
import type { IncidentChange, IncidentRepository } from './ports';
import type { IncidentEventRecord, IncidentLinkRecord, IncidentRecord, PersonRef } from './records';
import { resolveRoster } from './roster';

export interface IncidentDeps {
  incidents: IncidentRepository;
  catalog: Pick<CatalogRepository, 'getHospital' | 'getLocations' | 'listCategories' | 'getAsset'>;
  users: Pick<UserRepository, 'listUsers'>;
  shifts: ShiftRepository;
  tickets: Pick<TicketRepository, 'get'>;
  clock: Clock;
}

const DEFAULT_TIMEZONE = 'Asia/Shanghai';
const person = (user: Pick<UserRecord, 'id' | 'name'>): PersonRef => ({ id: user.id, name: user.name });
const CLOCK_ZH: Record<IncidentClock, string> = { onSite: '到场时限已过', plan: '处置方案时限已过' };

/** ZD20261201-01: the hospital's day and the day's sequence. */
export function formatIncidentNumber(day: string, sequence: number): string {
  return `ZD${day}-${String(sequence).padStart(2, '0')}`;
}

/** The hospital calendar month of an instant: 2026-12. */
export function hospitalMonth(instant: Date, timezone: string): string {
  return format(new TZDate(instant, timezone), 'yyyy-MM');
}

function event(incident: IncidentRecord, type: IncidentEventRecord['type'], at: string, actor: PersonRef | null, more: Partial<Pick<IncidentEventRecord, 'text' | 'ticketId' | 'ticketNumber'>> = {}): IncidentEventRecord {
  return { hospitalId: incident.hospitalId, incidentId: incident.id, seq: incident.version, type, at, actor, text: more.text ?? null, ticketId: more.ticketId ?? null, ticketNumber: more.ticketNumber ?? null };
}

function linkOf(incidentId: string, ticket: TicketRecord, linkedAt: string, byHand: boolean): IncidentLinkRecord {
  return {
    hospitalId: ticket.hospitalId,
    incidentId,
    ticketId: ticket.id,
    number: ticket.number,
    categoryCode: ticket.categoryCode,
    locationName: ticket.locationName,
    createdAt: ticket.createdAt,
    linkedAt,
    ...(byHand ? { byHand: true } : {}),
  };
}

/** The link item a report about an open incident writes in its own transaction (no notification: the incident already paged its roster). */
export function submissionLink(incidentId: string, ticket: TicketRecord): IncidentLinkRecord {
  return linkOf(incidentId, ticket, ticket.createdAt, false);
}

/**
 * Declare a major incident, fresh or from a ticket (that ticket is linked). Its roster is resolved
 * now (each person once) and paged in the declaring transaction: inbox + WeChat.
 */
export async function declareIncident(deps: IncidentDeps, user: UserRecord, body: DeclareIncidentBody): Promise<IncidentRecord> {
  const hospitalId = user.hospitalId;
  assertMayIncident(user, { hospitalId, roster: [] }, 'command');
  const now = deps.clock.now();
  const [hospital, saved, places, categories, users, fromTicket] = await Promise.all([
    deps.catalog.getHospital(hospitalId),
    deps.incidents.getSettings(hospitalId),
    deps.catalog.getLocations(hospitalId, [...new Set(body.placeIds)]),
    deps.catalog.listCategories(hospitalId),
    deps.users.listUsers(hospitalId),
    body.fromTicketId ? deps.tickets.get(hospitalId, body.fromTicketId) : Promise.resolve(null),
  ]);
  if (!hospital) throw new NotFoundError(`Hospital ${hospitalId}`, `医院 ${hospitalId} `);
  const missingPlace = body.placeIds.find((id) => !places.some((p) => p.id === id));
  if (missingPlace) {
    throw new InvalidError('Unknown place', '地点不存在', [{ field: 'placeIds', code: 'unknown_place', message: `No place ${missingPlace}`, messageZh: `没有地点「${missingPlace}」` }]);
  }
  const missingCategory = body.categoryCodes.find((code) => !categories.some((c) => c.code === code));
  if (missingCategory) {
    throw new InvalidError('Unknown category', '报修类别不存在', [{ field: 'categoryCodes', code: 'unknown_category', message: `No category ${missingCategory}`, messageZh: `没有类别「${missingCategory}」` }]);
  }
  if (body.fromTicketId && !fromTicket) throw new NotFoundError(`Ticket ${body.fromTicketId}`, `工单 ${body.fromTicketId} `);
  if (fromTicket?.incidentId) throw new ConflictError('This ticket already belongs to an incident', '该工单已关联到一个重大事件');
  const timezone = hospital.timezone ?? DEFAULT_TIMEZONE;
  const settings = settingsOfGrade(saved?.grades, body.grade);
  const [onShift, sequence] = await Promise.all([onShiftAt(deps.shifts, hospitalId, now, timezone), deps.incidents.nextNumber(hospitalId, hospitalDay(now, timezone))]);
  const roster = resolveRoster({ settings, users, onShift, categories, categoryCodes: body.categoryCodes });
  const at = now.toISOString();
  const incident: IncidentRecord = {
    hospitalId,
    id: ulid(now.getTime()),
    number: formatIncidentNumber(hospitalDay(now, timezone), sequence),
    grade: body.grade,
    title: body.title,
    description: body.description ?? '',
    categoryCodes: [...new Set(body.categoryCodes)],
    places: body.placeIds.map((id) => places.find((p) => p.id === id)!).map((p) => ({ id: p.id, name: p.name })),
    declaredAt: at,
    declaredBy: person(user),
    fromTicketId: fromTicket?.id ?? null,
    status: 'open',
    roster,
    acknowledged: [],
    onSite: [],
    plan: null,
    clocks: startClocks(now, settings),
    closedAt: null,
    closedMonth: null,
    report: null,
    version: 1,
    updatedAt: at,
  };
  await deps.incidents.apply({
    fromVersion: 0,
    after: incident,
    event: event(incident, 'declared', at, person(user), { text: incident.title, ticketId: fromTicket?.id ?? null, ticketNumber: fromTicket?.number ?? null }),
    notifications: roster.length > 0 ? [notifyUsers('incident_declared', roster.map((p) => p.id))] : [],
    ...(fromTicket ? { link: { put: linkOf(incident.id, fromTicket, at, true) } } : {}),
  });
  return incident;
}

async function openIncident(deps: IncidentDeps, hospitalId: string, incidentId: string): Promise<IncidentRecord> {
  const incident = await deps.incidents.get(hospitalId, incidentId);
  if (!incident) throw new NotFoundError(`Incident ${incidentId}`, `重大事件 ${incidentId} `);
  return incident;
}

/**
 * One command of an incident. Acknowledging or arriving twice changes nothing (answered as it
 * is); everything else moves the version on and records its event in the same transaction.
 */
export async function actOnIncident(deps: IncidentDeps, user: UserRecord, incidentId: string, body: IncidentActionBody): Promise<IncidentRecord> {
  const incident = await openIncident(deps, user.hospitalId, incidentId);
  const responding = body.action === 'acknowledge' || body.action === 'onSite';
  assertMayIncident(user, incident, responding ? 'respond' : 'command');
  if (incident.status !== 'open') throw new ConflictError('The incident is closed', '该重大事件已结束');
  if (body.version !== incident.version) throw new ConflictError('The incident changed since it was read; reload it', '重大事件已被他人更新，请刷新后重试');
  const now = deps.clock.now();
  const at = now.toISOString();
  const me = person(user);
  const next: IncidentRecord = { ...incident, version: incident.version + 1, updatedAt: at };
  const change = (type: IncidentEventRecord['type'], after: IncidentRecord, more: Parameters<typeof event>[4] = {}, extra: Pick<IncidentChange, 'link'> = {}, notifications: NotificationIntent[] = []): IncidentChange => ({
    fromVersion: incident.version,
    after,
    event: event(after, type, at, me, more),
    notifications,
    ...extra,
  });
  const hasStamp = (list: readonly PersonRef[]) => list.some((s) => s.id === user.id);
  let step: IncidentChange | null;
  switch (body.action) {
    case 'acknowledge':
      step = hasStamp(incident.acknowledged) ? null : change('acknowledged', { ...next, acknowledged: [...incident.acknowledged, { ...me, at }] });
      break;
    case 'onSite':
      step = hasStamp(incident.onSite)
        ? null
        : change('on_site', {
            ...next,
            // Being there says one has seen it.
            acknowledged: hasStamp(incident.acknowledged) ? incident.acknowledged : [...incident.acknowledged, { ...me, at }],
            onSite: [...incident.onSite, { ...me, at }],
            clocks: { ...incident.clocks, onSiteAt: incident.clocks.onSiteAt ?? at },
          });
      break;
    case 'note':
      step = change('note', next, { text: body.text });
      break;
    case 'recordPlan':
      step = change('plan_recorded', { ...next, plan: body.text, clocks: { ...incident.clocks, planAt: incident.clocks.planAt ?? at } }, { text: body.text });
      break;
    case 'link':
    case 'unlink': {
      const ticket = await deps.tickets.get(user.hospitalId, body.ticketId);
      if (!ticket) throw new NotFoundError(`Ticket ${body.ticketId}`, `工单 ${body.ticketId} `);
      const ref = { ticketId: ticket.id, ticketNumber: ticket.number };
      if (body.action === 'link') {
        if (ticket.incidentId === incident.id) return incident;
        if (ticket.incidentId) throw new ConflictError('The ticket belongs to another incident', '该工单已关联到另一个重大事件');
        step = change('linked', next, ref, { link: { put: linkOf(incident.id, ticket, at, true) } });
      } else {
        if (ticket.incidentId !== incident.id) throw new ConflictError('The ticket is not linked to this incident', '该工单未关联到此重大事件');
        step = change('unlinked', next, ref, { link: { remove: { ticketId: ticket.id } } });
      }
      break;
    }
    case 'close':
      step = change('closed', await closed(deps, next, body.report, now), { text: body.report.cause });
      break;
  }
  if (!step) return incident;
  await deps.incidents.apply(step);
  return step.after;
}

/** The closing report: cause, summary, the duration from the declaration, the places and devices affected. */
async function closed(deps: IncidentDeps, incident: IncidentRecord, report: Extract<IncidentActionBody, { action: 'close' }>['report'], now: Date): Promise<IncidentRecord> {
  const placeIds = [...new Set(report.placeIds ?? incident.places.map((p) => p.id))];
  const assetIds = [...new Set(report.assetIds ?? [])];
  const [hospital, places, assets] = await Promise.all([
    deps.catalog.getHospital(incident.hospitalId),
    deps.catalog.getLocations(incident.hospitalId, placeIds),
    Promise.all(assetIds.map((id) => deps.catalog.getAsset(incident.hospitalId, id))),
  ]);
  const missing = assetIds.find((_, i) => !assets[i]);
  if (missing) throw new InvalidError('Unknown device', '设备不存在', [{ field: 'report.assetIds', code: 'unknown_asset', message: `No device ${missing}`, messageZh: `没有设备「${missing}」` }]);
  const at = now.toISOString();
  return {
    ...incident,
    status: 'closed',
    closedAt: at,
    closedMonth: hospitalMonth(now, hospital?.timezone ?? DEFAULT_TIMEZONE),
    report: {
      cause: report.cause,
      summary: report.summary,
      durationMinutes: durationMinutes(incident.declaredAt, now),
      places: placeIds.flatMap((id) => places.filter((p) => p.id === id).map((p) => ({ id: p.id, name: p.name }))),
      devices: assets.flatMap((a) => (a ? [{ id: a.id, name: a.name }] : [])),
    },
  };
}

/** The deadline index's step for one incident: its clocks that ran out, told to the managers once. */
export function clockMissedStep(incident: IncidentRecord, now: Date): IncidentChange | null {
  const missed = missedClocks(incident, now);
  if (missed.length === 0) return null;
  const at = now.toISOString();
  const after: IncidentRecord = {
    ...incident,
    version: incident.version + 1,
    updatedAt: at,
    clocks: {
      ...incident.clocks,
      ...(missed.includes('onSite') ? { onSiteMissedAt: at } : {}),
      ...(missed.includes('plan') ? { planMissedAt: at } : {}),
    },
  };
  return {
    fromVersion: incident.version,
    after,
    event: event(after, 'clock_missed', at, null, { text: missed.map((c) => CLOCK_ZH[c]).join('；') }),
    notifications: [notifyRoles('incident_clock_missed', ['manager'])],
  };
}
