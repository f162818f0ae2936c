import { randomUUID } from 'node:crypto';
import type { Job, JobTemplate } from '../../functions/src/contract/jobs';
import type { NotificationList } from '../../functions/src/contract/notifications';
import type { Ticket, TicketDetail, TicketPage } from '../../functions/src/contract/tickets';
import type * as z from 'zod/mini';
import { api, type ApiClient } from '../support/api';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { eventually } from '../support/notifications';

/*
 * Multi-team jobs (一呼百应, issue 16 part JOBS): a three-team template completes only when all
 * three parts are done, its starter sees one entry and is told once.
 */

let hospital: TestHospital;
let admin: ApiClient;
let nurse: ApiClient;
let desk: ApiClient;
let zhao: ApiClient;
let template: JobTemplate;

const PARTS = [
  { categoryCode: 'cleaning', description: { zh: '术后清洁消毒', en: 'Cleaning' } },
  { categoryCode: 'medical_equipment', description: { zh: '设备检查复位', en: 'Equipment check' } },
  { categoryCode: 'hvac', description: { zh: '层流空调检查', en: 'Air handling check' } },
];

beforeAll(async () => {
  hospital = await createTestHospital();
  const as = (id: string) => api.as(hospital.hospitalId, id);
  [admin, nurse, desk, zhao] = await Promise.all([as(hospital.users.admin), as(hospital.users.nurse), as(hospital.users.dispatcher), as(hospital.users.electrician)]);
  const created = await admin.post<JobTemplate>('/v1/job-templates', { name: { zh: '重症室整理', en: 'ICU turnover' }, parts: PARTS, offeredAt: ['icu'] });
  expect(created.status).toBe(201);
  template = created.body;
});

const start = (client: ApiClient, body: Record<string, unknown>) => client.post<Job>('/v1/jobs', { templateId: template.id, ...body });

async function mine(): Promise<TicketPage['items']> {
  const res = await nurse.get<TicketPage>('/v1/tickets', { query: { scope: 'mine' } });
  expect(res.status).toBe(200);
  return res.body.items;
}

/** A part ticket driven by the desk and tech-zhao to completed. */
async function complete(ticketId: string): Promise<void> {
  const steps: [ApiClient, string, unknown?][] = [
    [desk, 'assign', { technicianId: hospital.users.electrician }],
    [zhao, 'accept'],
    [zhao, 'arrive', { qrCode: hospital.rooms.icu.qrCode }],
    [zhao, 'complete', { note: '已完成' }],
  ];
  for (const [who, verb, body] of steps) expect((await who.post<Ticket>(`/v1/tickets/${ticketId}/${verb}`, body)).status).toBe(200);
}

const jobDoneNotices = async (jobId: string) =>
  (await nurse.get<z.infer<typeof NotificationList>>('/v1/notifications')).body.items.filter((i) => i.kind === 'job_done' && i.ticketId === jobId);

/** The stream settles a job after its parts' changes; wait for it (no sleeps: polled until it is so). */
const jobWhen = (jobId: string, status: Job['status']) =>
  eventually(async () => {
    const res = await nurse.get<Job>(`/v1/jobs/${jobId}`);
    return res.body.status === status && res.body.doneAt !== null && res.body;
  }, `job ${jobId} ${status}`);

