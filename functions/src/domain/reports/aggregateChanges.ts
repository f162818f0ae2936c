import type { CatalogRepository } from '../ports';
import type { TicketRecord } from '../records';
import type { AggregateRepository } from './aggregatePort';
import { repeatFailureAlert, repeatFailureSince } from './repeatFailure';
import { openFaultChange } from './openFaults';
import { ticketDeltas } from './ticketDeltas';
import { ticketSheetRow } from './ticketSheet';

/** One stream record of a ticket item: the versions before and after (null before a creation). */
export interface TicketChangeRecord {
  /** The record's id in a partial batch response. */
  id: string;
  before: TicketRecord | null;
  after: TicketRecord | null;
}

export interface AggregatorDeps {
  aggregates: AggregateRepository;
  catalog: Pick<CatalogRepository, 'getHospital'>;
}

const DEFAULT_TIMEZONE = 'Asia/Shanghai';

/**
 * Applies a batch of ticket changes to the aggregates, in order. A record whose version was
 * applied before changes nothing (redelivery). The first failure stops the batch: its id is
 * returned, and Lambda (or the local poller) retries from it, keeping each ticket's order.
 */
export async function aggregateChanges(deps: AggregatorDeps, records: readonly TicketChangeRecord[], log: (entry: Record<string, unknown>) => void = () => undefined): Promise<{ failedId: string | null; applied: number }> {
  const zones = new Map<string, string>();
  let applied = 0;
  for (const record of records) {
    const after = record.after;
    if (!after) continue;
    // A version that did not change (a rewrite of the same item) has nothing to add.
    if (record.before && record.before.version === after.version) continue;
    try {
      let zone = zones.get(after.hospitalId);
      if (!zone) {
        zone = (await deps.catalog.getHospital(after.hospitalId))?.timezone ?? DEFAULT_TIMEZONE;
        zones.set(after.hospitalId, zone);
      }
      const cells = ticketDeltas(record.before, after, zone);
      const alert =
        record.before === null && after.assetId
          ? repeatFailureAlert(after, await deps.aggregates.assetFaultTimes(after.hospitalId, after.assetId, repeatFailureSince(after.createdAt)))
          : null;
      const change = { hospitalId: after.hospitalId, ticketId: after.id, version: after.version, cells, alert, sheetRow: ticketSheetRow(after, zone), openFault: openFaultChange(record.before, after) };
      if (await deps.aggregates.applyOnce(change)) applied += 1;
    } catch (error) {
      log({ level: 'error', message: 'aggregate update failed; retried from this record', ticketId: after.id, version: after.version, error: error instanceof Error ? error.message : String(error) });
      return { failedId: record.id, applied };
    }
  }
  return { failedId: null, applied };
}
