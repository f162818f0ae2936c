import { ConflictError } from '../errors';

export interface DeadlineScanResult {
  due: number;
  escalated: number;
  /** Changed by someone else between the read and the write; the next run looks again. */
  skipped: number;
}

const MAX_ROUNDS = 20;

/**
 * The deadline index drained in rounds, for tickets and work orders alike: each round reads the
 * due watches (never a table scan), works out each one's step and applies it. A step moves the
 * record's watch on (or off), so the next round does not find it again; a concurrent change is
 * skipped and left to the next run. Stops when a round finds nothing, or moves nothing on.
 */
export async function drainDueWatches<W>(options: {
  listDue: () => Promise<W[]>;
  /** The change to make for one due watch, or null when there is nothing (any more) to do. */
  stepOf: (watch: W) => Promise<(() => Promise<unknown>) | null>;
}): Promise<DeadlineScanResult> {
  const result: DeadlineScanResult = { due: 0, escalated: 0, skipped: 0 };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const due = await options.listDue();
    if (due.length === 0) break;
    let progressed = 0;
    for (const watch of due) {
      result.due++;
      const apply = await options.stepOf(watch);
      if (!apply) continue;
      try {
        await apply();
        result.escalated++;
        progressed++;
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        result.skipped++;
      }
    }
    if (progressed === 0) break;
  }
  return result;
}
