import { randomUUID } from 'node:crypto';
import { CreateTicketBody } from '../functions/src/contract/tickets';
import type { HospitalDataset } from '../functions/src/local/seed';
import { ms, percentile, printTable } from './table';

export interface LoadResult {
  name: string;
  requests: number;
  concurrency: number;
  statuses: Record<number, number>;
  latenciesMs: number[];
  seconds: number;
}

const WARM_UP_REQUESTS = 16;

async function timed(send: () => Promise<Response>): Promise<{ status: number; latencyMs: number }> {
  const t0 = performance.now();
  const response = await send();
  await response.arrayBuffer();
  return { status: response.status, latencyMs: performance.now() - t0 };
}

/** `concurrency` clients, each sending its next request as soon as its previous answer is read. */
export async function load(name: string, total: number, concurrency: number, send: (i: number) => Promise<Response>): Promise<LoadResult> {
  for (let i = 0; i < WARM_UP_REQUESTS; i++) await send(-1 - i).then((r) => r.arrayBuffer());
  const latenciesMs: number[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const { status, latencyMs } = await timed(() => send(next++));
        latenciesMs.push(latencyMs);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  return { name, requests: total, concurrency, statuses, latenciesMs: latenciesMs.sort((a, b) => a - b), seconds: (performance.now() - started) / 1000 };
}

export async function devLoginToken(apiUrl: string, userId: string): Promise<string> {
  const response = await fetch(`${apiUrl}/v1/auth/dev-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (!response.ok) throw new Error(`dev-login as ${userId} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** Reports spread over the demo hospital's rooms and the categories offered for a room scan. */
export function reportBodies(data: HospitalDataset): (i: number) => Record<string, unknown> {
  const roomCodes = data.qrCodes.filter((q) => !q.assetId && !q.retired).map((q) => q.code);
  const categories = data.categories.filter((c) => c.offeredForRooms).map((c) => c.code);
  if (roomCodes.length === 0 || categories.length === 0) throw new Error('The demo hospital has no room labels or room categories');
  // Where the contract has a duplicate guard, these are deliberate separate reports.
  const extra = 'notADuplicate' in CreateTicketBody.shape ? { notADuplicate: true } : {};
  return (i) => {
    const n = Math.abs(i);
    return {
      qrCode: roomCodes[n % roomCodes.length],
      categoryCode: categories[Math.floor(n / roomCodes.length) % categories.length],
      description: `基准测试报修 #${n}：灯不亮`,
      urgency: 'normal',
      ...extra,
    };
  };
}

export async function measureLatency(apiUrl: string, data: HospitalDataset, total: number, concurrency: number): Promise<LoadResult[]> {
  const token = await devLoginToken(apiUrl, 'nurse-li');
  const auth = { authorization: `Bearer ${token}` };
  const body = reportBodies(data);
  const create = await load('create-ticket  POST /v1/tickets', total, concurrency, (i) =>
    fetch(`${apiUrl}/v1/tickets`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': `bench-${randomUUID()}` },
      body: JSON.stringify(body(i)),
    }),
  );
  const list = await load('list-my-tickets  GET /v1/tickets?scope=mine', total, concurrency, () =>
    fetch(`${apiUrl}/v1/tickets?scope=mine`, { headers: auth }),
  );
  return [create, list];
}

export function printLatency(results: LoadResult[]): void {
  printTable(
    `Latency through the local HTTP server (${results[0]?.requests} requests, ${results[0]?.concurrency} concurrent clients, after ${WARM_UP_REQUESTS} warm-up requests)`,
    ['operation', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'req/s', 'statuses'],
    results.map((r) => [
      r.name,
      ms(percentile(r.latenciesMs, 50)),
      ms(percentile(r.latenciesMs, 95)),
      ms(percentile(r.latenciesMs, 99)),
      ms(r.latenciesMs.at(-1) ?? Number.NaN),
      (r.requests / r.seconds).toFixed(0),
      Object.entries(r.statuses).map(([s, n]) => `${s}×${n}`).join(' '),
    ]),
    ['Local figures (handlers in-process, DynamoDB Local on the JVM), for comparing changes, not a prediction of Lambda latency.'],
  );
}
