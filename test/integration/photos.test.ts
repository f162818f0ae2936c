import type { ErrorBody } from '../../functions/src/contract/common';
import type { Ticket, TicketDetail, TicketPage } from '../../functions/src/contract/tickets';
import type { Upload } from '../../functions/src/contract/uploads';
import { api, type ApiClient } from '../support/api';
import { stackEnv } from '../support/env';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { advanceClock, stackNow } from '../support/localControls';
import { jpeg, postToS3 } from '../support/photoUpload';

let hospital: TestHospital;
let nurse: ApiClient;
let doctor: ApiClient;
let desk: ApiClient;
let zhao: ApiClient;
let sun: ApiClient;
let n = 0;

const MB = 1024 * 1024;

beforeAll(async () => {
  hospital = await createTestHospital();
  const as = (id: string) => api.as(hospital.hospitalId, id);
  [nurse, doctor, desk, zhao, sun] = await Promise.all([
    as(hospital.users.nurse),
    as(hospital.users.doctor),
    as(hospital.users.dispatcher),
    as(hospital.users.electrician),
    as(hospital.users.plumber),
  ]);
});

const grant = async (client: ApiClient, contentType = 'image/jpeg') => {
  const res = await client.post<Upload>('/v1/uploads', { contentType });
  expect(res.status).toBe(201);
  return res.body;
};

async function uploaded(client: ApiClient, bytes = jpeg()): Promise<string> {
  const upload = await grant(client);
  expect((await postToS3(upload, bytes)).status).toBe(204);
  return upload.key;
}

const report = (client: ApiClient, photoKeys: string[], description = `插座冒烟 ${++n}`) =>
  client.post<Ticket & ErrorBody>(
    '/v1/tickets',
    { qrCode: hospital.rooms.nurseStation.qrCode, categoryCode: 'power', description, urgency: 'normal', notADuplicate: true, photoKeys },
    { headers: { 'idempotency-key': `photos-${Date.now()}-${++n}` } },
  );

const command = (client: ApiClient, id: string, verb: string, body?: unknown) => client.post<Ticket & ErrorBody>(`/v1/tickets/${id}/${verb}`, body);

const policyOf = (upload: Upload) =>
  JSON.parse(Buffer.from(upload.fields.Policy!, 'base64').toString('utf8')) as { expiration: string; conditions: unknown[] };

describe('uploading a photo', () => {
  it('grants a POST for one key under the caller, this type only, 1 byte to 10 MB, for 5 minutes', async () => {
    // The handlers' clock: other test files move it forward.
    const before = (await stackNow()).getTime();
    const upload = await grant(nurse, 'image/png');
    expect(upload.key).toMatch(new RegExp(`^h/${hospital.hospitalId}/u/${hospital.users.nurse}/[0-9A-Z]{26}\\.png$`));
    expect(upload.url).toBe(`${stackEnv('S3_URL')}/${stackEnv('PHOTO_BUCKET')}`);
    expect(upload.maxBytes).toBe(10 * MB);
    expect(Object.keys(upload.fields)).toEqual(expect.arrayContaining(['key', 'Policy', 'X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Date', 'X-Amz-Signature']));
    expect(upload.fields).toMatchObject({ key: upload.key, 'Content-Type': 'image/png', 'x-amz-meta-purpose': 'report' });
    const policy = policyOf(upload);
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        { key: upload.key },
        { 'Content-Type': 'image/png' },
        ['eq', '$Content-Type', 'image/png'],
        ['content-length-range', 1, 10 * MB],
      ]),
    );
    const expiresInMs = new Date(policy.expiration).getTime() - before;
    expect(expiresInMs).toBeGreaterThan(4.5 * 60_000);
    expect(expiresInMs).toBeLessThanOrEqual(5 * 60_000 + 2_000);
    expect(Math.abs(new Date(upload.expiresAt).getTime() - new Date(policy.expiration).getTime())).toBeLessThan(2_000);
  });

  it('refuses a type that is not a photo', async () => {
    const res = await nurse.post<ErrorBody>('/v1/uploads', { contentType: 'text/html' });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]?.field).toBe('body.contentType');
  });
});

