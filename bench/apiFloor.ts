import { randomUUID } from 'node:crypto';
import {
  BatchGetItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { HospitalDataset } from '../functions/src/local/seed';
import { roundTrips, type DynamoMeter, type MeteredCall } from './dynamoMeter';
import { devLoginToken, load, reportBodies, type LoadResult } from './latency';
import { ms, percentile, printTable } from './table';

/** The budgets: the API within 1.5× of its own DynamoDB calls; create-ticket in ≤ 3 round trips. */
export const API_TO_FLOOR_BUDGET = 1.5;
export const CREATE_ROUND_TRIP_BUDGET = 3;
/** Hundreds of created tickets keep the stream consumers busy for a while on a loaded machine. */
const BACKLOG_TIMEOUT_MS = 120_000;
/**
 * Captures per operation. The meter sees a call when its request arrives; two calls sent together
 * can arrive one after the other's answer (one JS thread signs both), never the reverse, so the
 * capture with the fewest rounds is the true shape.
 */
const CAPTURES = 5;

export interface ApiAgainstFloor {
  name: string;
  api: LoadResult;
  floor: LoadResult;
  /** Sequential round trips of one request, counted at the meter: all of them, and the session read's share. */
  roundTrips: number;
  calls: string[];
}

/** The request's calls in its truest shape: the capture, of several, with the fewest rounds. */
async function captureShape(meter: DynamoMeter, send: (n: number) => Promise<Response>): Promise<{ calls: MeteredCall[]; answer: unknown }> {
  let best: { calls: MeteredCall[]; answer: unknown } | undefined;
  for (let n = 0; n < CAPTURES; n++) {
    const captured = await captureCalls(meter, () => send(n));
    if (!best || roundTrips(captured.calls) < roundTrips(best.calls)) best = captured;
  }
  return best!;
}

/** One request alone through the API, and the DynamoDB calls it made (counted at the meter, nothing else running). */
async function captureCalls(meter: DynamoMeter, send: () => Promise<Response>): Promise<{ calls: MeteredCall[]; answer: unknown }> {
  await meter.waitForQuiet();
  const from = meter.calls.length;
  const response = await send();
  const answer: unknown = await response.json();
  if (!response.ok) throw new Error(`Captured request answered ${response.status}: ${JSON.stringify(answer)}`);
  let calls = meter.calls.slice(from);
  // Writes wake the stream consumers: their calls start after the request's own transaction.
  const write = calls.find((c) => c.operation === 'TransactWriteItems');
  if (write) calls = calls.filter((c) => c.startedMs < write.endedMs);
  return { calls, answer };
}

/** The captured calls, in their rounds (calls that overlapped were sent together). */
function inRounds(calls: readonly MeteredCall[]): MeteredCall[][] {
  const rounds: MeteredCall[][] = [];
  let busyUntil = Number.NEGATIVE_INFINITY;
  for (const call of [...calls].sort((a, b) => a.startedMs - b.startedMs)) {
    if (call.startedMs >= busyUntil) rounds.push([]);
    rounds.at(-1)!.push(call);
    busyUntil = Math.max(busyUntil, call.endedMs);
  }
  return rounds;
}

/** A captured request (DynamoDB JSON, the low-level client's input shape) sent again through the SDK. */
function sendRaw(client: DynamoDBClient, operation: string, input: never): Promise<unknown> {
  switch (operation) {
    case 'GetItem':
      return client.send(new GetItemCommand(input));
    case 'BatchGetItem':
      return client.send(new BatchGetItemCommand(input));
    case 'Query':
      return client.send(new QueryCommand(input));
    case 'PutItem':
      return client.send(new PutItemCommand(input));
    case 'UpdateItem':
      return client.send(new UpdateItemCommand(input));
    case 'TransactWriteItems':
      return client.send(new TransactWriteItemsCommand(input));
    default:
      throw new Error(`No replay for ${operation}`);
  }
}

/**
 * The floor: the same calls sent straight to DynamoDB Local with the SDK, round after round and
 * each round's calls at once, from as many clients as the API load had. `fresh(i)` rewrites a
 * replay's request text where it must differ (a new ticket id and idempotency key per create).
 */
async function replay(name: string, endpoint: string, rounds: MeteredCall[][], total: number, concurrency: number, fresh: (body: string, i: number) => string): Promise<LoadResult> {
  const client = new DynamoDBClient({ endpoint, region: 'cn-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    return await load(name, total, concurrency, async (i) => {
      for (const round of rounds) {
        await Promise.all(
          round.map((call) => {
            const input = JSON.parse(fresh(call.body, i)) as Record<string, unknown>;
            // The SDK's idempotency token of a transaction: a replay is a new transaction, so it gets a new one.
            delete input.ClientRequestToken;
            return sendRaw(client, call.operation, input as never);
          }),
        );
      }
      return new Response(null, { status: 200 });
    });
  } finally {
    client.destroy();
  }
}

