/**
 * Issue 11: how soon a notification reaches the person it is for, and that none is lost when
 * WeChat misbehaves. Everything goes through the local stack as the app and WeChat see it: the
 * nurse's submit and the desk's assign over HTTP, the table's stream read by the stack's poller
 * into the notifier, the WeChat fake accepting subscribe messages, the redrive job run through
 * its local hook.
 *
 * Timing points, all on this machine's clock (stack, fake and bench share one process):
 *   - start: the moment the submit's / assign's HTTP answer is read (what the person who acted sees);
 *   - inbox: the first live poll (`GET /v1/notifications?since=<arrived>`, the app's poll) that
 *     returns the item, polled every POLL_MS. Polling, not the item's `createdAt`: `createdAt` is
 *     when the notifier wrote it, before the read path (the counter the poll checks, the page
 *     query) has to show it; the poll is what the app would actually get. It over-states by at
 *     most POLL_MS plus one poll's round trip.
 *   - WeChat: the fake's own record of when it accepted the message (`at` of GET /__sent), exact.
 *
 * Found by this bench (2026-12-01): the notifier writes the in-app items and waits for WeChat in
 * the same stream batch, and the next batch waits for it; so a WeChat answering late (up to the
 * notifier's 10 s wait) holds back every later notification, the desk's new_report included
 * (tens of seconds in the full fault run). The "while WeChat answers late" table shows it.
 */
import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoCatalogWriter } from '../functions/src/adapters/dynamo/catalogWriter';
import { createDocumentClient } from '../functions/src/adapters/dynamo/client';
import { ticketPk } from '../functions/src/adapters/dynamo/keys';
import type { DeliveryRecord } from '../functions/src/domain/ports';
import type { UserRecord } from '../functions/src/domain/records';
import type { FaultSpec } from '../functions/src/local/wechatFake/faults';
import type { SentMessage } from '../functions/src/local/wechatFake/subscribeMessages';
import { demoHospitalId, staffIds, type HospitalDataset } from '../functions/src/local/seed';
import { devLoginToken, reportBodies } from './latency';
import { ms, percentile, printTable } from './table';

export const NOTIFY_P95_BUDGET_MS = 2000;
/** The one-time template of the technician's new job (domain/notify/templates.ts, the fake's templates.ts). */
const NEW_JOB_TEMPLATE = 'TMPL_TICKET_ASSIGNED';
const SEND = '/cgi-bin/message/subscribe/send';
const POLL_MS = 50;
/** A notification that has not arrived after this long is counted lost (the run is then broken). */
const ARRIVAL_TIMEOUT_MS = 60_000;
/** The notifier stops waiting for WeChat's answer after 10 s: a later answer leaves the send unanswered (resent later). */
const UNANSWERED_DELAY_MS = 12_000;
/** Late, but within the notifier's wait: answered, nothing set aside. */
const LATE_DELAY_MS = 5_000;
/** The redrive's first retry is due 5 minutes after a failure; each round moves the stack's clock this far. */
const REDRIVE_STEP_MINUTES = 6;
const MAX_REDRIVE_ROUNDS = 12;

export interface NotifyOptions {
  apiUrl: string;
  wechatUrl: string;
  dynamoEndpoint: string;
  tableName: string;
  data: HospitalDataset;
  /** Tickets of the latency run. */
  tickets: number;
  /** Tickets in flight at once (each: submit, the desk sees it, assign, the technician and WeChat see it). */
  concurrency: number;
  /** Tickets per technician of each fault group in the fault run. */
  faultTicketsPerTechnician: number;
  /** How long WeChat answers -1 to the outage group. */
  outageMs: number;
  log: (line: string) => void;
}

export interface NotifyFigures {
  tickets: number;
  concurrency: number;
  deskInboxMs: number[];
  techInboxMs: number[];
  wechatMs: number[];
  /** Notifications of the latency run that never arrived within ARRIVAL_TIMEOUT_MS. */
  latencyLost: { deskInbox: number; techInbox: number; wechat: number };
  faults: FaultFigures;
}

