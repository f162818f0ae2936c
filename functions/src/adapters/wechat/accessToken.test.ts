import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoAccessTokenSource } from './accessToken';

/** The token item in memory, with the lease condition evaluated as DynamoDB would. */
function memoryTable() {
  let item: Record<string, unknown> = {};
  const send = async (command: unknown) => {
    await new Promise((r) => setImmediate(r));
    if (command instanceof GetCommand) return { Item: Object.keys(item).length ? { ...item } : undefined };
    if (command instanceof PutCommand) {
      item = { ...command.input.Item };
      return {};
    }
    if (command instanceof UpdateCommand) {
      const v = command.input.ExpressionAttributeValues ?? {};
      if (command.input.UpdateExpression?.startsWith('SET leaseUntilMs')) {
        if (typeof item.leaseUntilMs === 'number' && item.leaseUntilMs >= (v[':now'] as number)) throw new ConditionalCheckFailedException({ message: 'taken', $metadata: {} });
        item = { ...item, leaseUntilMs: v[':until'], leaseOwner: v[':me'] };
      } else {
        if (item.leaseOwner !== v[':me']) throw new ConditionalCheckFailedException({ message: 'not mine', $metadata: {} });
        delete item.leaseUntilMs;
        delete item.leaseOwner;
      }
      return {};
    }
    throw new Error('unexpected command');
  };
  return { doc: { send } as unknown as DynamoDBDocumentClient, item: () => item };
}

describe('DynamoAccessTokenSource', () => {
  let calls: number;
  let issued: number;
  beforeEach(() => {
    calls = 0;
    issued = 0;
    jest.spyOn(globalThis, 'fetch').mockImplementation(async () => {
      calls += 1;
      await new Promise((r) => setTimeout(r, 20));
      return new Response(JSON.stringify({ access_token: `token-${++issued}`, expires_in: 7200 }), { headers: { 'content-type': 'application/json' } });
    });
  });
  afterEach(() => jest.restoreAllMocks());

  const options = { apiBase: 'http://wechat.test', appId: 'wx1', appSecret: 's', waitMs: 5000 };

  it('lets one of many instances fetch the token; the others wait and reuse it', async () => {
    const table = memoryTable();
    const instances = Array.from({ length: 5 }, () => new DynamoAccessTokenSource(table.doc, 't', options));
    const tokens = await Promise.all(instances.map((i) => i.get()));
    expect(new Set(tokens)).toEqual(new Set(['token-1']));
    expect(calls).toBe(1);
    expect(table.item().leaseOwner).toBeUndefined();
  });

  it('fetches again only when the token it was given is refused, once for everyone', async () => {
    const table = memoryTable();
    const [a, b] = [new DynamoAccessTokenSource(table.doc, 't', options), new DynamoAccessTokenSource(table.doc, 't', options)];
    const first = await a.get();
    expect(await b.get()).toBe(first);
    const [x, y] = await Promise.all([a.get(first), b.get(first)]);
    expect(x).toBe('token-2');
    expect(y).toBe('token-2');
    expect(calls).toBe(2);
  });

  it('refreshes ahead of expiry', async () => {
    const table = memoryTable();
    let now = 1_000_000;
    const source = new DynamoAccessTokenSource(table.doc, 't', { ...options, refreshAheadMs: 600_000, nowMs: () => now });
    expect(await source.get()).toBe('token-1');
    now += 7200_000 - 599_000;
    expect(await source.get()).toBe('token-2');
  });
});
