import { RateLimitedError } from '../domain/errors';
import { TooManyReportsError } from '../domain/limits/reportLimits';
import { toErrorResponse } from './errorResponse';

describe('a refusal for too many requests', () => {
  it('is a 429 with Retry-After in seconds and the bilingual message', () => {
    const res = toErrorResponse(new TooManyReportsError(1504));
    expect(res.statusCode).toBe(429);
    expect(res.headers).toMatchObject({ 'retry-after': '1504' });
    expect(JSON.parse(String(res.body))).toEqual({
      error: { code: 'rate_limited', message: 'Too many reports; try again in 26 minutes', messageZh: '报修过于频繁，请 26 分钟后再试', details: [] },
    });
  });

  it('has no Retry-After when it does not know when', () => {
    const res = toErrorResponse(new RateLimitedError('Too many login attempts; wait a minute', '登录过于频繁，请稍后再试'));
    expect(res.statusCode).toBe(429);
    expect(res.headers).not.toHaveProperty('retry-after');
  });
});

/** What the SDK throws when DynamoDB refuses a request as malformed (its class lives in adapters only). */
function dynamoValidation(message: string): Error {
  return Object.assign(new Error(message), { name: 'ValidationException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
}

describe('errors as HTTP', () => {
  it('answers a DynamoDB ValidationException with a bilingual 400, never a 500, and logs it', () => {
    const logged: unknown[] = [];
    const error = dynamoValidation('The provided starting key is invalid: The provided key element does not match the schema');
    const res = toErrorResponse(error, (e) => logged.push(e));
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body!)).toEqual({
      error: { code: 'validation_failed', message: 'The request could not be processed as sent', messageZh: '请求内容无法处理，请检查后重试', details: [] },
    });
    expect(logged).toEqual([error]);
  });

  it('still answers an unexpected error of the same name but not from an AWS service with a bare 500', () => {
    const res = toErrorResponse(Object.assign(new Error('x'), { name: 'ValidationException' }), () => undefined);
    expect(res.statusCode).toBe(500);
  });
});
