import { handler as assignWorkOrder } from './assignWorkOrder';
import { handler as completeWorkOrder } from './completeWorkOrder';
import { handler as getWorkOrder } from './getWorkOrder';
import { handler as listWorkOrders } from './listWorkOrders';
import { handler as postponeWorkOrder } from './postponeWorkOrder';
import { handler as recordCheckpoint } from './recordCheckpoint';
import { handler as skipCheckpoint } from './skipCheckpoint';
import { handler as startWorkOrder } from './startWorkOrder';

/** The work order routes' handlers (issue 15, part RUN), spread into the planned area's router. */
export const workOrderHandlers = { listWorkOrders, getWorkOrder, startWorkOrder, recordCheckpoint, skipCheckpoint, postponeWorkOrder, completeWorkOrder, assignWorkOrder };
