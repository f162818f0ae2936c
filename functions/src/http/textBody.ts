import type middy from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { InvalidError } from '../domain/errors';

type Event = APIGatewayProxyEventV2 & { body?: unknown };

/**
 * For routes whose body is text (a CSV import) instead of JSON: checks the content type and
 * decodes a base64 body (API Gateway encodes bodies it takes for binary) to a UTF-8 string.
 */
export function textBodyParser(mediaType: string): middy.MiddlewareObj<Event> {
  return {
    before: (request) => {
      const event = request.event;
      const contentType = (event.headers?.['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      if (contentType !== mediaType) {
        throw new InvalidError(`Send the body as ${mediaType}`, `请求体须为 ${mediaType}`, [
          { field: 'body', code: 'content_type', message: `Expected ${mediaType}`, messageZh: `应为 ${mediaType}` },
        ]);
      }
      const raw = typeof event.body === 'string' ? event.body : '';
      const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
      // A spreadsheet's "CSV UTF-8" starts with a byte-order mark.
      event.body = text.replace(/^\uFEFF/, '');
    },
  };
}
