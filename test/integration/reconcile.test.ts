import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoAggregateRepository } from '../../functions/src/adapters/dynamo/aggregateRepository';
import { DynamoCatalogRepository } from '../../functions/src/adapters/dynamo/catalogRepository';
import { createDocumentClient } from '../../functions/src/adapters/dynamo/client';
import { aggregateDoneKey, aggregateKey } from '../../functions/src/adapters/dynamo/keys';
import { PageCursors } from '../../functions/src/adapters/dynamo/pageCursor';
import { DynamoTicketRepository } from '../../functions/src/adapters/dynamo/ticketRepository';
import type { Dashboard, ReconcileRunView } from '../../functions/src/contract/dashboard';
import type { Ticket } from '../../functions/src/contract/tickets';
import { aggregateChanges } from '../../functions/src/domain/reports/aggregateChanges';
import { reconcilePeriod } from '../../functions/src/domain/reports/reconcilePeriod';
import { api, type ApiClient } from '../support/api';
import { stackEnv } from '../support/env';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { stackNow } from '../support/localControls';

const doc = createDocumentClient({ endpoint: stackEnv('DYNAMODB_ENDPOINT'), region: 'cn-north-1' });
const table = stackEnv('TABLE_NAME');
const aggregates = new DynamoAggregateRepository(doc, table);
const tickets = new DynamoTicketRepository(doc, table, PageCursors.ofThisProcess());
const catalog = new DynamoCatalogRepository(doc, table);
afterAll(() => doc.destroy());

let hospital: TestHospital;
let nurse: ApiClient;
let desk: ApiClient;
let manager: ApiClient;
let admin: ApiClient;
let today: string;

/** The reconcile as the nightly job runs it, at a time when the test's tickets have settled (10 minutes on). */
async function reconcileToday() {
  const later = new Date((await stackNow()).getTime() + 10 * 60_000);
  const record = (await catalog.getHospital(hospital.hospitalId))!;
  return reconcilePeriod({ tickets, aggregates, clock: { now: () => later } }, record, today, today);
}

async function report(description: string): Promise<Ticket> {
  const res = await nurse.post<Ticket>(
    '/v1/tickets',
    { qrCode: hospital.rooms.nurseStation.qrCode, categoryCode: 'power', description, urgency: 'normal', notADuplicate: true },
    { headers: { 'idempotency-key': `reconcile-${description.length}-${Math.random().toString(36).slice(2)}` } },
  );
  expect(res.status).toBe(201);
  return res.body;
}

/** The aggregates follow the stream: ask until they show what was done (bounded). */
async function dashboardWhen(ready: (d: Dashboard) => boolean): Promise<Dashboard> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await manager.get<Dashboard>('/v1/dashboard');
    expect(res.status).toBe(200);
    if (ready(res.body) || Date.now() > deadline) return res.body;
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  hospital = await createTestHospital();
  const as = (id: string) => api.as(hospital.hospitalId, id);
  [nurse, desk, manager, admin] = await Promise.all([as(hospital.users.nurse), as(hospital.users.dispatcher), as(hospital.users.manager), as(hospital.users.admin)]);
});

