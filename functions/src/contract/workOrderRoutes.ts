import {
  AssignWorkOrderBody,
  CheckpointParams,
  ListWorkOrdersQuery,
  PostponeBody,
  RecordCheckpointBody,
  SkipCheckpointBody,
  WorkOrder,
  WorkOrderPage,
  WorkOrderParams,
  WorkOrderVersionBody,
} from './planned';
import { defineRoute } from './route';
import { OfflineCommandHeaders } from './ticketCommands';

/**
 * Running planned work (issue 15, part RUN): a technician's orders and the round's commands, the
 * desk's reassignment. The technician's commands take the offline queue's headers as ticket
 * commands do (an Idempotency-Key, the phone's time), so a round in a basement still counts.
 */
const base = { area: 'planned', tag: 'planned', auth: 'session' } as const;
const WORKERS = ['technician', 'dispatcher', 'manager', 'admin'] as const;
const command = { ...base, method: 'post', roles: ['technician'], headers: OfflineCommandHeaders, response: WorkOrder, successStatus: 200, errors: [403, 404, 409] } as const;

export const listWorkOrders = defineRoute({
  ...base,
  name: 'listWorkOrders',
  method: 'get',
  path: '/v1/work-orders',
  summary: "mine: the caller's open orders, soonest closing first; due: every open order the caller may see (the desk's, a team's unassigned ones), by closing day",
  roles: WORKERS,
  query: ListWorkOrdersQuery,
  response: WorkOrderPage,
  successStatus: 200,
  errors: [403],
});

export const getWorkOrder = defineRoute({
  ...base,
  name: 'getWorkOrder',
  method: 'get',
  path: '/v1/work-orders/{id}',
  summary: 'One work order with its checkpoints and results (its technician, its team while unassigned, the desk and managers)',
  roles: WORKERS,
  params: WorkOrderParams,
  response: WorkOrder,
  successStatus: 200,
  errors: [403, 404],
});

export const startWorkOrder = defineRoute({
  ...command,
  name: 'startWorkOrder',
  path: '/v1/work-orders/{id}/start',
  summary: "Start the order (a team member's start of an unassigned order takes it) — technician",
  params: WorkOrderParams,
  body: WorkOrderVersionBody,
});

export const recordCheckpoint = defineRoute({
  ...command,
  name: 'recordCheckpoint',
  path: '/v1/work-orders/{id}/checkpoints/{index}',
  summary: "Record a checkpoint: its label scanned (409 for another label) and its checklist's results; each failed item opens one corrective ticket — technician",
  params: CheckpointParams,
  body: RecordCheckpointBody,
});

export const skipCheckpoint = defineRoute({
  ...command,
  name: 'skipCheckpoint',
  path: '/v1/work-orders/{id}/checkpoints/{index}/skip',
  summary: 'Skip a checkpoint, with the reason — technician',
  params: CheckpointParams,
  body: SkipCheckpointBody,
});

export const postponeWorkOrder = defineRoute({
  ...command,
  name: 'postponeWorkOrder',
  path: '/v1/work-orders/{id}/postpone',
  summary: "The device is in use or not found: move the closing day, at most the plan's postponeMaxDays past the window, the reason kept — technician",
  params: WorkOrderParams,
  body: PostponeBody,
});

export const completeWorkOrder = defineRoute({
  ...command,
  name: 'completeWorkOrder',
  path: '/v1/work-orders/{id}/complete',
  summary: "Complete once every checkpoint is recorded or skipped; on time by the hospital's day against the closing day — technician",
  params: WorkOrderParams,
  body: WorkOrderVersionBody,
});

export const assignWorkOrder = defineRoute({
  ...base,
  name: 'assignWorkOrder',
  method: 'post',
  path: '/v1/work-orders/{id}/assign',
  summary: 'Give the order to a technician of the hospital (who is told) — desk',
  roles: ['dispatcher'],
  params: WorkOrderParams,
  body: AssignWorkOrderBody,
  response: WorkOrder,
  successStatus: 200,
  errors: [403, 404, 409],
});

export const workOrderRoutes = [listWorkOrders, getWorkOrder, startWorkOrder, recordCheckpoint, skipCheckpoint, postponeWorkOrder, completeWorkOrder, assignWorkOrder] as const;
