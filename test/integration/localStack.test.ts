import { localWeChatApp } from '../../functions/src/local/wechatFake/localApp';
import { api } from '../support/api';
import { stackEnv } from '../support/env';
import { wechat } from '../support/wechat';

const errorShape = { error: { code: expect.any(String), message: expect.any(String), messageZh: expect.any(String), details: [] } };

describe('the local API adapter', () => {
  it('answers an unknown /v1 path with 404 in the API error shape', async () => {
    const res = await api.get('/v1/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body).toEqual(errorShape);
    expect(res.body).toMatchObject({ error: { code: 'not_found' } });
  });

  it('answers a known path with the wrong method with 405 and the allowed methods', async () => {
    const res = await api.delete('/v1/me');
    expect(res.status).toBe(405);
    expect(res.body).toEqual(errorShape);
    expect(res.headers.get('allow')).toBe('GET');
  });

  it('answers a CORS preflight from the app\'s own origin itself, as API Gateway does', async () => {
    const appOrigin = new URL(stackEnv('API_URL')).origin;
    const res = await fetch(new URL('/v1/tickets', stackEnv('API_URL')), {
      method: 'OPTIONS',
      headers: { origin: appOrigin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(appOrigin);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toContain('idempotency-key');
  });
});

describe('the WeChat fake', () => {
  const exchange = (code: string) =>
    wechat.call('/sns/jscode2session', { query: { appid: localWeChatApp.appId, secret: localWeChatApp.appSecret, js_code: code, grant_type: 'authorization_code' } });

  it('gives the same openid for two codes of one user and refuses a used code with 40163', async () => {
    const first = wechat.code('reuse');
    expect(await exchange(first)).toMatchObject({ openid: wechat.openid('reuse') });
    expect(await exchange(wechat.code('reuse'))).toMatchObject({ openid: wechat.openid('reuse') });
    const again = await exchange(first);
    expect(again).toMatchObject({ errcode: 40163 });
    expect(again.errmsg).toMatch(/ rid: \S+$/);
  });

  it('refuses a code of an unknown format with 40029', async () => {
    expect(await exchange('not-a-code')).toMatchObject({ errcode: 40029 });
  });
});
