import type { ItemResult } from '../../contract/planned';
import type { CreateTicketBody } from '../../contract/tickets';
import { ConflictError } from '../errors';
import type { UserRecord } from '../records';
import { createTicket, type CreateTicketDeps } from '../tickets/createTicket';
import type { CheckpointRecord, WorkOrderRecord } from './records';
import type { OpenedTickets } from './workOrders';

/** A description within the ticket's bound (contract/tickets.ts: 500). */
const DESCRIPTION_MAX = 500;
/** A ticket carries at most nine photos. */
const PHOTOS_MAX = 9;

/** The key that makes one failed item open one ticket, whatever retries: the order, the checkpoint, the item. */
export function correctiveTicketKey(workOrderId: string, index: number, itemId: string): string {
  return `wo-${workOrderId}-${index}-${itemId}`;
}

function reading(item: WorkOrderRecord['checklist'][number], result: ItemResult): string {
  if (item.kind === 'number' && result.value !== null) {
    const range = item.min !== undefined || item.max !== undefined ? `（范围 ${item.min ?? '−∞'}–${item.max ?? '∞'}${item.unit ?? ''}）` : '';
    return `读数 ${result.value}${item.unit ?? ''}${range}`;
  }
  return '不合格';
}

/** "配电房月检 · 变压器温度：读数 92℃（范围 0–85℃） 备注…" — the plan, the item, the reading. */
export function correctiveDescription(order: WorkOrderRecord, checkpoint: CheckpointRecord, result: ItemResult): string {
  const item = order.checklist.find((i) => i.id === result.itemId)!;
  const note = result.text?.trim() ? ` ${result.text.trim()}` : '';
  return `${order.planName.zh} · ${checkpoint.name} · ${item.label.zh}：${reading(item, result)}${note}（计划工单 ${order.number}）`.slice(0, DESCRIPTION_MAX);
}

/**
 * Each failed item without a ticket yet opens ONE corrective ticket, through the ordinary report
 * (the category's dispatch, the desk's queue, the duplicate-free path since it is planned work),
 * reported by the technician at the checkpoint's place and device with the checkpoint's photos,
 * linked to the order. The key is deterministic, so a retry (the same command again, or the
 * checkpoint recorded again) finds the ticket the first attempt opened.
 */
export async function openCorrectiveTickets(
  deps: CreateTicketDeps,
  technician: UserRecord,
  order: WorkOrderRecord,
  index: number,
  results: readonly ItemResult[],
): Promise<OpenedTickets> {
  const checkpoint = order.checkpoints[index]!;
  const alreadyOpened = new Set(checkpoint.results.filter((r) => r.ticketId).map((r) => r.itemId));
  const photoKeys = results.flatMap((r) => (r.photoKey ? [r.photoKey] : [])).slice(0, PHOTOS_MAX);
  const opened = new Map<string, { ticketId: string; ticketNumber: string }>();
  for (const result of results.filter((r) => r.failed && !alreadyOpened.has(r.itemId))) {
    const body: CreateTicketBody = {
      locationId: checkpoint.locationId,
      ...(checkpoint.kind === 'asset' ? { assetId: checkpoint.id } : {}),
      categoryCode: order.categoryCode,
      description: correctiveDescription(order, checkpoint, result),
      urgency: 'normal',
      photoKeys,
      // A device on a round may have an open report already; the failed item is still its own record.
      notADuplicate: true,
    };
    const ticket = await openOnce(deps, technician, body, correctiveTicketKey(order.id, index, result.itemId), order);
    opened.set(result.itemId, { ticketId: ticket.id, ticketNumber: ticket.number });
  }
  return opened;
}

/** A re-record with another reading after an attempt that opened the ticket but did not save the order: that ticket stands. */
async function openOnce(deps: CreateTicketDeps, technician: UserRecord, body: CreateTicketBody, key: string, order: WorkOrderRecord) {
  try {
    return (await createTicket(deps, technician, body, key, { workOrderId: order.id, workOrderNumber: order.number })).ticket;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const record = await deps.tickets.findIdempotency(technician.hospitalId, technician.id, key);
    const earlier = record ? await deps.tickets.get(technician.hospitalId, record.ticketId) : null;
    if (!earlier) throw error;
    return earlier;
  }
}
