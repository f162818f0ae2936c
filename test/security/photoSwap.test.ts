import type { ErrorBody } from '../../functions/src/contract/common';
import type { Ticket, TicketDetail } from '../../functions/src/contract/tickets';
import type { Upload } from '../../functions/src/contract/uploads';
import { api, type ApiClient } from '../support/api';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { jpeg, postToS3 } from '../support/photoUpload';

let hospital: TestHospital;
let nurse: ApiClient;
let desk: ApiClient;
let n = 0;

beforeAll(async () => {
  hospital = await createTestHospital();
  [nurse, desk] = await Promise.all([api.as(hospital.hospitalId, hospital.users.nurse), api.as(hospital.hospitalId, hospital.users.dispatcher)]);
});

const ascii = (text: string) => new TextEncoder().encode(text);
const grant = async (contentType = 'image/jpeg') => (await nurse.post<Upload>('/v1/uploads', { contentType })).body;
const report = (photoKeys: string[]) =>
  nurse.post<Ticket & ErrorBody>(
    '/v1/tickets',
    { qrCode: hospital.rooms.ward.qrCode, categoryCode: 'power', description: `插座冒烟 ${++n}`, urgency: 'normal', notADuplicate: true, photoKeys },
    { headers: { 'idempotency-key': `swap-${hospital.hospitalId}-${n}` } },
  );

/** The photo as the desk's browser fetches it from the ticket's URL. */
async function photoOf(ticketId: string): Promise<{ type: string | null; bytes: Uint8Array }> {
  const seen = await desk.get<TicketDetail>(`/v1/tickets/${ticketId}`);
  expect(seen.status).toBe(200);
  const res = await fetch(seen.body.ticket.photos[0]!.url);
  expect(res.status).toBe(200);
  return { type: res.headers.get('content-type'), bytes: new Uint8Array(await res.arrayBuffer()) };
}

describe('replacing a photo after it is attached', () => {
  // Written by hand: what the attacker posts again with the grant of the attached photo; S3 takes a
  // second POST within the grant's 5 minutes (it does so in the cloud too), the ticket must not change.
  const attempts: [what: string, bytes: Uint8Array, s3Status: number][] = [
    ['another JPEG', jpeg(2048, 7), 204],
    ['an HTML page', ascii('<!doctype html><script>alert(1)</script>'), 204],
  ];
  it.each(attempts)('posting %s again with the same grant leaves the ticket\'s photo as it was', async (_what, bytes, s3Status) => {
    const original = jpeg(4096);
    const upload = await grant();
    expect((await postToS3(upload, original)).status).toBe(204);
    const ticket = await report([upload.key]);
    expect(ticket.status).toBe(201);

    expect((await postToS3(upload, bytes)).status).toBe(s3Status);
    const photo = await photoOf(ticket.body.id);
    expect(photo.bytes).toEqual(original);
    expect(photo.type).toBe('image/jpeg');
  });
});

describe('a file posing as a photo', () => {
  // Written by hand: the file, the type it was declared (and granted) as, and the answer on attach.
  const files: [what: string, declared: string, bytes: Uint8Array, status: number, code: string | null][] = [
    ['an HTML page', 'image/jpeg', ascii('<!doctype html><html><script>document.cookie</script>'), 400, 'not_an_image'],
    ['an SVG with a script', 'image/png', ascii('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 400, 'not_an_image'],
    ['a PDF', 'image/webp', ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 400, 'not_an_image'],
    ['a PNG declared as a JPEG', 'image/jpeg', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 400, 'wrong_type'],
    ['a real JPEG', 'image/jpeg', jpeg(512), 201, null],
  ];
  it.each(files)('%s declared as %s is answered %s', async (_what, declared, bytes, status, code) => {
    const upload = await grant(declared);
    expect((await postToS3(upload, bytes)).status).toBe(204);
    const res = await report([upload.key]);
    expect(res.status).toBe(status);
    if (code) {
      expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'body.photoKeys.0', code, message: expect.any(String), messageZh: expect.stringMatching(/照片/) })]);
    }
  });
});