interface GroupFigures {
  group: string;
  pairs: number;
  expected: number;
  /** Messages set aside for the redrive (letters) on the first attempt. */
  setAside: number;
  sent: number;
  duplicated: number;
  lost: number;
  /** The slowest assign → first message at the fake of the group (null: none arrived): whether a fault held others back. */
  firstMaxMs: number | null;
  note: string;
}

interface FaultFigures {
  tickets: number;
  outageMs: number;
  groups: GroupFigures[];
  redriveRounds: number;
  /** Σ `resends` of the desk's letters of these tickets. */
  letterResends: number;
  /** The NotificationResends metric as the handlers published it (EMF lines on stdout). */
  metricResends: number;
  /** submit → desk inbox of reports filed while WeChat answers late (the new_report waits behind the slow sends). */
  probeMs: number[];
  /** Messages sent by a redrive run an hour after everything was delivered (must be 0). */
  sentAfterSettled: number;
}

interface Tech {
  id: string;
  openid: string;
  token: string;
}

const sleep = (msToWait: number) => new Promise((resolve) => setTimeout(resolve, msToWait));
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

async function call<T>(url: string, init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(url, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

async function ok<T>(what: string, answer: Promise<{ status: number; body: T }>, expected = [200, 201]): Promise<T> {
  const { status, body } = await answer;
  if (!expected.includes(status)) throw new Error(`${what} answered ${status}: ${JSON.stringify(body)}`);
  return body;
}

/**
 * A person's bell, polled as the app does (`since` = the last `arrived`): the first time each
 * ticket's notification of `kind` is seen. One poller per inbox, however many tickets are in flight.
 */
class InboxWatcher {
  readonly firstSeen = new Map<string, number>();
  private since: number | undefined;
  private stopped = false;
  private readonly loop: Promise<void>;

  constructor(
    private readonly apiUrl: string,
    private readonly token: string,
    private readonly kind: string,
  ) {
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const query = this.since === undefined ? 'limit=50' : `limit=50&since=${this.since}`;
      const { status, body } = await call<{ items: { ticketId: string; kind: string }[]; arrived: number; changed: boolean }>(`${this.apiUrl}/v1/notifications?${query}`, { token: this.token });
      const seenAt = performance.now();
      if (status !== 200) throw new Error(`GET /v1/notifications answered ${status}`);
      if (body.changed || this.since === undefined) {
        for (const item of body.items) if (item.kind === this.kind && !this.firstSeen.has(item.ticketId)) this.firstSeen.set(item.ticketId, seenAt);
      }
      this.since = body.arrived;
      await sleep(POLL_MS);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }
}

/** The fake's record of what WeChat accepted, for this run's openids. */
async function sentTo(wechatUrl: string, openids: ReadonlySet<string>): Promise<SentMessage[]> {
  const { body } = await call<{ items: SentMessage[] }>(`${wechatUrl}/__sent`);
  return body.items.filter((m) => openids.has(m.touser));
}

const ticketOf = (message: SentMessage) => /[?&]id=([^&]+)$/.exec(message.page ?? '')?.[1] ?? null;

/** Resolves with the value once `check` gives one, or null after ARRIVAL_TIMEOUT_MS. */
async function until<T>(check: () => T | undefined): Promise<T | null> {
  const deadline = performance.now() + ARRIVAL_TIMEOUT_MS;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (performance.now() > deadline) return null;
    await sleep(POLL_MS / 2);
  }
}

/** WeChat-linked technicians added to the demo hospital, each with `accepts` one-time new-job subscriptions. */
async function addTechnicians(options: NotifyOptions, prefix: string, count: number, accepts: number): Promise<Tech[]> {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  const skills = options.data.categories.map((c) => c.code);
  const doc = createDocumentClient({ endpoint: options.dynamoEndpoint, region: 'cn-north-1' });
  try {
    const users: UserRecord[] = ids.map((id) => ({
      hospitalId: demoHospitalId,
      id,
      name: '基准师傅',
      roles: ['technician'],
      department: null,
      skills,
      phone: null,
      openid: `openid-${id}`,
      createdAt: new Date().toISOString(),
    }));
    await new DynamoCatalogWriter(doc, options.tableName).putUsers(users);
  } finally {
    doc.destroy();
  }
  return Promise.all(
    ids.map(async (id) => {
      const token = await devLoginToken(options.apiUrl, id);
      // One accept is one message (one-time template): as many as the tickets this technician gets.
      for (let i = 0; i < accepts; i++) {
        await ok('subscription', call(`${options.apiUrl}/v1/notifications/subscriptions`, { token, body: { errMsg: 'requestSubscribeMessage:ok', [NEW_JOB_TEMPLATE]: 'accept' } }));
      }
      return { id, openid: `openid-${id}`, token };
    }),
  );
}

interface Tokens {
  nurse: string;
  desk: string;
}

function submitter(options: NotifyOptions, tokens: Tokens): (i: number) => Promise<{ ticketId: string; answeredAt: number }> {
  const body = reportBodies(options.data);
  return async (i) => {
    const created = await ok<{ id: string }>(
      'submit',
      call(`${options.apiUrl}/v1/tickets`, { token: tokens.nurse, body: body(i), headers: { 'idempotency-key': `bench-notify-${randomUUID()}` } }),
    );
    return { ticketId: created.id, answeredAt: performance.now() };
  };
}

async function assign(options: NotifyOptions, tokens: Tokens, ticketId: string, tech: Tech): Promise<number> {
  await ok('assign', call(`${options.apiUrl}/v1/tickets/${ticketId}/assign`, { token: tokens.desk, body: { technicianId: tech.id } }), [200]);
  return performance.now();
}

/**
 * `performance.now()` and the fake's ISO `at` are on different scales: the offset between them,
 * taken once (both read this process's clock).
 */
const wallToPerf = (iso: string) => Date.parse(iso) - (Date.now() - performance.now());

async function measureLatencies(options: NotifyOptions, tokens: Tokens, run: string): Promise<Omit<NotifyFigures, 'faults'>> {
  const techCount = Math.max(1, Math.min(10, options.tickets));
  const techs = await addTechnicians(options, `bench-n${run}`, techCount, Math.ceil(options.tickets / techCount));
  const openids = new Set(techs.map((t) => t.openid));
  const desk = new InboxWatcher(options.apiUrl, tokens.desk, 'new_report');
  const techInboxes = new Map(techs.map((t) => [t.id, new InboxWatcher(options.apiUrl, t.token, 'new_job')]));
  const wechatSeen = new Map<string, number>();
  let watching = true;
  const wechatLoop = (async () => {
    while (watching) {
      for (const m of await sentTo(options.wechatUrl, openids)) {
        const ticketId = ticketOf(m);
        if (ticketId && !wechatSeen.has(ticketId)) wechatSeen.set(ticketId, wallToPerf(m.at));
      }
      await sleep(POLL_MS);
    }
  })();

  const submit = submitter(options, tokens);
  const deskInboxMs: number[] = [];
  const techInboxMs: number[] = [];
  const wechatMs: number[] = [];
  const lost = { deskInbox: 0, techInbox: 0, wechat: 0 };
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (next < options.tickets) {
          const i = next++;
          const tech = techs[i % techs.length]!;
          const { ticketId, answeredAt } = await submit(i);
          const onDesk = await until(() => desk.firstSeen.get(ticketId));
          if (onDesk === null) lost.deskInbox++;
          else deskInboxMs.push(onDesk - answeredAt);
          // The desk assigns once it has seen the report (as a dispatcher would), or gives up waiting.
          const assignedAt = await assign(options, tokens, ticketId, tech);
          const inbox = techInboxes.get(tech.id)!;
          const [onPhone, onWeChat] = await Promise.all([until(() => inbox.firstSeen.get(ticketId)), until(() => wechatSeen.get(ticketId))]);
          if (onPhone === null) lost.techInbox++;
          else techInboxMs.push(onPhone - assignedAt);
          if (onWeChat === null) lost.wechat++;
          else wechatMs.push(onWeChat - assignedAt);
        }
      }),
    );
  } finally {
    watching = false;
    await Promise.all([desk.stop(), ...[...techInboxes.values()].map((w) => w.stop()), wechatLoop]);
  }
  return { tickets: options.tickets, concurrency: options.concurrency, deskInboxMs: sorted(deskInboxMs), techInboxMs: sorted(techInboxMs), wechatMs: sorted(wechatMs), latencyLost: lost };
}

