import type { PolicyCondition, PolicyDocument } from './policyDocument';
import { invalidAccordingToPolicy, type S3ErrorAnswer } from './s3Errors';

/** What S3 knows of a POST when it judges the policy: the bucket of the URL, the form fields before the file, the file's size. */
export interface PostForm {
  bucket: string;
  /** Form fields in order, names as sent; the file part excluded. */
  fields: [string, string][];
  fileSize: number;
}

/** Fields that need no condition: the signature itself, the policy, the file, and x-ignore-*. */
const exemptFromPolicy = (name: string) => ['policy', 'x-amz-signature', 'file'].includes(name) || name.startsWith('x-ignore-');

const describe = (c: Extract<PolicyCondition, { kind: 'match' }>) => `[${JSON.stringify(c.op)}, ${JSON.stringify(`$${c.field}`)}, ${JSON.stringify(c.value)}]`;

function satisfies(condition: Extract<PolicyCondition, { kind: 'match' }>, value: string | undefined): boolean {
  if (value === undefined) return false;
  if (condition.op === 'eq') return value === condition.value;
  // A Content-Type may list several types; each must start with the prefix.
  const values = condition.field.toLowerCase() === 'content-type' ? value.split(',').map((v) => v.trim()) : [value];
  return values.every((v) => v.startsWith(condition.value));
}

/**
 * S3's judgement of a browser-based POST against its (already authenticated) policy, in S3's
 * order: expiry, fields the policy does not mention, each condition, then the file's size.
 * Field names are matched without case, values exactly. Returns the refusal, or null to accept.
 */
export function evaluatePolicy(policy: PolicyDocument, form: PostForm, now: Date): S3ErrorAnswer | null {
  if (now.getTime() > policy.expiration.getTime()) return invalidAccordingToPolicy('Policy expired.');

  const named = new Set(policy.conditions.flatMap((c) => (c.kind === 'match' ? [c.field.toLowerCase()] : [])));
  const extra = form.fields.map(([name]) => name).filter((name) => !exemptFromPolicy(name.toLowerCase()) && !named.has(name.toLowerCase()));
  if (extra.length) return invalidAccordingToPolicy(`Extra input fields: ${[...new Set(extra)].join(', ')}`);

  const valueOf = (field: string): string | undefined => {
    const lowered = field.toLowerCase();
    if (lowered === 'bucket') return form.bucket;
    return form.fields.find(([name]) => name.toLowerCase() === lowered)?.[1];
  };
  for (const condition of policy.conditions) {
    if (condition.kind === 'match' && !satisfies(condition, valueOf(condition.field))) return invalidAccordingToPolicy(`Policy Condition failed: ${describe(condition)}`);
  }

  for (const condition of policy.conditions) {
    if (condition.kind !== 'length') continue;
    if (form.fileSize > condition.max) return { status: 400, code: 'EntityTooLarge', message: 'Your proposed upload exceeds the maximum allowed size', details: { ProposedSize: form.fileSize, MaxSizeAllowed: condition.max } };
    if (form.fileSize < condition.min) return { status: 400, code: 'EntityTooSmall', message: 'Your proposed upload is smaller than the minimum allowed size', details: { ProposedSize: form.fileSize, MinSizeAllowed: condition.min } };
  }
  return null;
}
