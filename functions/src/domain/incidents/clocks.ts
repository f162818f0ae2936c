import type { GradeSettings } from '../../contract/incidents';
import type { IncidentClocks, IncidentRecord } from './records';

const MINUTE_MS = 60_000;
export type IncidentClock = 'onSite' | 'plan';

/** The clocks run from the declaration: on site within the grade's minutes, a plan within its own. */
export function startClocks(declaredAt: Date, settings: Pick<GradeSettings, 'onSiteMinutes' | 'planMinutes'>): IncidentClocks {
  return {
    onSiteBy: new Date(declaredAt.getTime() + settings.onSiteMinutes * MINUTE_MS).toISOString(),
    planBy: new Date(declaredAt.getTime() + settings.planMinutes * MINUTE_MS).toISOString(),
    onSiteAt: null,
    planAt: null,
    onSiteMissedAt: null,
    planMissedAt: null,
  };
}

/** A clock still watched: not met, not yet found missed, the incident open. */
function pending(incident: Pick<IncidentRecord, 'status' | 'clocks'>, clock: IncidentClock): boolean {
  const c = incident.clocks;
  if (incident.status !== 'open') return false;
  return clock === 'onSite' ? !c.onSiteAt && !c.onSiteMissedAt : !c.planAt && !c.planMissedAt;
}

const dueOf = (clocks: IncidentClocks, clock: IncidentClock) => (clock === 'onSite' ? clocks.onSiteBy : clocks.planBy);

/** When the deadline index must look at the incident next (the earliest pending clock), or null: nothing left to watch. */
export function nextWatchAt(incident: Pick<IncidentRecord, 'status' | 'clocks'>): string | null {
  const due = (['onSite', 'plan'] as const).filter((c) => pending(incident, c)).map((c) => dueOf(incident.clocks, c));
  return due.sort()[0] ?? null;
}

/** The clocks that ran out by `now` and were not yet told: each is told to the managers once. */
export function missedClocks(incident: Pick<IncidentRecord, 'status' | 'clocks'>, now: Date): IncidentClock[] {
  return (['onSite', 'plan'] as const).filter((c) => pending(incident, c) && Date.parse(dueOf(incident.clocks, c)) <= now.getTime());
}

/** How long the incident lasted, in whole minutes (rounded up: a 61-second incident lasted 2 minutes of someone's time). */
export function durationMinutes(declaredAt: string, closedAt: Date): number {
  return Math.max(0, Math.ceil((closedAt.getTime() - Date.parse(declaredAt)) / MINUTE_MS));
}
