import { randomUUID } from 'node:crypto';
import type { NotificationPage } from '../../functions/src/contract/notifications';
import type { Ticket } from '../../functions/src/contract/tickets';
import { createDocumentClient } from '../../functions/src/adapters/dynamo/client';
import { DynamoNotificationRepository } from '../../functions/src/adapters/dynamo/notificationRepository';
import { PageCursors } from '../../functions/src/adapters/dynamo/pageCursor';
import { readInbox } from '../../functions/src/domain/notify/readInbox';
import { api, type ApiClient } from '../support/api';
import { stackEnv } from '../support/env';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { eventually } from '../support/notifications';

let hospital: TestHospital;
let nurse: ApiClient;
let doctor: ApiClient;
let desk: ApiClient;
let n = 0;

beforeAll(async () => {
  hospital = await createTestHospital();
  [nurse, doctor, desk] = await Promise.all([
    api.as(hospital.hospitalId, hospital.users.nurse),
    api.as(hospital.hospitalId, hospital.users.doctor),
    api.as(hospital.hospitalId, hospital.users.dispatcher),
  ]);
});

async function report(by: ApiClient, qrCode: string, categoryCode: string, urgency: 'normal' | 'urgent' | 'emergency'): Promise<Ticket> {
  const res = await by.post<Ticket>(
    '/v1/tickets',
    { qrCode, categoryCode, description: `实时收件箱 ${++n}`, urgency, notADuplicate: true },
    { headers: { 'idempotency-key': `live-${randomUUID()}` } },
  );
  expect(res.status).toBe(201);
  return res.body;
}

const inbox = async (client: ApiClient, since?: number): Promise<NotificationPage> => {
  const res = await client.get<NotificationPage>(since === undefined ? '/v1/notifications' : `/v1/notifications?since=${since}`);
  expect(res.status).toBe(200);
  return res.body;
};

describe('the desk is told of each report it must dispatch', () => {
  it('gets one "new report" notification for a normal report in a manual-dispatch category', async () => {
    const ticket = await report(nurse, hospital.rooms.nurseStation.qrCode, 'power', 'normal');
    const items = await eventually(async () => {
      const found = (await inbox(desk)).items.filter((i) => i.ticketId === ticket.id);
      return found.length ? found : undefined;
    }, "the desk's new-report notification");
    expect(items.map((i) => i.kind)).toEqual(['new_report']);
    expect(items[0]).toMatchObject({ title: '新报修待派单', ticketNumber: ticket.number, read: false });
  });

  it('gets an emergency as the emergency alert alone, not a second "new report"', async () => {
    const ticket = await report(doctor, hospital.rooms.ward.qrCode, 'water', 'emergency');
    const kinds = await eventually(async () => {
      const found = (await inbox(desk)).items.filter((i) => i.ticketId === ticket.id).map((i) => i.kind);
      return found.length ? found : undefined;
    }, "the desk's emergency alert");
    // A doctor may raise an emergency: the chain fires at once (a guest's would wait as emergency_unconfirmed).
    expect(kinds).toEqual(['emergency_reported']);
  });
});

describe('the live poll (GET /v1/notifications?since=)', () => {
  it('answers nothing while nothing arrived, and the new notification once one has', async () => {
    const first = await inbox(desk);
    expect(first.changed).toBe(true);
    const quiet = await inbox(desk, first.arrived);
    expect(quiet).toEqual({ items: [], unreadCount: first.unreadCount, nextCursor: null, arrived: first.arrived, changed: false });

    const ticket = await report(nurse, hospital.rooms.nurseStation.qrCode, 'hvac', 'urgent');
    const news = await eventually(async () => {
      const answer = await inbox(desk, first.arrived);
      return answer.changed ? answer : undefined;
    }, 'the poll seeing the new report');
    expect(news.arrived).toBeGreaterThan(first.arrived);
    expect(news.unreadCount).toBe(first.unreadCount + (news.arrived - first.arrived));
    expect(news.items.some((i) => i.ticketId === ticket.id && i.kind === 'new_report')).toBe(true);
    // Polling again with the new cursor: quiet again.
    expect((await inbox(desk, news.arrived)).changed).toBe(false);
  });

  it('costs one GetItem of the counter when nothing arrived, and that plus one Query when something did', async () => {
    const calls: string[] = [];
    let bytes = 0;
    const doc = createDocumentClient({ endpoint: stackEnv('DYNAMODB_ENDPOINT'), region: 'cn-north-1' });
    doc.middlewareStack.add(
      (next, context) => async (args) => {
        calls.push(context.commandName ?? '?');
        const out = await next(args);
        bytes += JSON.stringify(out.output).length;
        return out;
      },
      { step: 'initialize', name: 'countCalls' },
    );
    const repo = new DynamoNotificationRepository(doc, stackEnv('TABLE_NAME'), PageCursors.ofThisProcess());
    const userId = hospital.users.dispatcher;
    try {
      const start = await readInbox(repo, hospital.hospitalId, userId, { limit: 20 });
      calls.length = 0;
      bytes = 0;
      const quiet = await readInbox(repo, hospital.hospitalId, userId, { limit: 20, since: start.state.arrived });
      expect(quiet.changed).toBe(false);
      expect(calls).toEqual(['GetItemCommand']);
      // The whole answer of a quiet poll is the counter item: well under one 4 KB read unit.
      expect(bytes).toBeLessThan(1024);

      calls.length = 0;
      const behind = await readInbox(repo, hospital.hospitalId, userId, { limit: 20, since: start.state.arrived - 1 });
      expect(behind.changed).toBe(true);
      expect(calls).toEqual(['GetItemCommand', 'QueryCommand']);
    } finally {
      doc.destroy();
    }
  });
});