/**
 * Counts the NotificationResends metric from the EMF lines Powertools writes to stdout (the
 * handlers run in this process), and keeps those lines (one per invocation, hundreds here) out of
 * the bench's output meanwhile.
 */
interface ResendMetric {
  total: () => number;
  restore: () => void;
}

function captureResendMetric(): ResendMetric {
  const original = process.stdout.write.bind(process.stdout);
  let total = 0;
  const patched = (chunk: unknown, ...rest: unknown[]): boolean => {
    const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
    if (text.includes('"_aws"')) {
      for (const line of text.split('\n')) {
        if (!line.includes('"_aws"')) continue;
        try {
          const blob = JSON.parse(line) as Record<string, unknown>;
          if (typeof blob.NotificationResends === 'number') total += blob.NotificationResends;
        } catch {
          // Not one whole JSON line: not an EMF blob of ours.
        }
      }
      return true;
    }
    return (original as (c: unknown, ...r: unknown[]) => boolean)(chunk, ...rest);
  };
  process.stdout.write = patched as typeof process.stdout.write;
  return {
    total: () => total,
    restore: () => {
      process.stdout.write = original;
    },
  };
}

async function redrive(options: NotifyOptions, advanceMinutes: number): Promise<{ delivered: number; retrying: number; given_up: number }> {
  if (advanceMinutes > 0) await ok('clock', call(`${options.apiUrl}/__local/clock`, { body: { advanceMs: advanceMinutes * 60_000 } }), [200]);
  const answer = await ok<{ result: { delivered: number; retrying: number; given_up: number } }>(
    'redrive',
    call(`${options.apiUrl}/__local/jobs/notificationRedrive`, { body: { detail: { hospitalId: demoHospitalId } } }),
    [200],
  );
  return answer.result;
}

