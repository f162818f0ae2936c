import ExcelJS from 'exceljs';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../functions/src/adapters/dynamo/client';
import { DynamoCatalogWriter } from '../../functions/src/adapters/dynamo/catalogWriter';
import { incidentPk, ticketPk } from '../../functions/src/adapters/dynamo/keys';
import type { ErrorBody } from '../../functions/src/contract/common';
import type { IncidentView } from '../../functions/src/contract/incidents';
import type { NotificationPage } from '../../functions/src/contract/notifications';
import type { Ticket } from '../../functions/src/contract/tickets';
import type { UserRecord } from '../../functions/src/domain/records';
import { api, type ApiClient } from '../support/api';
import { stackEnv } from '../support/env';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { advanceClock, runSlaScan, stackNow } from '../support/localControls';
import { eventually } from '../support/notifications';

/**
 * Major incidents through the API (issue 16, part INC), in one fresh hospital: a Level I declared
 * from a report pages its roster once each; the next reports of the same event are linked and page
 * nobody; a missed on-site clock tells the managers once; the closing report is in the month's workbook.
 */
let hospital: TestHospital;
let doc: ReturnType<typeof createDocumentClient>;
let desk: ApiClient;
let manager: ApiClient;
let nurse: ApiClient;
let doctor: ApiClient;
let leader: ApiClient;
let admin: ApiClient;
const LEADER = 'lead-power';

beforeAll(async () => {
  hospital = await createTestHospital();
  doc = createDocumentClient({ endpoint: stackEnv('DYNAMODB_ENDPOINT'), region: 'cn-north-1' });
  const seeded = (id: string) => hospital.data.users.find((u) => u.id === id)!;
  const people: UserRecord[] = [
    // The power team's leader (班组长), paged as a leader of the team concerned.
    { ...seeded(hospital.users.electrician), id: LEADER, name: '电工班 钱班长', team: '电工班', teamLeader: true, phone: '13800138099' },
    // The day-shift dispatcher works no shift here, so who is on shift does not depend on the hour the test runs.
    { ...seeded(hospital.users.secondDispatcher), shifts: [] },
  ];
  await new DynamoCatalogWriter(doc, stackEnv('TABLE_NAME')).putUsers(people);
  const as = (id: string) => api.as(hospital.hospitalId, id);
  [desk, manager, nurse, doctor, leader, admin] = await Promise.all([
    as(hospital.users.dispatcher),
    as(hospital.users.manager),
    as(hospital.users.nurse),
    as(hospital.users.doctor),
    as(LEADER),
    as(hospital.users.admin),
  ]);
});

afterAll(() => doc.destroy());

let reports = 0;
async function report(client: ApiClient, locationId: string, urgency: 'normal' | 'emergency', more: { notADuplicate?: true } = {}): Promise<Ticket> {
  const res = await client.post<Ticket & ErrorBody>('/v1/tickets', { locationId, categoryCode: 'power', description: '整层停电', urgency, ...more }, { headers: { 'idempotency-key': `inc-${++reports}-${hospital.hospitalId}` } });
  expect(res.status).toBe(201);
  return res.body;
}

async function outboxKinds(pk: string): Promise<string[]> {
  const out = await doc.send(new QueryCommand({ TableName: stackEnv('TABLE_NAME'), KeyConditionExpression: 'PK = :pk AND begins_with(SK, :out)', ExpressionAttributeValues: { ':pk': pk, ':out': 'OUT#' }, ConsistentRead: true }));
  return (out.Items ?? []).map((i) => String(i.kind));
}

async function inboxOf(client: ApiClient, kind: string): Promise<NotificationPage['items']> {
  const res = await client.get<NotificationPage>('/v1/notifications', { query: { limit: 50 } });
  expect(res.status).toBe(200);
  return res.body.items.filter((i) => i.kind === kind);
}

