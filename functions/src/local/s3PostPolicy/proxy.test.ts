import { S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { listenOnLoopback, readBody } from '../serverLifecycle';
import { startS3PostPolicyProxy, type S3PostPolicyProxy } from './proxy';

/** A stand-in for s3rver that records what reaches it. */
const received: { method: string; url: string; headers: IncomingHttpHeaders; body: Buffer }[] = [];
let upstream: { port: number; stop: () => Promise<void> };
let proxy: S3PostPolicyProxy;

beforeAll(async () => {
  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      received.push({ method: request.method!, url: request.url!, headers: request.headers, body });
      response.writeHead(request.method === 'POST' ? 204 : 200, { 'x-upstream': 'yes' }).end(request.method === 'POST' ? undefined : 'object bytes');
    });
  });
  upstream = await listenOnLoopback(server, 0);
  proxy = await startS3PostPolicyProxy({ upstream: `http://127.0.0.1:${upstream.port}`, port: 0, now: () => new Date(), secretOf: (id) => (id === 'S3RVER' ? 'S3RVER' : undefined), corsAllowedOrigins: ['http://localhost:10086'] });
});
afterAll(async () => {
  await proxy.stop();
  await upstream.stop();
});
beforeEach(() => (received.length = 0));

async function grant() {
  const client = new S3Client({ region: 'cn-north-1', endpoint: proxy.endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  const presigned = await createPresignedPost(client, { Bucket: 'photos', Key: 'a/photo.jpg', Fields: { 'Content-Type': 'image/jpeg' }, Conditions: [['content-length-range', 1, 100]], Expires: 300 });
  client.destroy();
  return presigned;
}

function post(url: string, fields: Record<string, string>, size: number, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(size).fill(7)], { type: fields['Content-Type'] }), 'photo.jpg');
  return fetch(url, { method: 'POST', body: form, headers });
}

describe('the POST-policy proxy in front of s3rver', () => {
  it('forwards an upload the policy allows, byte for byte, and passes the answer back', async () => {
    const { url, fields } = await grant();
    const res = await post(url, fields, 100);
    expect(res.status).toBe(204);
    expect(res.headers.get('x-upstream')).toBe('yes');
    expect(received).toHaveLength(1);
    expect(received[0]!.url).toBe('/photos');
    expect(received[0]!.body.toString('latin1')).toContain(`${'\x07'.repeat(100)}\r\n`);
  });

  it('answers a refused upload itself with S3\'s XML error and never forwards it', async () => {
    const { url, fields } = await grant();
    const res = await post(url, fields, 101, { origin: 'http://localhost:10086' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/xml');
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:10086');
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<Error><Code>EntityTooLarge<\/Code><Message>Your proposed upload exceeds the maximum allowed size<\/Message><ProposedSize>101<\/ProposedSize><MaxSizeAllowed>100<\/MaxSizeAllowed><RequestId>[0-9A-F]+<\/RequestId><HostId>[^<]+<\/HostId><\/Error>$/);
    const wrongType = await post(url, { ...fields, 'Content-Type': 'text/html' }, 10, { origin: 'https://evil.example' });
    expect(wrongType.headers.get('access-control-allow-origin')).toBeNull();
    expect(wrongType.status).toBe(403);
    expect(await wrongType.text()).toContain('<Code>AccessDenied</Code><Message>Invalid according to Policy: Policy Condition failed: [&quot;eq&quot;, &quot;$Content-Type&quot;, &quot;image/jpeg&quot;]</Message>');
    expect(received).toEqual([]);
  });

  it('refuses a multipart POST without a file part', async () => {
    const { url, fields } = await grant();
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    const res = await fetch(url, { method: 'POST', body: form });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('<Code>InvalidArgument</Code><Message>POST requires exactly one file upload per request.</Message>');
    expect(received).toEqual([]);
  });

  it('passes every other request straight through', async () => {
    const res = await fetch(`${proxy.endpoint}/photos/a/photo.jpg?X-Amz-Expires=60`, { headers: { range: 'bytes=0-3' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('object bytes');
    expect(received).toEqual([expect.objectContaining({ method: 'GET', url: '/photos/a/photo.jpg?X-Amz-Expires=60', headers: expect.objectContaining({ range: 'bytes=0-3' }) })]);
  });
});