describe('the reconcile job', () => {
  let first: Ticket;

  it('puts drifted and missing aggregates right from the tickets, and says so on the dashboard', async () => {
    first = await report('插座没电');
    await report('灯不亮');
    expect((await desk.post(`/v1/tickets/${first.id}/assign`, { technicianId: hospital.users.electrician })).status).toBe(200);
    const applied = await dashboardWhen((d) => d.tickets.reported === 2 && d.tickets.byStatus.assigned === 1);
    expect(applied.tickets).toMatchObject({ reported: 2, byStatus: { assigned: 1, submitted: 1 } });
    expect(applied.reconciled).toBeNull();
    today = applied.period.to;

    // Drift: the hospital's total counts 5 reports too many; the category's item is gone.
    await doc.send(new UpdateCommand({ TableName: table, Key: aggregateKey(hospital.hospitalId, 'ALL', today, '-'), UpdateExpression: 'ADD c_reported :n', ExpressionAttributeValues: { ':n': 5 } }));
    await doc.send(new DeleteCommand({ TableName: table, Key: aggregateKey(hospital.hospitalId, 'CAT', today, 'power') }));
    const drifted = (await manager.get<Dashboard>('/v1/dashboard')).body;
    expect(drifted.tickets.reported).toBe(7);
    expect(drifted.tickets.byCategory).toEqual([]);

    const run = await reconcileToday();
    // Two items put right: ALL (reported −5) and CAT power (written again whole).
    expect(run).toMatchObject({ tickets: 2, corrected: 2, conflicts: 0, lostVersions: 0, unsettledDays: [] });

    const repaired = (await manager.get<Dashboard>('/v1/dashboard')).body;
    expect(repaired.tickets).toMatchObject({ reported: 2, byStatus: { assigned: 1, submitted: 1 } });
    expect(repaired.tickets.byCategory).toEqual([expect.objectContaining({ key: 'power', count: 2 })]);
    expect(repaired.reconciled).toMatchObject({ from: today, to: today, tickets: 2, corrected: 2 });
  });

  it('finds nothing to do the second time', async () => {
    expect(await reconcileToday()).toMatchObject({ tickets: 2, corrected: 0, conflicts: 0, lostVersions: 0 });
  });

  it('accounts for a lost stream record, so a late redelivery of it adds nothing', async () => {
    const stored = await tickets.get(hospital.hospitalId, first.id);
    expect(stored?.version).toBe(2);
    // The stream lost the assignment: no marker, and the numbers still show the ticket as submitted.
    await doc.send(new DeleteCommand({ TableName: table, Key: aggregateDoneKey(hospital.hospitalId, first.id, 2) }));
    await doc.send(new UpdateCommand({ TableName: table, Key: aggregateKey(hospital.hospitalId, 'ALL', today, '-'), UpdateExpression: 'ADD c_st_assigned :m, c_st_submitted :p', ExpressionAttributeValues: { ':m': -1, ':p': 1 } }));
    expect((await manager.get<Dashboard>('/v1/dashboard')).body.tickets.byStatus).toMatchObject({ assigned: 0, submitted: 2 });

    expect(await reconcileToday()).toMatchObject({ tickets: 2, corrected: 1, lostVersions: 1 });
    expect((await manager.get<Dashboard>('/v1/dashboard')).body.tickets.byStatus).toMatchObject({ assigned: 1, submitted: 1 });

    // The lost record turns up after all (a replay): the marker the reconcile wrote keeps it out.
    const before = { ...stored!, version: 1, status: 'submitted' as const, assigneeId: null, assigneeName: null };
    const replay = await aggregateChanges({ aggregates, catalog }, [{ id: 'replay-1', before, after: stored! }]);
    expect(replay).toEqual({ failedId: null, applied: 0 });
    expect((await manager.get<Dashboard>('/v1/dashboard')).body.tickets).toMatchObject({ reported: 2, byStatus: { assigned: 1, submitted: 1 } });
  });

  it('runs by hand for the admin only, at most 31 days, and leaves a day with fresh changes for later', async () => {
    const tooLong = await admin.post('/v1/admin/reconcile', { from: '2026-01-01', to: '2026-03-01' });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ error: { message: 'A reconcile covers at most 31 days', messageZh: '一次核对最多31天' } });
    expect((await manager.post('/v1/admin/reconcile', { from: today, to: today })).status).toBe(403);

    await report('又停电了');
    const res = await admin.post<ReconcileRunView>('/v1/admin/reconcile', { from: today, to: today });
    expect(res.status).toBe(200);
    // The ticket just reported may still be on its way through the stream: today waits for the next run.
    expect(res.body).toMatchObject({ from: today, to: today, tickets: 0, corrected: 0, unsettledDays: [today] });
    expect((await manager.get<Dashboard>('/v1/dashboard')).body.reconciled).toMatchObject({ unsettledDays: [today] });
  });
});
