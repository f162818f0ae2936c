import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { RawRes } from './httpHandler';

/** A text or binary answer; binary bodies travel base64-encoded, as API Gateway expects. */
export function rawResponse(status: number, res: RawRes): APIGatewayProxyStructuredResultV2 {
  const binary = Buffer.isBuffer(res.rawBody);
  return {
    statusCode: status,
    headers: { 'content-type': res.contentType, ...res.headers },
    body: binary ? (res.rawBody as Buffer).toString('base64') : (res.rawBody as string),
    isBase64Encoded: binary,
  };
}
