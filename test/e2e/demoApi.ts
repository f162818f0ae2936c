import { baseUrl } from './browser';

/** The demo stack's API as a given demo user (dev sign-in), for what a test sets up around the screens. */
export async function demoApi(userId: string) {
  const login = await fetch(`${baseUrl()}/v1/auth/dev-login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId }) });
  if (login.status !== 200) throw new Error(`dev-login of ${userId} answered ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  const auth = { Authorization: `Bearer ${token}` };
  return {
    async get(path: string): Promise<Response> {
      return fetch(`${baseUrl()}${path}`, { headers: auth });
    },
    async post<T = unknown>(path: string, body: unknown): Promise<{ status: number; body: T }> {
      const res = await fetch(`${baseUrl()}${path}`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}` },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as T };
    },
  };
}
export type DemoApi = Awaited<ReturnType<typeof demoApi>>;

/** A ticket of `categoryCode` at the label `qrCode`, reported by `reporter` and taken to "completed" by the desk and tech-zhao. */
export async function completedTicket(reporter: DemoApi, qrCode: string, categoryCode: string, description: string): Promise<{ id: string; number: string }> {
  const [desk, tech] = await Promise.all([demoApi('desk-wang'), demoApi('tech-zhao')]);
  const created = await reporter.post<{ id: string; number: string }>('/v1/tickets', { qrCode, categoryCode, description, urgency: 'normal', notADuplicate: true });
  if (created.status !== 201) throw new Error(`report answered ${created.status}: ${JSON.stringify(created.body)}`);
  const id = created.body.id;
  const steps: [DemoApi, string, unknown][] = [
    [desk, 'assign', { technicianId: 'tech-zhao' }],
    [tech, 'accept', {}],
    [tech, 'arrive', { qrCode }],
    [tech, 'complete', { note: '已更换', parts: [] }],
  ];
  for (const [who, command, body] of steps) {
    const res = await who.post(`/v1/tickets/${id}/${command}`, body);
    if (res.status !== 200) throw new Error(`${command} answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return created.body;
}
