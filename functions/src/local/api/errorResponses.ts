import type { ServerResponse } from 'node:http';
import type { ErrorBody, ErrorCode } from '../../contract/common';

/**
 * The few answers the adapter gives itself, in the API's error shape so clients handle them
 * like any other error. Everything with business meaning comes from the handlers.
 */
export function sendApiError(response: ServerResponse, status: number, code: ErrorCode, message: string, messageZh: string, headers: Record<string, string> = {}): void {
  const body: ErrorBody = { error: { code, message, messageZh, details: [] } };
  sendJson(response, status, body, headers);
}

/** API Gateway's own answers (a crashed or timed-out integration) are not in our shape: keep theirs. */
export function sendGatewayError(response: ServerResponse, status: 500 | 503 | 413, headers: Record<string, string> = {}): void {
  const message = { 500: 'Internal Server Error', 503: 'Service Unavailable', 413: 'Request Entity Too Large' }[status];
  sendJson(response, status, { message }, headers);
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
  response.end(text);
}
