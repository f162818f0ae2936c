import { S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { checkPostUpload } from './checkPostUpload';
import { evaluatePolicy, type PostForm } from './evaluatePolicy';
import { parsePolicy } from './policyDocument';
import { policySignature, signingKey } from './postSignature';

const MB = 1024 * 1024;
const bucket = 'photos';
const secrets: Record<string, string> = { S3RVER: 'S3RVER' };
const secretOf = (id: string) => secrets[id];
const signedAt = new Date('2026-03-01T08:00:00Z');
const now = new Date(signedAt.getTime() + 60_000);

/** A grant exactly as the product makes one (s3PhotoStore.ts), signed by the real SDK. */
async function grant(options: { conditions?: Parameters<typeof createPresignedPost>[1]['Conditions']; fields?: Record<string, string> } = {}) {
  const client = new S3Client({ region: 'cn-north-1', endpoint: 'http://127.0.0.1:1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  client.config.systemClockOffset = signedAt.getTime() - Date.now();
  const { fields } = await createPresignedPost(client, {
    Bucket: bucket,
    Key: 'h/h1/u/u1/photo.jpg',
    Fields: { 'Content-Type': 'image/jpeg', 'x-amz-meta-purpose': 'report', ...options.fields },
    Conditions: options.conditions ?? [
      ['eq', '$Content-Type', 'image/jpeg'],
      ['content-length-range', 1, 10 * MB],
    ],
    Expires: 300,
  });
  client.destroy();
  return fields;
}

const form = (fields: Record<string, string>, fileSize = 1000, overrides: Partial<PostForm> = {}): PostForm => ({ bucket, fields: Object.entries(fields), fileSize, ...overrides });
const check = (f: PostForm, at = now) => checkPostUpload(f, { now: at, secretOf });

describe('S3 POST policy enforcement', () => {
  it('accepts the upload the grant was made for, up to the last second and at both ends of the size range', async () => {
    const fields = await grant();
    expect(check(form(fields))).toBeNull();
    expect(check(form(fields, 1))).toBeNull();
    expect(check(form(fields, 10 * MB))).toBeNull();
    expect(check(form(fields), new Date(signedAt.getTime() + 300_000))).toBeNull();
  });

  it('refuses a file over the range with 400 EntityTooLarge, and an empty one with EntityTooSmall', async () => {
    const fields = await grant();
    expect(check(form(fields, 10 * MB + 1))).toEqual({ status: 400, code: 'EntityTooLarge', message: 'Your proposed upload exceeds the maximum allowed size', details: { ProposedSize: 10 * MB + 1, MaxSizeAllowed: 10 * MB } });
    expect(check(form(fields, 0))).toMatchObject({ status: 400, code: 'EntityTooSmall', details: { ProposedSize: 0, MinSizeAllowed: 1 } });
  });

  it('refuses an expired policy with 403 "Policy expired."', async () => {
    const fields = await grant();
    expect(check(form(fields), new Date(signedAt.getTime() + 301_000))).toEqual({ status: 403, code: 'AccessDenied', message: 'Invalid according to Policy: Policy expired.' });
  });

  it('refuses a field that fails its condition, naming the condition', async () => {
    const fields = await grant();
    expect(check(form({ ...fields, 'Content-Type': 'image/png' }))).toEqual({ status: 403, code: 'AccessDenied', message: 'Invalid according to Policy: Policy Condition failed: ["eq", "$Content-Type", "image/jpeg"]' });
    expect(check(form({ ...fields, key: 'h/h1/u/u2/photo.jpg' }))?.message).toBe('Invalid according to Policy: Policy Condition failed: ["eq", "$key", "h/h1/u/u1/photo.jpg"]');
    expect(check(form({ ...fields, 'x-amz-meta-purpose': 'completion' }))?.message).toContain('["eq", "$x-amz-meta-purpose", "report"]');
    expect(check(form(fields, 1000, { bucket: 'other-bucket' }))?.message).toBe('Invalid according to Policy: Policy Condition failed: ["eq", "$bucket", "photos"]');
  });

  it('refuses a form without a field the policy requires', async () => {
    const { 'x-amz-meta-purpose': _purpose, ...fields } = await grant();
    expect(check(form(fields))?.message).toContain('Policy Condition failed: ["eq", "$x-amz-meta-purpose", "report"]');
  });

  it('refuses fields the policy does not mention, except x-ignore-*', async () => {
    const fields = await grant();
    expect(check(form({ ...fields, 'x-amz-meta-owner': 'me', acl: 'public-read' }))).toEqual({ status: 403, code: 'AccessDenied', message: 'Invalid according to Policy: Extra input fields: x-amz-meta-owner, acl' });
    expect(check(form({ ...fields, 'x-ignore-anything': 'x' }))).toBeNull();
  });

  it('matches field names without case and values exactly', async () => {
    const fields = await grant();
    const { 'Content-Type': type, ...rest } = fields;
    expect(check(form({ ...rest, 'content-type': type! }))).toBeNull();
    expect(check(form({ ...rest, 'content-type': 'IMAGE/JPEG' }))?.code).toBe('AccessDenied');
  });

  it('applies starts-with, to each type of a Content-Type list', () => {
    const policy = { expiration: new Date(now.getTime() + 60_000), conditions: [{ kind: 'match' as const, op: 'starts-with' as const, field: 'Content-Type', value: 'image/' }, { kind: 'match' as const, op: 'starts-with' as const, field: '$x-amz-meta-note'.slice(1), value: '' }] };
    const judge = (contentType: string, note?: string) => evaluatePolicy(policy, { bucket, fields: [['Content-Type', contentType], ...(note === undefined ? [] : [['x-amz-meta-note', note] as [string, string]])], fileSize: 1 }, now);
    expect(judge('image/png', 'anything')).toBeNull();
    expect(judge('image/png, image/jpeg', '')).toBeNull();
    expect(judge('image/png, text/html', '')?.message).toBe('Invalid according to Policy: Policy Condition failed: ["starts-with", "$Content-Type", "image/"]');
    // starts-with "" allows any value, but the field must be there.
    expect(judge('image/png')?.message).toContain('"$x-amz-meta-note"');
  });

  it('checks the signature: tampered policy, another secret, unknown key, missing fields', async () => {
    const fields = await grant();
    const widened = Buffer.from(Buffer.from(fields.Policy!, 'base64').toString('utf8').replace(String(10 * MB), String(100 * MB))).toString('base64');
    expect(check(form({ ...fields, Policy: widened }, 50 * MB))).toMatchObject({ status: 403, code: 'SignatureDoesNotMatch', details: { AWSAccessKeyId: 'S3RVER', StringToSign: widened } });
    const [, date, region] = fields['X-Amz-Credential']!.split('/');
    const withOtherSecret = policySignature(fields.Policy!, signingKey('not-the-secret', date!, region!, 's3'));
    expect(check(form({ ...fields, 'X-Amz-Signature': withOtherSecret }))?.code).toBe('SignatureDoesNotMatch');
    expect(check(form({ ...fields, 'X-Amz-Credential': fields['X-Amz-Credential']!.replace('S3RVER', 'AKIAOTHER') }))).toMatchObject({ status: 403, code: 'InvalidAccessKeyId' });
    const { 'X-Amz-Signature': _signature, ...unsigned } = fields;
    expect(check(form(unsigned))).toMatchObject({ status: 400, code: 'InvalidArgument', details: { ArgumentName: 'X-Amz-Signature' } });
    const { Policy: _policy, ...anonymous } = fields;
    expect(check(form(anonymous))).toEqual({ status: 403, code: 'AccessDenied', message: 'Access Denied' });
  });

  it('derives the SigV4 signing key as AWS documents it', () => {
    // AWS's published example: secret, 20120215, us-east-1, iam.
    expect(signingKey('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', '20120215', 'us-east-1', 'iam').toString('hex')).toBe('f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d');
  });

  it('answers a policy that is not a policy document with 400 InvalidPolicyDocument', () => {
    expect(parsePolicy(Buffer.from('not json').toString('base64'))).toMatchObject({ status: 400, code: 'InvalidPolicyDocument' });
    expect(parsePolicy(Buffer.from(JSON.stringify({ expiration: 'soon', conditions: [] })).toString('base64'))).toMatchObject({ code: 'InvalidPolicyDocument' });
    expect(parsePolicy(Buffer.from(JSON.stringify({ expiration: '2026-01-01T00:00:00Z', conditions: [['matches', '$key', 'x']] })).toString('base64'))).toMatchObject({ code: 'InvalidPolicyDocument' });
  });
});
