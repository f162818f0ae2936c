import { randomUUID } from 'node:crypto';
import type { HospitalDataset } from '../functions/src/local/seed';
import { isRead, type DynamoMeter, type MeteredCall } from './dynamoMeter';
import { devLoginToken } from './latency';
import { printTable } from './table';

/**
 * On-demand prices, us-east-1 (N. Virginia), in USD, from the AWS public price pages for
 * DynamoDB (on-demand throughput, after the 2024-11-01 price cut), Lambda (arm64, first tier)
 * and API Gateway (HTTP APIs, first 300 million), as listed on 2026-12-01. China regions
 * (cn-north-1) are priced in CNY on amazonaws.cn and differ; substitute those constants there.
 */
export const PRICES_USD = {
  region: 'us-east-1',
  listedOn: '2026-12-01',
  dynamoPerMillionWriteUnits: 0.625,
  dynamoPerMillionReadUnits: 0.125,
  lambdaArmPerGbSecond: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  httpApiPerMillionRequests: 1.0,
} as const;

/** serverless.yml: every function runs with 1024 MB on arm64. */
const LAMBDA_MEMORY_GB = 1;
/** Both stream consumers (notifier, aggregator) are invoked for a step's stream records: an upper bound of one batch each. */
const CONSUMERS_PER_STEP = 2;
const TICKETS_PRICED = 1000;

export interface StepCost {
  step: string;
  /** Averages per ticket. */
  apiMs: number;
  readUnits: number;
  writeUnits: number;
  consumerMs: number;
  consumerReadUnits: number;
  consumerWriteUnits: number;
}

interface Step {
  name: string;
  as: string;
  path: (ticketId: string) => string;
  body: Record<string, unknown>;
}

const units = (calls: readonly MeteredCall[], read: boolean) => calls.filter((c) => isRead(c.operation) === read).reduce((sum, c) => sum + c.units, 0);

/**
 * `tickets` tickets through their whole lifecycle, one step at a time: each step through the
 * API (its DynamoDB units at the metering proxy, its time as the handler's Lambda time), then
 * the stream consumers it woke (notifications, aggregates) until the table is quiet again.
 */
export async function measureCost(options: { apiUrl: string; meter: DynamoMeter; data: HospitalDataset; tickets: number }): Promise<StepCost[]> {
  const { apiUrl, meter } = options;
  const tokens = Object.fromEntries(
    await Promise.all(['nurse-li', 'desk-wang', 'tech-zhao'].map(async (id) => [id, await devLoginToken(apiUrl, id)] as const)),
  );
  const room = options.data.qrCodes.find((q) => !q.assetId && !q.retired);
  if (!room) throw new Error('The demo hospital has no room label');
  const steps: Step[] = [
    { name: 'create', as: 'nurse-li', path: () => '/v1/tickets', body: { qrCode: room.code, categoryCode: 'power', description: '成本测算：插座没电', urgency: 'normal', notADuplicate: true } },
    { name: 'assign', as: 'desk-wang', path: (id) => `/v1/tickets/${id}/assign`, body: { technicianId: 'tech-zhao' } },
    { name: 'accept', as: 'tech-zhao', path: (id) => `/v1/tickets/${id}/accept`, body: {} },
    { name: 'arrive', as: 'tech-zhao', path: (id) => `/v1/tickets/${id}/arrive`, body: { qrCode: room.code } },
    { name: 'complete', as: 'tech-zhao', path: (id) => `/v1/tickets/${id}/complete`, body: { note: '更换插座' } },
    { name: 'confirm', as: 'nurse-li', path: (id) => `/v1/tickets/${id}/confirm`, body: { satisfied: true } },
    { name: 'rate', as: 'nurse-li', path: (id) => `/v1/tickets/${id}/rate`, body: { score: 5 } },
  ];
  const totals = steps.map((s) => ({ step: s.name, apiMs: 0, readUnits: 0, writeUnits: 0, consumerMs: 0, consumerReadUnits: 0, consumerWriteUnits: 0 }));
  // One ticket more than measured, first: its steps load each handler (a cold start), which is not the steady cost.
  for (let n = -1; n < options.tickets; n++) {
    let ticketId = '';
    for (const [i, step] of steps.entries()) {
      await meter.waitForQuiet();
      const from = meter.calls.length;
      const started = performance.now();
      const response = await fetch(`${apiUrl}${step.path(ticketId)}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens[step.as]}`, 'content-type': 'application/json', 'idempotency-key': `cost-${randomUUID()}` },
        body: JSON.stringify(step.body),
      });
      const answer = (await response.json()) as { id?: string };
      const apiMs = performance.now() - started;
      if (!response.ok) throw new Error(`${step.name} answered ${response.status}: ${JSON.stringify(answer)}`);
      if (step.name === 'create') ticketId = String(answer.id);
      const answeredAt = performance.now();
      await meter.waitForQuiet();
      const calls = meter.calls.slice(from);
      const own = calls.filter((c) => c.startedMs < answeredAt);
      const woken = calls.filter((c) => c.startedMs >= answeredAt);
      if (n < 0) continue;
      const t = totals[i]!;
      t.apiMs += apiMs;
      t.readUnits += units(own, true);
      t.writeUnits += units(own, false);
      t.consumerMs += woken.length ? Math.max(...woken.map((c) => c.endedMs)) - Math.min(...woken.map((c) => c.startedMs)) : 0;
      t.consumerReadUnits += units(woken, true);
      t.consumerWriteUnits += units(woken, false);
    }
  }
  return totals.map((t) => ({
    step: t.step,
    apiMs: t.apiMs / options.tickets,
    readUnits: t.readUnits / options.tickets,
    writeUnits: t.writeUnits / options.tickets,
    consumerMs: t.consumerMs / options.tickets,
    consumerReadUnits: t.consumerReadUnits / options.tickets,
    consumerWriteUnits: t.consumerWriteUnits / options.tickets,
  }));
}