describe('a ticket with photos', () => {
  it('carries the uploaded photo, and the desk reads the same bytes through a short-lived URL', async () => {
    const bytes = jpeg(4096);
    const key = await uploaded(nurse, bytes);
    const created = await report(nurse, [key]);
    expect(created.status).toBe(201);
    // The ticket keeps its own copy, under the hospital, not the upload (issue 10: photo swap).
    const kept = created.body.photoKeys[0]!;
    expect(created.body.photoKeys).toEqual([expect.stringMatching(new RegExp(`^h/${hospital.hospitalId}/p/[0-9A-Z]{26}\\.jpg$`))]);
    expect(kept).not.toBe(key);
    expect(created.body.photos).toEqual([{ key: kept, url: expect.any(String) }]);

    const seen = await desk.get<TicketDetail>(`/v1/tickets/${created.body.id}`);
    expect(seen.status).toBe(200);
    const url = new URL(seen.body.ticket.photos[0]!.url);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('600');
    const photo = await fetch(url);
    expect(photo.status).toBe(200);
    expect(new Uint8Array(await photo.arrayBuffer())).toEqual(bytes);
  });

  it('gives no photo URLs to a user who may not see the ticket', async () => {
    const created = await report(nurse, [await uploaded(nurse)]);
    const other = await sun.get<ErrorBody>(`/v1/tickets/${created.body.id}`);
    expect(other.status).toBe(404);
    expect(JSON.stringify(other.body)).not.toContain('X-Amz');
  });

  it("refuses another user's photo and a photo never uploaded, naming the field, and writes nothing", async () => {
    const doctorsKey = await uploaded(doctor);
    const neverUploaded = (await grant(nurse)).key;
    const description = `不该创建 ${Date.now()}`;
    for (const keys of [[doctorsKey], [neverUploaded], ['h/other-hospital/u/nurse-li/01J0000000000000000000000A.jpg']]) {
      const res = await report(nurse, keys, description);
      expect(res.status).toBe(400);
      expect(res.body.error.details.map((d) => d.field)).toEqual(['body.photoKeys.0']);
    }
    const mine = await nurse.get<TicketPage>('/v1/tickets', { query: { scope: 'mine', limit: 50 } });
    expect(mine.body.items.filter((t) => t.description === description)).toEqual([]);
  });

  it('lets the technician complete with their own photos, shown to the reporter, and refuses the reporter’s', async () => {
    const nursesKey = await uploaded(nurse);
    const created = await report(nurse, [nursesKey]);
    const id = created.body.id;
    expect((await command(desk, id, 'assign', { technicianId: hospital.users.electrician })).status).toBe(200);
    expect((await command(zhao, id, 'accept')).status).toBe(200);
    expect((await command(zhao, id, 'arrive', { qrCode: hospital.rooms.nurseStation.qrCode })).status).toBe(200);

    const refused = await command(zhao, id, 'complete', { note: '更换插座', photoKeys: [nursesKey] });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.map((d) => [d.field, d.code])).toEqual([['body.photoKeys.0', 'not_your_upload']]);

    const upload = (await zhao.post<Upload>('/v1/uploads', { contentType: 'image/jpeg', purpose: 'completion' })).body;
    expect(upload.fields['x-amz-meta-purpose']).toBe('completion');
    expect((await postToS3(upload, jpeg())).status).toBe(204);
    const done = await command(zhao, id, 'complete', { note: '更换插座', photoKeys: [upload.key] });
    expect(done.status).toBe(200);
    const seen = await nurse.get<TicketDetail>(`/v1/tickets/${id}`);
    const keptCompletionPhoto = done.body.completion!.photoKeys[0]!;
    expect(keptCompletionPhoto).toMatch(new RegExp(`^h/${hospital.hospitalId}/p/`));
    expect(seen.body.ticket.completion?.photos).toEqual([{ key: keptCompletionPhoto, url: expect.any(String) }]);
    expect(seen.body.ticket.photos.map((p) => p.key)).toEqual(created.body.photoKeys);
  });
});

