import type { IncidentRepository } from './ports';
import type { IncidentRecord } from './records';

/** One closed incident of the month, as the workbook's 重大事件 sheet lists it. */
export interface IncidentSheetRow {
  incident: IncidentRecord;
  /** The linked tickets' numbers, in the order they were linked. */
  ticketNumbers: string[];
}

/** The incidents closed in a month (hospital calendar), oldest first, each with its linked tickets' numbers. */
export async function readIncidentSheet(deps: { incidents: Pick<IncidentRepository, 'listClosedOfMonth' | 'getWithTimeline'> }, hospitalId: string, month: string): Promise<IncidentSheetRow[]> {
  const closed = (await deps.incidents.listClosedOfMonth(hospitalId, month)).sort((a, b) => a.declaredAt.localeCompare(b.declaredAt));
  return Promise.all(
    closed.map(async (incident) => {
      const timeline = await deps.incidents.getWithTimeline(hospitalId, incident.id);
      const links = [...(timeline?.links ?? [])].sort((a, b) => a.linkedAt.localeCompare(b.linkedAt));
      return { incident, ticketNumbers: links.map((l) => l.number) };
    }),
  );
}
