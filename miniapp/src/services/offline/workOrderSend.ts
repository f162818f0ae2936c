import type { WorkOrder } from '@contract/planned';
import { workOrderApi } from '../workOrders';
import type { QueuedWorkOrderCommand } from './queue';

/** The newest version of each work order this app run has seen (from the server's answers). */
const knownVersions = new Map<string, number>();

/** Notes an order as the server answered it (a page load, a command's answer). */
export function noteWorkOrder(order: Pick<WorkOrder, 'id' | 'version'>): void {
  knownVersions.set(order.id, Math.max(order.version, knownVersions.get(order.id) ?? 0));
}

/**
 * Sends a work order command. Each carries the order's version, but commands queued offline one
 * after another were all made at the version the phone had then: before its first send, a
 * command takes the newest version known (the previous send's answer; after a restart, the order
 * as it is now) and keeps it (`fix` stores it in the queue), because a resend with the same
 * Idempotency-Key must be the same request. The server judges the command itself.
 */
export async function sendWorkOrderCommand(item: QueuedWorkOrderCommand, fix: (item: QueuedWorkOrderCommand) => void): Promise<WorkOrder> {
  let ready = item;
  if (!item.workOrder.versionFixed) {
    const id = item.ticketId;
    let known = knownVersions.get(id);
    if (known === undefined) {
      const current = await workOrderApi.get(id);
      noteWorkOrder(current);
      known = current.version;
    }
    const made = typeof item.body?.version === 'number' ? item.body.version : 0;
    ready = { ...item, body: { ...item.body, version: Math.max(made, known) }, workOrder: { ...item.workOrder, versionFixed: true } };
    fix(ready);
  }
  const body = ready.body as Parameters<typeof workOrderApi.offlineCommand>[1];
  const answer = await workOrderApi.offlineCommand(ready.workOrder.path, body, { key: ready.key, deviceTime: ready.deviceTime });
  noteWorkOrder(answer);
  return answer;
}

/** Forgets what was seen (tests). */
export function forgetWorkOrderVersions(): void {
  knownVersions.clear();
}