/** S3's error document: status, Code and Message as S3 answers a refused POST. */
async function s3Error(res: Response): Promise<{ status: number; code: string | undefined; message: string | undefined; xml: string }> {
  const xml = await res.text();
  const element = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1]?.replace(/&quot;/g, '"');
  return { status: res.status, code: element('Code'), message: element('Message'), xml };
}

/**
 * S3 itself refuses what the policy forbids (locally: s3rver behind a proxy that enforces POST
 * policies as S3 does, functions/src/local/s3PostPolicy). Nothing is stored, so a ticket then
 * refuses the key as never uploaded.
 */
describe('uploads the policy forbids are refused by S3', () => {
  const refusedByTicket = async (key: string) => {
    const res = await report(nurse, [key]);
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d) => [d.field, d.code])).toEqual([['body.photoKeys.0', 'not_uploaded']]);
  };

  it('an upload over 10 MB: 400 EntityTooLarge', async () => {
    const upload = await grant(nurse);
    const refused = await s3Error(await postToS3(upload, jpeg(10 * MB + 1)));
    expect(refused).toMatchObject({ status: 400, code: 'EntityTooLarge', message: 'Your proposed upload exceeds the maximum allowed size' });
    expect(refused.xml).toContain(`<ProposedSize>${10 * MB + 1}</ProposedSize><MaxSizeAllowed>${10 * MB}</MaxSizeAllowed>`);
    await refusedByTicket(upload.key);
    // Exactly 10 MB is still a photo.
    expect((await postToS3(upload, jpeg(10 * MB))).status).toBe(204);
  });

  it('an empty file: 400 EntityTooSmall', async () => {
    const upload = await grant(nurse);
    expect(await s3Error(await postToS3(upload, new Uint8Array(0)))).toMatchObject({ status: 400, code: 'EntityTooSmall' });
  });

  it('a file sent as another type than granted: 403 AccessDenied, the Content-Type condition failed', async () => {
    const upload = await grant(nurse, 'image/jpeg');
    expect(await s3Error(await postToS3(upload, jpeg(), 'image/png'))).toMatchObject({
      status: 403,
      code: 'AccessDenied',
      message: 'Invalid according to Policy: Policy Condition failed: ["eq", "$Content-Type", "image/jpeg"]',
    });
    await refusedByTicket(upload.key);
  });

  it('another key than granted (another user\'s prefix): 403 AccessDenied', async () => {
    const upload = await grant(nurse);
    const doctorsKey = upload.key.replace(`/u/${hospital.users.nurse}/`, `/u/${hospital.users.doctor}/`);
    const refused = await s3Error(await postToS3({ ...upload, fields: { ...upload.fields, key: doctorsKey } }, jpeg()));
    expect(refused).toMatchObject({ status: 403, code: 'AccessDenied', message: `Invalid according to Policy: Policy Condition failed: ["eq", "$key", "${upload.key}"]` });
  });

  it('a policy widened by the client: 403 SignatureDoesNotMatch', async () => {
    const upload = await grant(nurse);
    const widened = Buffer.from(Buffer.from(upload.fields.Policy!, 'base64').toString('utf8').replace(`${10 * MB}]`, `${100 * MB}]`)).toString('base64');
    expect(widened).not.toBe(upload.fields.Policy);
    const refused = await s3Error(await postToS3({ ...upload, fields: { ...upload.fields, Policy: widened } }, jpeg(10 * MB + 1)));
    expect(refused).toMatchObject({ status: 403, code: 'SignatureDoesNotMatch' });
  });

  it('a grant used after its 5 minutes: 403 AccessDenied "Policy expired."; a new grant works', async () => {
    const upload = await grant(nurse);
    // Time passes for the handlers and for S3 alike (forward only; harmless to other test files).
    await advanceClock(6);
    expect(await s3Error(await postToS3(upload, jpeg()))).toMatchObject({ status: 403, code: 'AccessDenied', message: 'Invalid according to Policy: Policy expired.' });
    await refusedByTicket(upload.key);
    expect((await postToS3(await grant(nurse), jpeg())).status).toBe(204);
  });
});
