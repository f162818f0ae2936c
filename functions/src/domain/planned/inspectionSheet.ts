import type { WorkOrderRecord } from './records';

/** What a line of the record sheet says of one item: a pass or fail, a value recorded, or a checkpoint skipped or not yet done. */
export type InspectionResult = 'pass' | 'fail' | 'recorded' | 'skipped' | 'pending';

/**
 * One line of the inspection record sheet (设施巡检记录表): a round's checkpoint and one item of
 * its checklist, or the checkpoint alone when it was skipped or is still to do. No personal data
 * beyond who did the round (a staff member's name).
 */
export interface InspectionRow {
  workOrderNumber: string;
  round: string;
  dueOn: string;
  /** 1-based, in the round's order. */
  checkpointNo: number;
  checkpoint: string;
  item: string | null;
  value: number | null;
  unit: string | null;
  text: string | null;
  photo: boolean;
  result: InspectionResult;
  /** A skipped checkpoint's reason. */
  skipReason: string | null;
  by: string | null;
  /** When the server recorded it, and the phone's own time when it was recorded offline. */
  at: string | null;
  deviceAt: string | null;
  ticketNumber: string | null;
}

/** The rounds' lines, round by round (by due day, then number), checkpoint by checkpoint, item by item. `nameOf` names a user id. */
export function inspectionRows(orders: readonly WorkOrderRecord[], nameOf: (userId: string) => string): InspectionRow[] {
  const rounds = orders.filter((o) => o.kind === 'round').sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.number.localeCompare(b.number));
  return rounds.flatMap((order) => {
    const items = new Map(order.checklist.map((i) => [i.id, i]));
    return [...order.checkpoints]
      .sort((a, b) => a.index - b.index)
      .flatMap((cp): InspectionRow[] => {
        const base = {
          workOrderNumber: order.number,
          round: order.planName.zh,
          dueOn: order.dueOn,
          checkpointNo: cp.index + 1,
          checkpoint: cp.name,
          by: cp.by ? nameOf(cp.by) : null,
          at: cp.at,
          deviceAt: cp.deviceAt,
        };
        const alone = { ...base, item: null, value: null, unit: null, text: null, photo: false, skipReason: cp.skipReason, ticketNumber: null };
        if (cp.status === 'skipped') return [{ ...alone, result: 'skipped' }];
        if (cp.status === 'pending' || cp.results.length === 0) return [{ ...alone, result: 'pending' }];
        return cp.results.map((r) => {
          const item = items.get(r.itemId);
          const judged = item?.kind === 'passFail' || item?.kind === 'number';
          return {
            ...base,
            item: item?.label.zh ?? r.itemId,
            value: r.value,
            unit: item?.unit ?? null,
            text: r.text,
            photo: r.photoKey !== null,
            result: r.failed ? 'fail' : judged ? 'pass' : 'recorded',
            skipReason: null,
            ticketNumber: r.ticketNumber,
          };
        });
      });
  });
}