describe('a three-team job template', () => {
  let job: Job;

  it('started twice with the same key makes one job and three tickets, one per part', async () => {
    const key = `job-${randomUUID()}`;
    const first = await start(nurse, { qrCode: hospital.rooms.icu.qrCode, note: '第 2 台', idempotencyKey: key });
    expect(first.status).toBe(201);
    const again = await start(nurse, { qrCode: hospital.rooms.icu.qrCode, note: '第 2 台', idempotencyKey: key });
    expect(again.status).toBe(201);
    job = first.body;
    expect(again.body.id).toBe(job.id);
    expect(job.location.id).toBe(hospital.rooms.icu.id);
    expect(job.parts.map((p) => p.categoryCode)).toEqual(['cleaning', 'medical_equipment', 'hvac']);
    expect(job.parts.map((p) => p.status)).toEqual(['submitted', 'submitted', 'submitted']);
    expect(again.body.parts.map((p) => p.ticketId)).toEqual(job.parts.map((p) => p.ticketId));
    expect(new Set(job.parts.map((p) => p.ticketId)).size).toBe(3);

    const part = (await desk.get<TicketDetail>(`/v1/tickets/${job.parts[0]!.ticketId}`)).body.ticket;
    expect(part.jobId).toBe(job.id);
    expect(part.description).toBe('术后清洁消毒（备注：第 2 台）');
    expect(part.categoryCode).toBe('cleaning');
  });

  it("shows in the starter's list as ONE entry with its parts' progress", async () => {
    const entries = await mine();
    const partIds = new Set(job.parts.map((p) => p.ticketId));
    expect(entries.filter((e) => partIds.has(e.id))).toEqual([]);
    const line = entries.filter((e) => e.id === job.id);
    expect(line).toHaveLength(1);
    expect(line[0]!.job).toEqual({
      id: job.id,
      name: { zh: '重症室整理', en: 'ICU turnover' },
      status: 'open',
      partsDone: 0,
      partsTotal: 3,
      parts: [
        { categoryCode: 'cleaning', status: 'submitted' },
        { categoryCode: 'medical_equipment', status: 'submitted' },
        { categoryCode: 'hvac', status: 'submitted' },
      ],
    });
  });

  it('is not done after two parts complete, and is done after the third, telling its starter once', async () => {
    await complete(job.parts[0]!.ticketId!);
    await complete(job.parts[1]!.ticketId!);
    const halfway = await nurse.get<Job>(`/v1/jobs/${job.id}`);
    expect(halfway.body.status).toBe('open');
    expect(halfway.body.parts.map((p) => p.status)).toEqual(['completed', 'completed', 'submitted']);
    expect(halfway.body.parts[0]!.assignee).toEqual({ id: hospital.users.electrician, name: '赵师傅' });
    expect(await jobDoneNotices(job.id)).toEqual([]);

    await complete(job.parts[2]!.ticketId!);
    const done = await jobWhen(job.id, 'done');
    expect(done.parts.map((p) => p.status)).toEqual(['completed', 'completed', 'completed']);
    const notices = await eventually(async () => {
      const found = await jobDoneNotices(job.id);
      return found.length > 0 && found;
    }, 'job_done');
    // Confirming a part afterwards is another finished state: no second notice.
    expect((await nurse.post(`/v1/tickets/${job.parts[0]!.ticketId}/confirm`, { satisfied: true })).status).toBe(200);
    // The confirmation's version has passed the stream once its aggregate is applied; the notices are read after it.
    await eventually(async () => (await desk.get<TicketDetail>(`/v1/tickets/${job.parts[0]!.ticketId}`)).body.ticket.status === 'confirmed', 'confirmed');
    expect(notices).toHaveLength(1);
    expect(await jobDoneNotices(job.id)).toHaveLength(1);
    expect((await mine()).find((e) => e.id === job.id)?.job?.status).toBe('done');
  });

  it('is done when the parts left are done and one was cancelled', async () => {
    const started = await start(nurse, { qrCode: hospital.rooms.icu.qrCode, idempotencyKey: `job-${randomUUID()}` });
    expect(started.status).toBe(201);
    const [cleaning, equipment, air] = started.body.parts.map((p) => p.ticketId!);
    expect((await desk.post(`/v1/tickets/${air}/cancel`, { reason: '本台无需' })).status).toBe(200);
    await complete(cleaning!);
    await complete(equipment!);
    const done = await jobWhen(started.body.id, 'done');
    expect(done.parts.map((p) => p.status)).toEqual(['completed', 'completed', 'cancelled']);
  });

  it('is started by the desk at a place it picks, and by nobody else without a label; not at a place it is not offered', async () => {
    const byDesk = await start(desk, { locationId: hospital.rooms.icu.id, idempotencyKey: `job-${randomUUID()}` });
    expect(byDesk.status).toBe(201);
    expect(byDesk.body.starter.id).toBe(hospital.users.dispatcher);
    expect((await start(nurse, { locationId: hospital.rooms.icu.id, idempotencyKey: `job-${randomUUID()}` })).status).toBe(403);
    expect((await start(nurse, { qrCode: hospital.rooms.ward.qrCode, idempotencyKey: `job-${randomUUID()}` })).status).toBe(403);
    // The nurse's own job is not the desk's to hide, but another reporter's job is not hers to read.
    expect((await nurse.get(`/v1/jobs/${byDesk.body.id}`)).status).toBe(404);
  });

  it('is offered at a label of its room use only, and edited with a version check', async () => {
    const atIcu = await nurse.get<{ items: JobTemplate[] }>('/v1/job-templates', { query: { qrCode: hospital.rooms.icu.qrCode } });
    expect(atIcu.body.items.map((t) => t.id)).toEqual([template.id]);
    const atWard = await nurse.get<{ items: JobTemplate[] }>('/v1/job-templates', { query: { qrCode: hospital.rooms.ward.qrCode } });
    expect(atWard.body.items).toEqual([]);
    const edit = { name: template.name, parts: PARTS.slice(0, 2), offeredAt: ['icu', 'ward'] };
    expect((await admin.put(`/v1/job-templates/${template.id}`, { ...edit, version: template.version })).status).toBe(200);
    expect((await admin.put(`/v1/job-templates/${template.id}`, { ...edit, version: template.version })).status).toBe(409);
    expect((await nurse.put(`/v1/job-templates/${template.id}`, { ...edit, version: template.version + 1 })).status).toBe(403);
  });
});
