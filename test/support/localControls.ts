import { stackEnv } from './env';

async function post(path: string, body: unknown): Promise<unknown> {
  const res = await fetch(new URL(path, stackEnv('API_URL')), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** Time passes for the handlers (forward only: other test files share the stack). */
export function advanceClock(minutes: number): Promise<unknown> {
  return post('/__local/clock', { advanceMs: minutes * 60_000 });
}

/** The SLA scanner's schedule fires, for one hospital so other test files' tickets are left alone. */
export async function runSlaScan(hospitalId: string): Promise<{ due: number; escalated: number; skipped: number }> {
  const answer = (await post('/__local/jobs/slaScanner', { detail: { hospitalId } })) as { result: { due: number; escalated: number; skipped: number } };
  return answer.result;
}

/** The handlers' (and local S3's) current time: the real clock plus what the tests advanced. */
export async function stackNow(): Promise<Date> {
  const res = await fetch(new URL('/__local/clock', stackEnv('API_URL')));
  return new Date(((await res.json()) as { now: string }).now);
}
