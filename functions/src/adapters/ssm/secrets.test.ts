import type { SSMClient } from '@aws-sdk/client-ssm';
import { resolveSecrets } from './secrets';

function fakeSsm(parameters: Record<string, string>) {
  const calls: string[][] = [];
  const client = {
    send: async (command: { input: { Names: string[] } }) => {
      calls.push(command.input.Names);
      const known = command.input.Names.filter((n) => n in parameters);
      return {
        Parameters: known.map((Name) => ({ Name, Value: parameters[Name] })),
        InvalidParameters: command.input.Names.filter((n) => !(n in parameters)),
      };
    },
  } as unknown as Pick<SSMClient, 'send'>;
  return { client, calls };
}

describe('secrets from SSM', () => {
  it('reads every secret named by a *_PARAMETER in one call', async () => {
    const ssm = fakeSsm({ '/hfr/prod/session-secret': 's'.repeat(40), '/hfr/prod/wechat-app-secret': 'w' });
    const env = await resolveSecrets({ SESSION_SECRET_PARAMETER: '/hfr/prod/session-secret', WECHAT_APP_SECRET_PARAMETER: '/hfr/prod/wechat-app-secret' }, ssm.client);
    expect(env.SESSION_SECRET).toBe('s'.repeat(40));
    expect(env.WECHAT_APP_SECRET).toBe('w');
    expect(ssm.calls).toEqual([['/hfr/prod/session-secret', '/hfr/prod/wechat-app-secret']]);
  });

  it('keeps a value given directly and calls nothing', async () => {
    const ssm = fakeSsm({});
    const env = await resolveSecrets({ SESSION_SECRET: 'x'.repeat(40), SESSION_SECRET_PARAMETER: '/hfr/prod/session-secret' }, ssm.client);
    expect(env.SESSION_SECRET).toBe('x'.repeat(40));
    expect(ssm.calls).toEqual([]);
  });

  it('fails the cold start when a parameter is missing', async () => {
    const ssm = fakeSsm({});
    await expect(resolveSecrets({ SESSION_SECRET_PARAMETER: '/hfr/prod/nope' }, ssm.client)).rejects.toThrow(/not found: \/hfr\/prod\/nope/);
  });
});
