import { useEffect, useState } from 'react';
import type { WorkOrder } from '@contract/planned';
import { errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { workOrderApi } from '../../../services/workOrders';
import { isWorkOrderAnswer, noteServerTime, noteWorkOrder, offlineQueue, onQueueChange, sendQueued, startOfflineSync } from '../../../services/offline';
import { toast } from '../../toast';

/**
 * One work order, and what of it waits in the phone's queue: loaded once signed in, replaced by
 * each command's answer (sent now, or later from the queue), read again when the queue is done with it.
 */
export function useWorkOrder(id: string, screenPath: string) {
  const [order, setOrder] = useState<WorkOrder | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [queueVersion, setQueueVersion] = useState(0);

  function show(next: WorkOrder) {
    noteWorkOrder(next);
    // A phone's clock may be minutes off the server's, which refuses a checkpoint stamped before the order's previous step.
    noteServerTime(next.at);
    setOrder(next);
  }

  async function load() {
    try {
      show(await workOrderApi.get(id));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  useEffect(() => {
    if (!ensureSignedIn(screenPath)) return undefined;
    void load();
    startOfflineSync();
    void sendQueued();
    return onQueueChange((sent) => {
      setQueueVersion((v) => v + 1);
      if (sent) {
        if (isWorkOrderAnswer(sent) && sent.id === id) show(sent);
      } else if (offlineQueue.pendingFor(id).length === 0) void load();
    });
    // load/show are this render's; the subscription is per order.
  }, [id]);

  function changed(next: WorkOrder | null, message?: string) {
    if (next) show(next);
    if (message) toast(message);
  }

  void queueVersion;
  return {
    order,
    error,
    load,
    changed,
    pending: offlineQueue.pendingFor(id),
    dropped: offlineQueue.state().dropped.filter((d) => d.ticketId === id),
    dismiss: (key: string) => {
      offlineQueue.dismiss(key);
      setQueueVersion((v) => v + 1);
    },
  };
}
