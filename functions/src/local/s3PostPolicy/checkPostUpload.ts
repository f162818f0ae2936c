import { evaluatePolicy, type PostForm } from './evaluatePolicy';
import { isS3Error, parsePolicy } from './policyDocument';
import { verifyPolicySignature } from './postSignature';
import type { S3ErrorAnswer } from './s3Errors';

export interface PostCheckOptions {
  now: Date;
  /** The secret of an access key, undefined for an unknown key. */
  secretOf: (accessKeyId: string) => string | undefined;
}

/**
 * S3's whole judgement of a browser-based POST upload (POST Object): a signed policy is required
 * on a private bucket, its signature must be S3's own, then the policy must hold for the form.
 * Returns S3's refusal, or null when S3 would store the file.
 */
export function checkPostUpload(form: PostForm, options: PostCheckOptions): S3ErrorAnswer | null {
  const field = (name: string) => form.fields.find(([n]) => n.toLowerCase() === name)?.[1];
  const policy = field('policy');
  // Without a policy the upload is anonymous, and the bucket is private.
  if (policy === undefined) return { status: 403, code: 'AccessDenied', message: 'Access Denied' };
  const signatureError = verifyPolicySignature(policy, field, options.secretOf);
  if (signatureError) return signatureError;
  const document = parsePolicy(policy);
  if (isS3Error(document)) return document;
  return evaluatePolicy(document, form, options.now);
}