/**
 * create-ticket, the ticket detail and the unread count: the API's p50 under load, the p50 of
 * the same DynamoDB calls issued directly, their ratio, and the sequential round trips of each.
 */
export async function measureApiAgainstFloor(options: {
  apiUrl: string;
  meter: DynamoMeter;
  dynamoEndpoint: string;
  data: HospitalDataset;
  total: number;
  concurrency: number;
}): Promise<ApiAgainstFloor[]> {
  const { apiUrl, meter, dynamoEndpoint, total, concurrency } = options;
  const auth = { authorization: `Bearer ${await devLoginToken(apiUrl, 'nurse-li')}` };
  const body = reportBodies(options.data);
  const create = (i: number, key: string) =>
    fetch(`${apiUrl}/v1/tickets`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body(200_000 + i)),
    });

  const keyPrefix = `floor-${randomUUID()}`;
  const created = await captureShape(meter, (n) => create(n, `${keyPrefix}-${n}`));
  const ticketId = (created.answer as { id: string }).id;
  const capturedKey = String((JSON.parse(created.calls.find((c) => c.operation === 'TransactWriteItems')?.body ?? '{}') as { TransactItems?: { Put?: { Item?: { key?: { S?: string } } } }[] }).TransactItems?.[0]?.Put?.Item?.key?.S);
  const detail = await captureShape(meter, () => fetch(`${apiUrl}/v1/tickets/${ticketId}`, { headers: auth }));
  const unread = await captureShape(meter, () => fetch(`${apiUrl}/v1/notifications?limit=20`, { headers: auth }));

  const results: ApiAgainstFloor[] = [];
  const compare = async (name: string, captured: MeteredCall[], api: (i: number) => Promise<Response>, fresh: (b: string, i: number) => string = (b) => b) => {
    // Both sides start with the stream consumers idle: they run in the API's process, and a backlog
    // of the previous load's records (the created tickets) would slow only the side that met it.
    await meter.waitForQuiet(BACKLOG_TIMEOUT_MS);
    const apiLoad = await load(name, total, concurrency, api);
    await meter.waitForQuiet(BACKLOG_TIMEOUT_MS);
    const floor = await replay(name, dynamoEndpoint, inRounds(captured), total, concurrency, fresh);
    results.push({ name, api: apiLoad, floor, roundTrips: roundTrips(captured), calls: captured.map((c) => c.operation) });
  };
  await compare('create-ticket', created.calls, (i) => create(i, `bench-${randomUUID()}`), (b, i) =>
    b.replaceAll(ticketId, `${ticketId.slice(0, 16)}R${String(i + 1_000_000).slice(-9)}`).replaceAll(capturedKey, `${capturedKey}-${i}`),
  );
  await compare('ticket detail', detail.calls, () => fetch(`${apiUrl}/v1/tickets/${ticketId}`, { headers: auth }));
  await compare('unread count', unread.calls, () => fetch(`${apiUrl}/v1/notifications?limit=20`, { headers: auth }));
  return results;
}

export function printApiAgainstFloor(results: ApiAgainstFloor[]): void {
  printTable(
    `The API against its own DynamoDB calls issued directly (${results[0]?.api.requests} requests each, ${results[0]?.api.concurrency} concurrent clients, same run)`,
    ['operation', 'API p50 ms', 'direct p50 ms', 'ratio', `budget ≤ ${API_TO_FLOOR_BUDGET}×`, 'round trips', 'calls (session read first)'],
    results.map((r) => {
      const ratio = percentile(r.api.latenciesMs, 50) / percentile(r.floor.latenciesMs, 50);
      return [
        r.name,
        ms(percentile(r.api.latenciesMs, 50)),
        ms(percentile(r.floor.latenciesMs, 50)),
        `${ratio.toFixed(2)}×`,
        ratio <= API_TO_FLOOR_BUDGET ? 'ok' : 'OVER',
        r.roundTrips,
        r.calls.join(' '),
      ];
    }),
    [
      'Round trips are counted at a metering proxy in front of DynamoDB Local: stretches of time with a call in flight.',
      `The first is the session's user read (every signed-in route); create-ticket's own: ${roundTripsOfCreate(results)} (budget ≤ ${CREATE_ROUND_TRIP_BUDGET}).`,
    ],
  );
}

function roundTripsOfCreate(results: ApiAgainstFloor[]): string {
  const create = results.find((r) => r.name === 'create-ticket');
  if (!create) return 'not measured';
  const own = create.roundTrips - 1;
  return `${own} ${own <= CREATE_ROUND_TRIP_BUDGET ? 'ok' : 'OVER'}`;
}
