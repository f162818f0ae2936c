import type { Ticket } from '../../functions/src/contract/tickets';
import type { Session } from '../../functions/src/contract/users';
import { api, ApiClient } from '../support/api';
import { setCategory } from '../support/catalogEdits';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { eventually } from '../support/notifications';

/** The local WeChat fake flags text carrying these markers (functions/src/local/wechatFake/contentCheck.ts). */
const RISKY = '【违规测试】';
const REVIEW = '【待审测试】';

let hospital: TestHospital;
let wechatReporter: ApiClient;
let desk: ApiClient;
let n = 0;

beforeAll(async () => {
  hospital = await createTestHospital();
  // Auto-dispatch is on for IT faults, so a held report visibly stays with the desk.
  await setCategory(hospital, 'it', { dispatchMode: 'auto' });
  // A WeChat user (with an openid, as the content check requires).
  const signed = await api.post<Session>('/v1/auth/login', { code: `wxcode-cc${Date.now()}.1`, scene: `${hospital.rooms.nurseStation.qrCode}@${hospital.hospitalId}` });
  expect(signed.status).toBe(200);
  wechatReporter = new ApiClient(signed.body.token, signed.body);
  // A WeChat account not linked to staff is a guest: it reports where it scanned (the lookup remembers the scan).
  expect((await wechatReporter.get(`/v1/qr/${hospital.rooms.lobby.qrCode}`)).status).toBe(200);
  desk = await api.as(hospital.hospitalId, hospital.users.dispatcher);
});

const report = (description: string) =>
  wechatReporter.post<Ticket>(
    '/v1/tickets',
    { qrCode: hospital.rooms.lobby.qrCode, categoryCode: 'it', description, urgency: 'normal', notADuplicate: true },
    { headers: { 'idempotency-key': `cc-${Date.now()}-${++n}` } },
  );

describe('WeChat content check of the report text', () => {
  it('lets clean text through to auto-dispatch as usual', async () => {
    const res = await report('打印机卡纸');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ contentReview: null, status: 'assigned' });
  });

  it('holds flagged text for the desk instead of rejecting it: created, not dispatched, the desk told', async () => {
    const res = await report(`网络不通 ${RISKY}`);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'submitted', assignee: null, contentReview: { suggest: 'risky', label: 20001 } });
    const review = await report(`电脑无法开机 ${REVIEW}`);
    expect(review.body.contentReview).toMatchObject({ suggest: 'review' });
    const told = await eventually(async () => {
      const inbox = await desk.get<{ items: { kind: string; ticketId: string }[] }>('/v1/notifications');
      return inbox.body.items.find((i) => i.kind === 'content_flagged' && i.ticketId === res.body.id);
    }, 'the desk’s notification of the held report');
    expect(told).toBeDefined();
    // The desk decides: here it assigns, as with any report.
    const assigned = await desk.post<Ticket>(`/v1/tickets/${res.body.id}/assign`, { technicianId: 'tech-zhao' });
    expect(assigned.body.status).toBe('assigned');
  });

  it('never blocks a report when WeChat cannot answer', async () => {
    const faults = await fetch(new URL('/__faults', process.env.WECHAT_URL), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: '/wxa/msg_sec_check', errcode: -1, times: 1 }),
    });
    expect(faults.status).toBe(204);
    const res = await report(`系统登录不了 ${RISKY}`);
    expect(res.status).toBe(201);
    expect(res.body.contentReview).toBeNull();
  });
});
