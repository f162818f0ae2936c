import { createHmac, timingSafeEqual } from 'node:crypto';
import type { S3ErrorAnswer } from './s3Errors';

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** SigV4's signing key: HMAC chain of "AWS4"+secret, the date (yyyymmdd), region, service, "aws4_request". */
export function signingKey(secretAccessKey: string, date: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date), region), service), 'aws4_request');
}

/** The signature of a POST policy: hex HMAC-SHA256 of the base64 policy with the signing key. */
export const policySignature = (policyBase64: string, key: Buffer) => createHmac('sha256', key).update(policyBase64, 'utf8').digest('hex');

const missingField = (name: string): S3ErrorAnswer => ({ status: 400, code: 'InvalidArgument', message: `Bucket POST must contain a field named '${name}'.  If it is specified, please check the order of the fields.`, details: { ArgumentName: name, ArgumentValue: '' } });

/**
 * Verifies a SigV4-signed POST policy as S3 does, for the form fields (names without case):
 * X-Amz-Algorithm, X-Amz-Credential (AKID/date/region/s3/aws4_request), X-Amz-Signature.
 * `secretOf` knows the secret of each access key. Returns the refusal, or null when the signature is S3's own.
 */
export function verifyPolicySignature(policyBase64: string, field: (name: string) => string | undefined, secretOf: (accessKeyId: string) => string | undefined): S3ErrorAnswer | null {
  const algorithm = field('x-amz-algorithm');
  if (algorithm === undefined) return missingField('X-Amz-Algorithm');
  if (algorithm !== 'AWS4-HMAC-SHA256') return { status: 400, code: 'InvalidArgument', message: 'Only AWS4-HMAC-SHA256 is supported for X-Amz-Algorithm', details: { ArgumentName: 'X-Amz-Algorithm', ArgumentValue: algorithm } };
  const credential = field('x-amz-credential');
  if (credential === undefined) return missingField('X-Amz-Credential');
  const provided = field('x-amz-signature');
  if (provided === undefined) return missingField('X-Amz-Signature');

  const [accessKeyId, date, region, service, terminator, ...rest] = credential.split('/');
  if (!accessKeyId || !/^\d{8}$/.test(date ?? '') || !region || service !== 's3' || terminator !== 'aws4_request' || rest.length) {
    return { status: 400, code: 'InvalidArgument', message: `Invalid credential: ${credential}`, details: { ArgumentName: 'X-Amz-Credential', ArgumentValue: credential } };
  }
  const secret = secretOf(accessKeyId);
  if (secret === undefined) return { status: 403, code: 'InvalidAccessKeyId', message: 'The AWS Access Key Id you provided does not exist in our records.', details: { AWSAccessKeyId: accessKeyId } };

  const expected = Buffer.from(policySignature(policyBase64, signingKey(secret, date!, region, service)), 'utf8');
  const given = Buffer.from(provided, 'utf8');
  if (expected.length === given.length && timingSafeEqual(expected, given)) return null;
  return {
    status: 403,
    code: 'SignatureDoesNotMatch',
    message: 'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    details: { AWSAccessKeyId: accessKeyId, StringToSign: policyBase64, SignatureProvided: provided },
  };
}
