import type { ErrorBody } from '../../functions/src/contract/common';
import type { Ticket, TicketDetail } from '../../functions/src/contract/tickets';
import type { Upload } from '../../functions/src/contract/uploads';
import { api, type ApiClient } from '../support/api';
import { setCategory } from '../support/catalogEdits';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { jpeg, postToS3 } from '../support/photoUpload';

/**
 * A confirmation's signature (签字确认) goes the photos' way: only the confirmer's own upload,
 * only a PNG whose bytes are a PNG, copied under the hospital; where the category requires it,
 * no confirmation without one. The expected answers are written by hand.
 */
let hospital: TestHospital;
let nurse: ApiClient;
let doctor: ApiClient;
let desk: ApiClient;
let tech: ApiClient;
let n = 0;

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const ascii = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
  hospital = await createTestHospital();
  const as = (id: string) => api.as(hospital.hospitalId, id);
  [nurse, doctor, desk, tech] = await Promise.all([as(hospital.users.nurse), as(hospital.users.doctor), as(hospital.users.dispatcher), as(hospital.users.electrician)]);
  await setCategory(hospital, 'power', { signatureRequired: true });
});

/** A power fault of the nurse's, completed by the electrician: waiting for her confirmation. */
async function completedTicket(): Promise<string> {
  const created = await nurse.post<Ticket>(
    '/v1/tickets',
    { qrCode: hospital.rooms.ward.qrCode, categoryCode: 'power', description: `插座松动 ${++n}`, urgency: 'normal', notADuplicate: true },
    { headers: { 'idempotency-key': `sign-${hospital.hospitalId}-${n}` } },
  );
  expect(created.status).toBe(201);
  const id = created.body.id;
  expect((await desk.post(`/v1/tickets/${id}/assign`, { technicianId: hospital.users.electrician })).status).toBe(200);
  expect((await tech.post(`/v1/tickets/${id}/accept`, {})).status).toBe(200);
  expect((await tech.post(`/v1/tickets/${id}/arrive`, { qrCode: hospital.rooms.ward.qrCode })).status).toBe(200);
  expect((await tech.post(`/v1/tickets/${id}/complete`, { note: '已紧固', parts: [] })).status).toBe(200);
  return id;
}

async function uploaded(client: ApiClient, bytes: Uint8Array, contentType = 'image/png'): Promise<string> {
  const grant = await client.post<Upload>('/v1/uploads', { contentType, purpose: contentType === 'image/png' ? 'signature' : 'report' });
  expect(grant.status).toBe(201);
  expect((await postToS3(grant.body, bytes)).status).toBe(204);
  return grant.body.key;
}

describe('confirming a repair whose category requires a signature', () => {
  it('refuses a confirmation without a signature (400 signature_required), and takes one with it', async () => {
    const id = await completedTicket();
    const unsigned = await nurse.post<ErrorBody>(`/v1/tickets/${id}/confirm`, { satisfied: true });
    expect(unsigned.status).toBe(400);
    expect(unsigned.body.error.messageZh).toBe('该类别须由报修科室签字确认，请在屏幕上签字后再确认');
    expect(unsigned.body.error.details).toEqual([expect.objectContaining({ field: 'body.signatureKey', code: 'signature_required' })]);

    const signed = await nurse.post<Ticket>(`/v1/tickets/${id}/confirm`, { satisfied: true, signatureKey: await uploaded(nurse, PNG), signerName: '何护士' });
    expect(signed.status).toBe(200);
    expect(signed.body.status).toBe('confirmed');
    expect(signed.body.signature).toMatchObject({ key: expect.stringMatching(new RegExp(`^h/${hospital.hospitalId}/p/[0-9A-Z]{26}\\.png$`)), signerName: '何护士' });
    const image = await fetch(signed.body.signature!.url!);
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(PNG);
  });

  it('lets the reporter say it is not fixed without signing', async () => {
    const id = await completedTicket();
    const back = await nurse.post<Ticket>(`/v1/tickets/${id}/confirm`, { satisfied: false, note: '还是松' });
    expect(back.status).toBe(200);
    expect(back.body.status).toBe('assigned');
  });

  // Written by hand: whose upload, what it is, and the answer.
  const signatures: [what: string, uploader: 'nurse' | 'doctor', declared: string, bytes: Uint8Array, status: number, code: string][] = [
    ['another user’s PNG', 'doctor', 'image/png', PNG, 400, 'not_your_upload'],
    ['a JPEG photo', 'nurse', 'image/jpeg', jpeg(512), 400, 'not_png'],
    ['an SVG declared as a PNG', 'nurse', 'image/png', ascii('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 400, 'not_an_image'],
  ];
  it.each(signatures)('refuses %s as the signature', async (_what, uploader, declared, bytes, status, code) => {
    const id = await completedTicket();
    const key = await uploaded(uploader === 'nurse' ? nurse : doctor, bytes, declared);
    const res = await nurse.post<ErrorBody>(`/v1/tickets/${id}/confirm`, { satisfied: true, signatureKey: key });
    expect(res.status).toBe(status);
    expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'body.signatureKey', code })]);
    const seen = await nurse.get<TicketDetail>(`/v1/tickets/${id}`);
    expect(seen.body.ticket.status).toBe('completed');
    expect(seen.body.ticket.signature).toBeNull();
  });

  it('grants a signature upload only as a PNG', async () => {
    const res = await nurse.post<ErrorBody>('/v1/uploads', { contentType: 'image/jpeg', purpose: 'signature' });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'body.contentType', code: 'signature_not_png' })]);
  });

  it('shows the signer’s name only to readers of personal data: not to the admin', async () => {
    const id = await completedTicket();
    expect((await nurse.post(`/v1/tickets/${id}/confirm`, { satisfied: true, signatureKey: await uploaded(nurse, PNG) })).status).toBe(200);
    const admin = await api.as(hospital.hospitalId, hospital.users.admin);
    const seen = await admin.get<TicketDetail>(`/v1/tickets/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.ticket.signature).toMatchObject({ signerName: null, url: expect.any(String) });
    const byDesk = await desk.get<TicketDetail>(`/v1/tickets/${id}`);
    expect(byDesk.body.ticket.signature?.signerName).toBe('李护士');
  });
});
