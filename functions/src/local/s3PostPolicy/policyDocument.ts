import type { S3ErrorAnswer } from './s3Errors';

/** One condition of a POST policy: a field matched exactly or by prefix, or the file's size range. */
export type PolicyCondition =
  | { kind: 'match'; op: 'eq' | 'starts-with'; field: string; value: string }
  | { kind: 'length'; min: number; max: number };

export interface PolicyDocument {
  expiration: Date;
  conditions: PolicyCondition[];
}

const invalidPolicy = (reason: string): S3ErrorAnswer => ({ status: 400, code: 'InvalidPolicyDocument', message: `Invalid Policy: ${reason}` });

/** `{"key": "a"}` and `["eq", "$key", "a"]` are the same condition; names are matched without case. */
function parseCondition(raw: unknown): PolicyCondition | string {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const entries = Object.entries(raw);
    if (entries.length !== 1 || typeof entries[0]![1] !== 'string') return `Invalid Simple-Condition: ${JSON.stringify(raw)}`;
    return { kind: 'match', op: 'eq', field: entries[0]![0], value: entries[0]![1] };
  }
  if (!Array.isArray(raw) || raw.length !== 3) return `Invalid Condition: ${JSON.stringify(raw)}`;
  const [op, a, b] = raw as unknown[];
  if (typeof op === 'string' && op.toLowerCase() === 'content-length-range') {
    const [min, max] = [Number(a), Number(b)];
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min) return `Invalid content-length-range: ${JSON.stringify(raw)}`;
    return { kind: 'length', min, max };
  }
  const lowered = typeof op === 'string' ? op.toLowerCase() : '';
  if ((lowered !== 'eq' && lowered !== 'starts-with') || typeof a !== 'string' || !a.startsWith('$') || typeof b !== 'string') return `Invalid Condition: ${JSON.stringify(raw)}`;
  return { kind: 'match', op: lowered, field: a.slice(1), value: b };
}

/** The form's `Policy` field: base64 of `{"expiration": ISO-8601, "conditions": [...]}`. */
export function parsePolicy(base64: string): PolicyDocument | S3ErrorAnswer {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(base64, 'base64').toString('utf8'));
  } catch {
    return invalidPolicy('Invalid JSON.');
  }
  if (!json || typeof json !== 'object') return invalidPolicy('Invalid JSON.');
  const { expiration, conditions } = json as { expiration?: unknown; conditions?: unknown };
  const expiresAt = typeof expiration === 'string' ? new Date(expiration) : undefined;
  if (!expiresAt || Number.isNaN(expiresAt.getTime())) return invalidPolicy(`Invalid 'expiration' value: '${String(expiration)}'`);
  if (!Array.isArray(conditions)) return invalidPolicy("Policy missing condition: 'conditions'");
  const parsed: PolicyCondition[] = [];
  for (const raw of conditions) {
    const condition = parseCondition(raw);
    if (typeof condition === 'string') return invalidPolicy(condition);
    parsed.push(condition);
  }
  return { expiration: expiresAt, conditions: parsed };
}

export const isS3Error = (value: unknown): value is S3ErrorAnswer => typeof value === 'object' && value !== null && 'code' in value && 'status' in value;