async function deliveryRecords(options: NotifyOptions, ticketIds: string[]): Promise<DeliveryRecord[]> {
  const doc = createDocumentClient({ endpoint: options.dynamoEndpoint, region: 'cn-north-1' });
  try {
    const all = await Promise.all(
      ticketIds.map(async (ticketId) => {
        const out = await doc.send(
          new QueryCommand({
            TableName: options.tableName,
            KeyConditionExpression: 'PK = :pk AND begins_with(SK, :dlv)',
            ExpressionAttributeValues: { ':pk': ticketPk(demoHospitalId, ticketId), ':dlv': 'DLV#' },
            ConsistentRead: true,
          }),
        );
        return (out.Items ?? []) as DeliveryRecord[];
      }),
    );
    return all.flat();
  } finally {
    doc.destroy();
  }
}

interface Letter {
  ticketId: string | null;
  recipientId: string | null;
  state: string | null;
  resends: number;
}

async function lettersOf(options: NotifyOptions, tokens: Tokens, ticketIds: ReadonlySet<string>): Promise<Letter[]> {
  const { items } = await ok<{ items: Letter[] }>('dead letters', call(`${options.apiUrl}/v1/notifications/dead-letters`, { token: tokens.desk }), [200]);
  return items.filter((l) => l.ticketId !== null && ticketIds.has(l.ticketId));
}

