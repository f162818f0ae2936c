import type { PostponeBody, RecordCheckpointBody, SkipCheckpointBody, WorkOrder, WorkOrderPage, WorkOrderSummary } from '@contract/planned';
import { request } from './api';

/** The output type of a contract schema (the app never loads zod). */
type Infer<S> = S extends { _zod: { output: infer O } } ? O : never;

export type SkipBody = Infer<typeof SkipCheckpointBody>;
export type PostponeRequest = Infer<typeof PostponeBody>;

/** The API's largest page. */
const PAGE_LIMIT = 50;

/**
 * A technician's planned-work commands that may be made without a signal (queued on the phone,
 * like a ticket's accept/arrive/complete): a checkpoint recorded or skipped, the order completed.
 */
export type WorkOrderOfflineCommand = 'recordCheckpoint' | 'skipCheckpoint' | 'completeWorkOrder';

/** The path of a work order command under /v1/work-orders/{id} (RUN's routes, contract/workOrderRoutes.ts). */
export function workOrderCommandPath(id: string, command: WorkOrderOfflineCommand | 'postpone' | 'start', index?: number): string {
  const base = `/v1/work-orders/${encodeURIComponent(id)}`;
  if (command === 'recordCheckpoint') return `${base}/checkpoints/${index ?? 0}`;
  if (command === 'skipCheckpoint') return `${base}/checkpoints/${index ?? 0}/skip`;
  if (command === 'completeWorkOrder') return `${base}/complete`;
  return `${base}/${command}`;
}

export const workOrderApi = {
  /** The caller's open planned work (a technician's, scope mine), page after page (short lists; capped). */
  listMine: async (maxPages = 4): Promise<WorkOrderSummary[]> => {
    const items: WorkOrderSummary[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < maxPages; i++) {
      const page = await request<WorkOrderPage>('/v1/work-orders', { query: { scope: 'mine', limit: PAGE_LIMIT, cursor } });
      items.push(...page.items);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    return items;
  },
  get: (id: string) => request<WorkOrder>(`/v1/work-orders/${encodeURIComponent(id)}`),
  postpone: (id: string, body: PostponeRequest) => request<WorkOrder>(workOrderCommandPath(id, 'postpone'), { method: 'POST', body }),
  /** A command the technician may make offline, with its key and the time it was made on the phone. */
  offlineCommand: (path: string, body: RecordCheckpointBody | SkipBody | { version: number }, sent: { key: string; deviceTime: string }) =>
    request<WorkOrder>(path, { method: 'POST', body, idempotencyKey: sent.key, deviceTime: sent.deviceTime }),
};
