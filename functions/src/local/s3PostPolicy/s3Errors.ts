import { randomBytes } from 'node:crypto';

/** An answer S3 gives to a refused request: status, error code, message and the code's extra elements. */
export interface S3ErrorAnswer {
  status: number;
  code: string;
  message: string;
  /** Extra child elements S3 adds for this code (e.g. ProposedSize, MaxSizeAllowed). */
  details?: Record<string, string | number>;
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]!};`);

/** S3's error document: `<Error><Code>…</Code><Message>…</Message>…<RequestId>…</RequestId><HostId>…</HostId></Error>`. */
export function s3ErrorXml(error: S3ErrorAnswer, requestId = randomBytes(8).toString('hex').toUpperCase()): string {
  const elements: [string, string | number][] = [['Code', error.code], ['Message', error.message], ...Object.entries(error.details ?? {}), ['RequestId', requestId], ['HostId', randomBytes(24).toString('base64')]];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error>${elements.map(([name, value]) => `<${name}>${escapeXml(String(value))}</${name}>`).join('')}</Error>`;
}

/** 403 AccessDenied "Invalid according to Policy: …", S3's answer to any policy the form does not satisfy. */
export const invalidAccordingToPolicy = (reason: string): S3ErrorAnswer => ({ status: 403, code: 'AccessDenied', message: `Invalid according to Policy: ${reason}` });