type GroupName = 'outage' | 'late' | 'unanswered' | 'refusing' | 'healthy';
const GROUPS: { name: GroupName; technicians: number; note: string; faults: (tech: Tech, outageMs: number, tickets: number) => FaultSpec[] }[] = [
  { name: 'outage', technicians: 2, note: 'errcode -1 for the outage, then the redrive', faults: (t, outageMs) => [{ path: SEND, errcode: -1, touser: t.openid, forMs: outageMs }] },
  { name: 'late', technicians: 1, note: `answered after ${LATE_DELAY_MS / 1000} s (waited for)`, faults: (t, _o, n) => [{ path: SEND, delayMs: LATE_DELAY_MS, touser: t.openid, times: n }] },
  {
    name: 'unanswered',
    technicians: 1,
    note: `answered after ${UNANSWERED_DELAY_MS / 1000} s (given up on; the redrive resends)`,
    faults: (t, _o, n) => [{ path: SEND, delayMs: UNANSWERED_DELAY_MS, touser: t.openid, times: n }],
  },
  // 43101: the user refused (or used up) the subscription. Nothing to deliver: expected 0, recorded as not subscribed.
  { name: 'refusing', technicians: 1, note: '43101 (refused): expected none, recorded', faults: (t) => [{ path: SEND, errcode: 43101, touser: t.openid, forMs: 3_600_000 }] },
  { name: 'healthy', technicians: 1, note: 'no fault, beside the others', faults: () => [] },
];

async function measureFaults(options: NotifyOptions, tokens: Tokens, run: string, metric: ResendMetric): Promise<FaultFigures> {
  const per = options.faultTicketsPerTechnician;
  const groups = await Promise.all(GROUPS.map(async (g) => ({ ...g, techs: await addTechnicians(options, `bench-f${run}-${g.name}`, g.technicians, per) })));
  const openids = new Set(groups.flatMap((g) => g.techs.map((t) => t.openid)));
  const submit = submitter(options, tokens);
  // Submitted first, so the faults below hit the assign's new_job messages only.
  const jobs: { group: GroupName; tech: Tech; ticketId: string }[] = [];
  let i = 0;
  for (const g of groups) for (const tech of g.techs) for (let k = 0; k < per; k++) jobs.push({ group: g.name, tech, ticketId: (await submit(100_000 + i++)).ticketId });

  const resendsBefore = metric.total();
  {
    const specs = groups.flatMap((g) => g.techs.flatMap((t) => g.faults(t, options.outageMs, per)));
    await ok('faults', call(`${options.wechatUrl}/__faults`, { body: specs }), [204]);
    const outageEnds = Date.now() + options.outageMs;
    const assignedAt = new Map(await Promise.all(jobs.map(async (job) => [job.ticketId, await assign(options, tokens, job.ticketId, job.tech)] as const)));
    const ticketIds = new Set(jobs.map((j) => j.ticketId));
    const probeMs = await probeDeskWhileSlow(options, tokens, submit);

    // Every first attempt settles: delivered, refused, or set aside (a letter); the unanswered ones also arrive at the fake, late.
    const settled = async () => {
      const [records, letters, sent] = await Promise.all([deliveryRecords(options, [...ticketIds]), lettersOf(options, tokens, ticketIds), sentTo(options.wechatUrl, openids)]);
      return jobs.every((job) => {
        const record = records.find((r) => r.ticketId === job.ticketId && r.userId === job.tech.id);
        const lettered = letters.some((l) => l.ticketId === job.ticketId && l.recipientId === job.tech.id);
        const arrived = sent.some((m) => ticketOf(m) === job.ticketId);
        if (job.group === 'unanswered') return lettered && arrived;
        return lettered || (record !== undefined && record.status !== 'sending');
      });
    };
    const deadline = Date.now() + UNANSWERED_DELAY_MS + ARRIVAL_TIMEOUT_MS;
    while (!(await settled()) && Date.now() < deadline) await sleep(200);

    // WeChat is back (the fake's outage runs on real time); then the redrive, time passing for it, until nothing waits.
    await sleep(Math.max(0, outageEnds - Date.now()));
    let rounds = 0;
    for (; rounds < MAX_REDRIVE_ROUNDS; rounds++) {
      const waiting = (await lettersOf(options, tokens, ticketIds)).filter((l) => l.state === 'retrying');
      if (waiting.length === 0) break;
      await redrive(options, REDRIVE_STEP_MINUTES);
    }
    // An hour later, a run finds nothing left to send.
    const before = (await sentTo(options.wechatUrl, openids)).length;
    await redrive(options, 60);
    const sentAfterSettled = (await sentTo(options.wechatUrl, openids)).length - before;

    const [sent, letters, records] = await Promise.all([sentTo(options.wechatUrl, openids), lettersOf(options, tokens, ticketIds), deliveryRecords(options, [...ticketIds])]);
    const figures = groups.map((g): GroupFigures => {
      const mine = jobs.filter((j) => j.group === g.name);
      const counts = mine.map((j) => sent.filter((m) => m.touser === j.tech.openid && ticketOf(m) === j.ticketId).length);
      const expectedEach = g.name === 'refusing' ? 0 : 1;
      const refusedRecorded = mine.filter((j) => records.some((r) => r.ticketId === j.ticketId && r.userId === j.tech.id && r.status === 'not_subscribed')).length;
      return {
        group: g.name,
        pairs: mine.length,
        expected: expectedEach * mine.length,
        setAside: mine.filter((j) => letters.some((l) => l.ticketId === j.ticketId && l.recipientId === j.tech.id)).length,
        sent: counts.reduce((a, b) => a + b, 0),
        duplicated: counts.reduce((a, c) => a + Math.max(0, c - Math.max(1, expectedEach)), 0),
        lost: counts.filter((c) => c < expectedEach).length,
        firstMaxMs: mine.reduce<number | null>((slowest, j) => {
          const first = sent.find((m) => m.touser === j.tech.openid && ticketOf(m) === j.ticketId);
          if (!first) return slowest;
          const took = wallToPerf(first.at) - assignedAt.get(j.ticketId)!;
          return slowest === null ? took : Math.max(slowest, took);
        }, null),
        note: g.name === 'refusing' ? `${g.note} ${refusedRecorded}/${mine.length}` : g.note,
      };
    });
    return {
      tickets: jobs.length,
      outageMs: options.outageMs,
      groups: figures,
      redriveRounds: rounds,
      letterResends: letters.reduce((a, l) => a + l.resends, 0),
      metricResends: metric.total() - resendsBefore,
      sentAfterSettled,
      probeMs,
    };
  }
}

