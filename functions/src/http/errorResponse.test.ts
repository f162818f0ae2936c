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