/** USD for `TICKETS_PRICED` tickets of one step: the request's own share and its stream consumers'. */
export function stepPriceUsd(s: StepCost): { dynamo: number; lambda: number; api: number } {
  const p = PRICES_USD;
  const perTicket = {
    dynamo:
      ((s.readUnits + s.consumerReadUnits) * p.dynamoPerMillionReadUnits + (s.writeUnits + s.consumerWriteUnits) * p.dynamoPerMillionWriteUnits) / 1e6,
    // Lambda bills each invocation's duration rounded up to the millisecond.
    lambda:
      ((Math.ceil(s.apiMs) + Math.ceil(s.consumerMs)) / 1000) * LAMBDA_MEMORY_GB * p.lambdaArmPerGbSecond +
      ((1 + CONSUMERS_PER_STEP) * p.lambdaPerMillionRequests) / 1e6,
    api: p.httpApiPerMillionRequests / 1e6,
  };
  return { dynamo: perTicket.dynamo * TICKETS_PRICED, lambda: perTicket.lambda * TICKETS_PRICED, api: perTicket.api * TICKETS_PRICED };
}

export function printCost(steps: StepCost[], tickets: number): void {
  const usd = (v: number) => `$${v.toFixed(4)}`;
  const priced = steps.map((s) => ({ s, price: stepPriceUsd(s) }));
  const sum = (pick: (p: ReturnType<typeof stepPriceUsd>) => number) => priced.reduce((total, { price }) => total + pick(price), 0);
  printTable(
    `Cost on paper: ${TICKETS_PRICED.toLocaleString('en')} tickets through their lifecycle, on-demand, ${PRICES_USD.region} prices listed ${PRICES_USD.listedOn} (measured on ${tickets} ticket(s))`,
    ['step', 'API ms', 'RRU', 'WRU', 'consumers ms', 'consumers RRU', 'consumers WRU', 'DynamoDB', 'Lambda', 'API GW', 'total'],
    [
      ...priced.map(({ s, price }) => [
        s.step,
        s.apiMs.toFixed(1),
        s.readUnits.toFixed(1),
        s.writeUnits.toFixed(1),
        s.consumerMs.toFixed(1),
        s.consumerReadUnits.toFixed(1),
        s.consumerWriteUnits.toFixed(1),
        usd(price.dynamo),
        usd(price.lambda),
        usd(price.api),
        usd(price.dynamo + price.lambda + price.api),
      ]),
      ['all steps', '', '', '', '', '', '', usd(sum((p) => p.dynamo)), usd(sum((p) => p.lambda)), usd(sum((p) => p.api)), usd(sum((p) => p.dynamo + p.lambda + p.api))],
    ],
    [
      'Units: ReturnConsumedCapacity of every call at a metering proxy (tables and GSIs; a transaction counts double), per ticket.',
      'Lambda time: the API step\'s latency through the local server (an upper bound of its handler\'s duration) at 1024 MB arm64;',
      `stream consumers: the span of their DynamoDB calls after the step, ${CONSUMERS_PER_STEP} invocations per step (notifier, aggregator).`,
      'Not included: storage, the SLA scanner\'s per-minute runs (not per ticket), S3 photos, CloudWatch logs, data transfer.',
    ],
  );
}