/** Reports filed one after another just after the faulty assigns, while the notifier waits on WeChat's late answers. */
const PROBES = 8;
const PROBE_GAP_MS = 500;

async function probeDeskWhileSlow(options: NotifyOptions, tokens: Tokens, submit: ReturnType<typeof submitter>): Promise<number[]> {
  const desk = new InboxWatcher(options.apiUrl, tokens.desk, 'new_report');
  try {
    const filed: { ticketId: string; answeredAt: number }[] = [];
    for (let i = 0; i < PROBES; i++) {
      filed.push(await submit(200_000 + i));
      await sleep(PROBE_GAP_MS);
    }
    const took = await Promise.all(filed.map(async (f) => ((await until(() => desk.firstSeen.get(f.ticketId))) ?? Number.NaN) - f.answeredAt));
    return sorted(took.filter((t) => !Number.isNaN(t)));
  } finally {
    await desk.stop();
  }
}

export async function measureNotify(options: NotifyOptions): Promise<NotifyFigures> {
  const [nurse, desk] = await Promise.all([devLoginToken(options.apiUrl, staffIds.nurse), devLoginToken(options.apiUrl, staffIds.dispatcher)]);
  const tokens = { nurse, desk };
  // Fresh technicians per run: a kept data directory or the fake's sent log never mixes runs.
  const run = randomUUID().slice(0, 6);
  options.log(`  latency: ${options.tickets} tickets, ${options.concurrency} in flight…`);
  const metric = captureResendMetric();
  try {
    const latencies = await measureLatencies(options, tokens, run);
    options.log(`  faults: ${GROUPS.reduce((a, g) => a + g.technicians, 0) * options.faultTicketsPerTechnician} tickets, WeChat down ${options.outageMs / 1000} s for some, late or refusing for others…`);
    return { ...latencies, faults: await measureFaults(options, tokens, run, metric) };
  } finally {
    metric.restore();
  }
}

