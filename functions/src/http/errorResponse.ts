import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { ErrorBody, ErrorCode } from '../contract/common';
import { DuplicateTicketError, isDomainError, type AnyDomainError, type FieldProblem } from '../domain/errors';

const STATUS_OF_KIND: Record<AnyDomainError['kind'], { status: number; code: ErrorCode }> = {
  invalid: { status: 400, code: 'validation_failed' },
  unauthorized: { status: 401, code: 'unauthorized' },
  forbidden: { status: 403, code: 'forbidden' },
  not_found: { status: 404, code: 'not_found' },
  conflict: { status: 409, code: 'conflict' },
  illegal_transition: { status: 409, code: 'illegal_transition' },
  rate_limited: { status: 429, code: 'rate_limited' },
};

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

export function errorResponse(
  status: number,
  code: ErrorCode,
  message: string,
  messageZh: string,
  details: FieldProblem[] = [],
  extra: Pick<ErrorBody['error'], 'duplicateOf'> = {},
  headers: Record<string, string> = {},
) {
  const body: ErrorBody = { error: { code, message, messageZh, details, ...extra } };
  return jsonResponse(status, body, headers);
}

/** A refusal that knows when to try again says so (RFC 9110 Retry-After, in seconds). */
function retryAfterHeader(error: AnyDomainError): Record<string, string> {
  return error.kind === 'rate_limited' && error.retryAfterSeconds !== null ? { 'retry-after': String(error.retryAfterSeconds) } : {};
}

/** Middy's own HTTP errors (malformed JSON, wrong content type) carry a statusCode < 500. */
function isClientHttpError(e: unknown): e is { statusCode: number; message: string } {
  return typeof e === 'object' && e !== null && typeof (e as { statusCode?: unknown }).statusCode === 'number' && (e as { statusCode: number }).statusCode < 500;
}

/** DynamoDB's ValidationException (a key, expression or item it refuses), by name: the SDK's class lives in adapters only. */
function isDynamoValidation(e: unknown): boolean {
  return e instanceof Error && e.name === 'ValidationException' && typeof (e as { $metadata?: unknown }).$metadata === 'object';
}

/** The one place where errors become HTTP: domain errors by kind, anything unexpected as a bare 500. */
export function toErrorResponse(error: unknown, log: (e: unknown) => void = console.error): APIGatewayProxyStructuredResultV2 {
  if (isDomainError(error)) {
    const { status, code } = STATUS_OF_KIND[error.kind];
    const details = 'problems' in error ? error.problems : [];
    const extra = error instanceof DuplicateTicketError ? { duplicateOf: error.existing } : {};
    return errorResponse(status, code, error.message, error.messageZh, details, extra, retryAfterHeader(error));
  }
  if (isClientHttpError(error)) {
    if (error.statusCode === 415) {
      return errorResponse(400, 'validation_failed', 'Send the body as JSON (Content-Type: application/json)', '请求体须为 JSON（Content-Type: application/json）', [
        { field: 'body', code: 'content_type', message: 'Expected application/json', messageZh: '应为 application/json' },
      ]);
    }
    return errorResponse(400, 'validation_failed', 'The body is not valid JSON', '请求体不是有效的 JSON', [
      { field: 'body', code: 'invalid_json', message: 'Malformed JSON', messageZh: 'JSON 格式错误' },
    ]);
  }
  if (isDynamoValidation(error)) {
    // Logged (a warning with its message): a request DynamoDB refuses as malformed is one our
    // checks let through, so it is worth a look, but it is the request that was wrong, not the service.
    log(error);
    return errorResponse(400, 'validation_failed', 'The request could not be processed as sent', '请求内容无法处理，请检查后重试');
  }
  log(error);
  return errorResponse(500, 'internal', 'Something went wrong on our side; please try again', '系统繁忙，请稍后重试');
}