describe('a major incident', () => {
  let first: Ticket;
  let second: Ticket;
  let third: Ticket;
  let incident: IncidentView;

  it('lets the admin name the grade\'s people, and a Level I declared from a report pages its roster once each', async () => {
    const settings = await admin.get<{ grades: { grade: string }[]; version: number }>('/v1/admin/incident-settings');
    expect(settings.status).toBe(200);
    const grades = settings.body.grades.map((g) => (g.grade === 'I' ? { ...g, namedUserIds: [hospital.users.doctor] } : g));
    expect((await admin.put('/v1/admin/incident-settings', { grades, version: settings.body.version })).status).toBe(200);

    first = await report(nurse, hospital.rooms.ward.id, 'emergency');
    const declared = await desk.post<IncidentView & ErrorBody>('/v1/incidents', {
      grade: 'I',
      title: '二楼全层停电',
      categoryCodes: ['power'],
      placeIds: [hospital.floors.upper],
      fromTicketId: first.id,
    });
    expect(declared.status).toBe(201);
    incident = declared.body;
    // The named director-stand-in, the manager, the dispatcher on shift, the power team's leader: each once.
    expect(incident.roster.map((p) => p.id).sort()).toEqual(['desk-wang', 'doctor-wu', LEADER, 'manager-chen'].sort());
    expect(incident.linkedTickets.map((t) => t.number)).toEqual([first.number]);
    expect(incident.clocks.map((c) => [c.clock, Date.parse(c.dueAt) - Date.parse(incident.declaredAt)])).toEqual([['onSite', 30 * 60_000], ['plan', 60 * 60_000]]);

    for (const client of [doctor, manager, desk, leader]) {
      const items = await eventually(async () => {
        const found = (await inboxOf(client, 'incident_declared')).filter((i) => i.ticketId === incident.id);
        return found.length > 0 && found;
      }, 'the roster paged');
      expect(items.length).toBe(1);
    }
    expect(await outboxKinds(incidentPk(hospital.hospitalId, incident.id))).toEqual(['incident_declared']);
    expect(await inboxOf(nurse, 'incident_declared')).toEqual([]);
  });

  it('links the next reports of the same event, and they page nobody again', async () => {
    second = await report(doctor, hospital.rooms.icu.id, 'emergency');
    third = await report(nurse, hospital.rooms.nurseStation.id, 'normal');
    // The ordinary way of a report pages the emergency chain or the desk; these two write no outbox item at all.
    expect(await outboxKinds(ticketPk(hospital.hospitalId, second.id))).toEqual([]);
    expect(await outboxKinds(ticketPk(hospital.hospitalId, third.id))).toEqual([]);
    // The first report, before the incident, alerted the chain as usual.
    expect(await outboxKinds(ticketPk(hospital.hospitalId, first.id))).toEqual(['emergency_reported']);

    const page = await manager.get<IncidentView>(`/v1/incidents/${incident.id}`);
    expect(page.status).toBe(200);
    expect(page.body.linkedTickets.map((t) => t.number)).toEqual([first.number, second.number, third.number]);
    expect(page.body.timeline.filter((e) => e.type === 'linked').map((e) => e.ticketNumber)).toEqual([second.number, third.number]);
    // A report elsewhere (the ground floor) is not about it.
    const elsewhere = await report(nurse, hospital.rooms.lobby.id, 'normal');
    expect(await outboxKinds(ticketPk(hospital.hospitalId, elsewhere.id))).toEqual(['new_report']);
  });

  it('tells the managers once when the on-site clock runs out', async () => {
    await advanceClock(31);
    await runSlaScan(hospital.hospitalId);
    await runSlaScan(hospital.hospitalId);
    expect(await outboxKinds(incidentPk(hospital.hospitalId, incident.id))).toEqual(['incident_declared', 'incident_clock_missed']);
    const told = await eventually(async () => {
      const found = (await inboxOf(manager, 'incident_clock_missed')).filter((i) => i.ticketId === incident.id);
      return found.length > 0 && found;
    }, 'the managers told');
    expect(told.length).toBe(1);
    const page = await desk.get<IncidentView>(`/v1/incidents/${incident.id}`);
    expect(page.body.clocks.find((c) => c.clock === 'onSite')?.missedAt).not.toBeNull();
    expect(page.body.clocks.find((c) => c.clock === 'plan')?.missedAt).toBeNull();
  });

  it('lets its roster acknowledge and arrive, refuses strangers, and closes with the report the month\'s workbook lists', async () => {
    let version = (await manager.get<IncidentView>(`/v1/incidents/${incident.id}`)).body.version;
    const act = async (client: ApiClient, body: Record<string, unknown>) => {
      const res = await client.post<IncidentView & ErrorBody>(`/v1/incidents/${incident.id}/actions`, { ...body, version });
      if (res.status === 200) version = res.body.version;
      return res;
    };
    expect((await act(manager, { action: 'acknowledge' })).status).toBe(200);
    expect((await act(leader, { action: 'onSite' })).status).toBe(200);
    // A roster member responds; only the desk and managers run it.
    expect((await act(leader, { action: 'note', text: '已切换备用电源' })).status).toBe(403);
    expect((await nurse.get(`/v1/incidents/${incident.id}`)).status).toBe(403);
    expect((await act(desk, { action: 'recordPlan', text: '启用备用发电机，逐路恢复供电' })).status).toBe(200);
    const stale = await desk.post<ErrorBody>(`/v1/incidents/${incident.id}/actions`, { action: 'note', text: '旧版本', version: version - 1 });
    expect(stale.status).toBe(409);
    const closed = await act(desk, {
      action: 'close',
      report: { cause: '配电室主开关故障', summary: '更换主开关后恢复供电', assetIds: [hospital.assets.ventilator.id] },
    });
    expect(closed.status).toBe(200);
    const view = closed.body;
    expect(view.status).toBe('closed');
    expect(view.roster.find((p) => p.id === 'manager-chen')?.acknowledgedAt).not.toBeNull();
    expect(view.roster.find((p) => p.id === LEADER)?.onSiteAt).not.toBeNull();
    expect(view.report).toMatchObject({ cause: '配电室主开关故障', places: [{ id: hospital.floors.upper }], devices: [{ id: hospital.assets.ventilator.id }] });
    // Declared, then 31 minutes of the stack's clock and the test's own seconds.
    expect(view.report!.durationMinutes).toBeGreaterThanOrEqual(31);
    expect(view.report!.durationMinutes).toBeLessThan(45);
    expect(view.timeline.map((e) => e.type)).toEqual(['declared', 'linked', 'linked', 'clock_missed', 'acknowledged', 'on_site', 'plan_recorded', 'closed']);

    // A report made now is an ordinary one again.
    // (The ward's first report is still open: this one says it is another fault.)
    const after = await report(doctor, hospital.rooms.ward.id, 'normal', { notADuplicate: true });
    expect(await outboxKinds(ticketPk(hospital.hospitalId, after.id))).toEqual(['new_report']);

    const month = new Date((await stackNow()).getTime() + 8 * 3600_000).toISOString().slice(0, 7);
    const list = await manager.get<{ open: unknown[]; closed: { id: string }[] }>('/v1/incidents', { query: { month } });
    expect(list.body.open).toEqual([]);
    expect(list.body.closed.map((i) => i.id)).toEqual([incident.id]);

    const res = await fetch(new URL(`/v1/reports/monthly?month=${month}`, stackEnv('API_URL')), { headers: { authorization: `Bearer ${manager.token}` } });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet('重大事件')!;
    expect(sheet.rowCount).toBe(2);
    const row = sheet.getRow(2);
    expect([1, 2, 3, 9, 10, 11].map((c) => row.getCell(c).value)).toEqual([view.number, 'I级', '二楼全层停电', '配电室主开关故障', '2层', '呼吸机']);
    expect(row.getCell(12).value).toBe(`${first.number}、${second.number}、${third.number}`);
  });
});
