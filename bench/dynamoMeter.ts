import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A gap this long with no call in flight counts as quiet; a wait for it gives up after the timeout. */
const QUIET_MS = 400;
const QUIET_TIMEOUT_MS = 15_000;

/** One call that reached DynamoDB Local through the meter. */
export interface MeteredCall {
  /** The API action (X-Amz-Target without its version), e.g. GetItem, TransactWriteItems. */
  operation: string;
  startedMs: number;
  endedMs: number;
  /** Capacity units DynamoDB reported (ReturnConsumedCapacity TOTAL: table and indexes). */
  units: number;
  /** The request as sent (DynamoDB JSON), for replaying the same calls directly. */
  body: string;
}

export interface DynamoMeter {
  url: string;
  calls: MeteredCall[];
  /** Resolves once nothing has been in flight for `quietMs` (stream consumers done), or after `timeoutMs`. */
  /** Resolves once no call has been in flight for `quietMs` (the stream consumers are done), or after `timeoutMs`. */
  waitForQuiet(timeoutMs?: number, quietMs?: number): Promise<void>;
  stop(): Promise<void>;
}

const READ_OPERATIONS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);
export const isRead = (operation: string) => READ_OPERATIONS.has(operation);

/**
 * A pass-through HTTP proxy in front of DynamoDB Local that asks for ReturnConsumedCapacity on
 * every call and records what each one cost and when it ran. Pointing the local stack's handlers
 * at it (DYNAMODB_ENDPOINT, read when a handler first loads) meters the product's real calls,
 * stream consumers included, without a line of bench code in the product. DynamoDB Local does
 * not check request signatures, so the rewritten body is accepted as sent.
 */
export async function startDynamoMeter(target: string): Promise<DynamoMeter> {
  const upstream = new URL(target);
  const calls: MeteredCall[] = [];
  let inFlight = 0;
  let lastActivity = performance.now();
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      inFlight++;
      const startedMs = performance.now();
      const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? 'unknown';
      const sent = withCapacityRequested(body);
      const headers = { ...req.headers, 'content-length': String(sent.length), host: upstream.host };
      const forward = request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers }, (answer) => {
        void readBody(answer).then((reply) => {
          calls.push({ operation, startedMs, endedMs: performance.now(), units: consumedUnits(reply), body: body.toString('utf8') });
          inFlight--;
          lastActivity = performance.now();
          res.writeHead(answer.statusCode ?? 500, answer.headers);
          res.end(reply);
        });
      });
      forward.on('error', (error) => {
        inFlight--;
        res.writeHead(502).end(String(error));
      });
      forward.end(sent);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    async waitForQuiet(timeoutMs = QUIET_TIMEOUT_MS, quietMs = QUIET_MS) {
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline && (inFlight > 0 || performance.now() - lastActivity < quietMs)) await new Promise((r) => setTimeout(r, quietMs / 4));
    },
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function withCapacityRequested(body: Buffer): Buffer {
  if (body.length === 0) return body;
  const input = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  // A caller that asked for the split (INDEXES) keeps it; TOTAL is enough for the meter.
  input.ReturnConsumedCapacity ??= 'TOTAL';
  if (input.ReturnConsumedCapacity === 'NONE') input.ReturnConsumedCapacity = 'TOTAL';
  return Buffer.from(JSON.stringify(input));
}

function consumedUnits(reply: Buffer): number {
  try {
    const output = JSON.parse(reply.toString('utf8')) as { ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[] };
    return [output.ConsumedCapacity ?? []].flat().reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
  } catch {
    return 0;
  }
}

/**
 * Sequential round trips of a set of calls: the number of stretches of time in which at least
 * one call was in flight. Calls sent together (Promise.all) overlap and count once; a call that
 * starts only after the previous ones have answered starts a new round.
 */
export function roundTrips(calls: readonly Pick<MeteredCall, 'startedMs' | 'endedMs'>[]): number {
  const sorted = [...calls].sort((a, b) => a.startedMs - b.startedMs);
  let rounds = 0;
  let busyUntil = Number.NEGATIVE_INFINITY;
  for (const call of sorted) {
    if (call.startedMs >= busyUntil) rounds++;
    busyUntil = Math.max(busyUntil, call.endedMs);
  }
  return rounds;
}