/** Prints the figures; false when the run is broken (a message lost, or a duplicate nobody counted). */
export function printNotify(f: NotifyFigures): boolean {
  const budget = (sortedMs: number[]) => {
    const p95 = percentile(sortedMs, 95);
    return Number.isNaN(p95) ? 'no figures' : p95 <= NOTIFY_P95_BUDGET_MS ? 'within budget' : 'over budget';
  };
  const row = (name: string, values: number[], lost: number) => [name, values.length, ms(percentile(values, 50)), ms(percentile(values, 95)), ms(values.at(-1) ?? Number.NaN), lost, budget(values)];
  printTable(
    `Notifications through the local stack (${f.tickets} tickets, ${f.concurrency} in flight; budget p95 ≤ ${NOTIFY_P95_BUDGET_MS} ms)`,
    ['path', 'arrived', 'p50 ms', 'p95 ms', 'max ms', 'lost', 'budget'],
    [
      row('submit → desk inbox (new_report)', f.deskInboxMs, f.latencyLost.deskInbox),
      row('assign → technician inbox (new_job)', f.techInboxMs, f.latencyLost.techInbox),
      row('assign → WeChat fake receipt', f.wechatMs, f.latencyLost.wechat),
    ],
    [
      `From the HTTP answer read by the bench to: the first live poll (GET /v1/notifications?since=, every ${POLL_MS} ms) showing the item; the fake's acceptance time.`,
      'Local figures: the stack’s stream poller stands in for Lambda’s event source mapping (its idle wait is part of the figure).',
    ],
  );
  const faults = f.faults;
  printTable(
    `The desk's inbox while WeChat answers late (${PROBES} reports filed ${PROBE_GAP_MS} ms apart, just after the fault run's assigns)`,
    ['path', 'arrived', 'p50 ms', 'p95 ms', 'max ms', 'lost', 'budget'],
    [row('submit → desk inbox (new_report)', faults.probeMs, PROBES - faults.probeMs.length)],
    ['In-app notifications are written by the same stream consumer that waits on WeChat: a slow answer delays every later item on the shard.'],
  );
  const total = (key: 'expected' | 'setAside' | 'sent' | 'duplicated' | 'lost') => faults.groups.reduce((a, g) => a + g[key], 0);
  printTable(
    `Notifications with faults (${faults.tickets} tickets, one WeChat message expected per ticket × recipient; WeChat down ${faults.outageMs / 1000} s; ${faults.redriveRounds} redrive rounds)`,
    ['recipients', 'tickets', 'expected', 'set aside', 'sent', 'duplicated', 'lost', 'slowest first s', 'fault'],
    [
      ...faults.groups.map((g) => [g.group, g.pairs, g.expected, g.setAside, g.sent, g.duplicated, g.lost, g.firstMaxMs === null ? '-' : (g.firstMaxMs / 1000).toFixed(1), g.note]),
      ['total', faults.tickets, total('expected'), total('setAside'), total('sent'), total('duplicated'), total('lost'), '', ''],
    ],
    [
      `Resends counted: ${faults.letterResends} on the desk's letters, ${faults.metricResends} by the NotificationResends metric; duplicates at WeChat: ${total('duplicated')}.`,
      `A redrive an hour after everything was delivered sent ${faults.sentAfterSettled}. Slowest first: assign → the first message at the fake (the redrive's rounds included; real time, not the moved clock).`,
    ],
  );
  const failures: string[] = [];
  const latencyLost = f.latencyLost.deskInbox + f.latencyLost.techInbox + f.latencyLost.wechat;
  if (latencyLost > 0) failures.push(`${latencyLost} notification(s) of the latency run never arrived`);
  if (faults.probeMs.length < PROBES) failures.push(`${PROBES - faults.probeMs.length} report(s) filed during the faults never reached the desk's inbox`);
  if (total('lost') > 0) failures.push(`${total('lost')} message(s) lost with faults`);
  if (total('duplicated') > faults.metricResends || total('duplicated') > faults.letterResends) failures.push(`${total('duplicated')} duplicate(s) but only ${Math.min(faults.metricResends, faults.letterResends)} resend(s) counted`);
  if (faults.sentAfterSettled > 0) failures.push(`${faults.sentAfterSettled} message(s) sent again after everything was delivered`);
  for (const failure of failures) console.log(`  FAILURE: ${failure}`);
  if (failures.length === 0) console.log('  0 lost; every duplicate counted.');
  return failures.length === 0;
}
