import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { scheduledJobs } from '../../contract/scheduledJobs';
import { lambdaContext, type HandlerLoader } from './handlers';

/** Where the local stack's own controls live; never under /v1, so no API route can shadow them. */
export const LOCAL_HOOK_PREFIX = '/__local/';

const OFFSET_ENV = 'LOCAL_CLOCK_OFFSET_MS';

/** The local world's time, as the handlers read it (deps.ts localClock): local S3 judges expiry by it too. */
export const localNow = (): Date => new Date(Date.now() + Number(process.env[OFFSET_ENV] ?? 0));

/** Runs a scheduled job's handler as EventBridge would invoke it. */
export async function runScheduledJob(loadHandler: HandlerLoader, name: string, detail: Record<string, unknown> = {}): Promise<unknown> {
  const handler = await loadHandler(name);
  const event = { 'detail-type': 'Scheduled Event', source: 'aws.events', time: new Date().toISOString(), detail };
  return handler(event as never, lambdaContext(name, randomBytes(8).toString('hex'), 60_000));
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

/**
 * Local controls for tests and the demo, in place of what the cloud has instead:
 * `POST /__local/clock {advanceMs}|{offsetMs}` moves the handlers' clock (time passing);
 * `POST /__local/jobs/<name> {detail?}` runs a scheduled job now (EventBridge's rule firing).
 * The clock only moves forward: test files run side by side against one stack.
 */
export async function handleLocalHook(request: IncomingMessage, response: ServerResponse, path: string, loadHandler: HandlerLoader): Promise<void> {
  if (request.method !== 'POST' && !(request.method === 'GET' && path === `${LOCAL_HOOK_PREFIX}clock`)) {
    send(response, 405, { error: 'POST only' });
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { advanceMs?: number; offsetMs?: number; detail?: Record<string, unknown> };
  if (path === `${LOCAL_HOOK_PREFIX}clock`) {
    if (request.method === 'POST') {
      const current = Number(process.env[OFFSET_ENV] ?? 0);
      const next = Math.max(current, typeof body.offsetMs === 'number' ? body.offsetMs : current + (body.advanceMs ?? 0));
      process.env[OFFSET_ENV] = String(next);
    }
    const offsetMs = Number(process.env[OFFSET_ENV] ?? 0);
    send(response, 200, { offsetMs, now: new Date(Date.now() + offsetMs).toISOString() });
    return;
  }
  const job = scheduledJobs.find((j) => path === `${LOCAL_HOOK_PREFIX}jobs/${j.name}`);
  if (job) {
    send(response, 200, { job: job.name, result: await runScheduledJob(loadHandler, job.name, body.detail) });
    return;
  }
  send(response, 404, { error: `no local hook ${path}` });
}

/** The local stand-in for EventBridge: each scheduled job on its own timer. */
export function startScheduler(loadHandler: HandlerLoader, log: (line: string) => void): { stop(): void } {
  const timers = scheduledJobs.map((job) =>
    setInterval(() => {
      runScheduledJob(loadHandler, job.name).catch((error: unknown) => log(`${job.name} failed: ${error instanceof Error ? error.message : String(error)}`));
    }, job.everyMs),
  );
  timers.forEach((t) => t.unref());
  return { stop: () => timers.forEach(clearInterval) };
}
