import { accessOf, unionOf } from './roles';

describe('the role of a function that serves several routes', () => {
  it('allows each action where any of its routes needs it, and nothing more', () => {
    expect(
      unionOf([
        { table: ['GetItem'], secrets: ['session-secret'], photos: ['GetObject'] },
        { table: ['GetItem', 'Query'], indexes: { GSI2: ['Query'] }, secrets: ['session-secret', 'wechat-app-secret'], listPhotos: true },
        { inTransaction: ['PutItem'], indexes: { GSI2: ['Query'], GSI5: ['Query'] } },
      ]),
    ).toEqual({
      table: ['GetItem', 'Query'],
      inTransaction: ['PutItem'],
      indexes: { GSI2: ['Query'], GSI5: ['Query'] },
      secrets: ['session-secret', 'wechat-app-secret'],
      photos: ['GetObject'],
      listPhotos: true,
    });
  });

  it("gives the auth function the sign-in's grants: the table by key and the account's links, sign-in and link transactions, the WeChat token, the desk PC requests, both secrets", () => {
    expect(accessOf('auth')).toEqual({
      table: ['GetItem', 'Query'],
      inTransaction: ['PutItem', 'UpdateItem'],
      wechatTokenCache: true,
      pcLoginRequests: true,
      secrets: ['session-secret', 'wechat-app-secret'],
    });
  });

  it("keeps an event consumer's own grants", () => {
    expect(accessOf('slaScanner')).toEqual({ table: ['GetItem'], inTransaction: ['PutItem'], indexes: { GSI4: ['Query'] } });
  });
});
