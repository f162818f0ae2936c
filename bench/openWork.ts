/**
 * Issue 3: what the desk queue (AP-19, GSI3), the handover sheet (every open ticket, the same
 * index) and the SLA scan (AP-20, GSI4) cost at 10,000 and 100,000 open tickets, and that none of
 * them grows with the closed tickets (the history). Issue 13: the desk's lists as its screens read
 * them — the handover sheet's first page and the callbacks list — against their budgets, with
 * callbacks owed piled up in the big hospital too.
 *
 * Tickets are written straight into the table (BatchWrite of the repository's own `ticketItem()`),
 * not through the API: 100k creates would take hours and measure something else. The queue's
 * first page and the handover sheet's full read are then made through the repository (capacity,
 * pages) and through the local HTTP server as the hospital's dispatcher (what the desk's phone
 * would get); the SLA scan is the domain's `scanSla` with an injected clock.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { putAll } from '../functions/src/adapters/dynamo/batchWrite';
import { DynamoCatalogRepository } from '../functions/src/adapters/dynamo/catalogRepository';
import { DynamoCatalogWriter } from '../functions/src/adapters/dynamo/catalogWriter';
import { createDocumentClient } from '../functions/src/adapters/dynamo/client';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { QUEUE_PREFIX, deskIndex } from '../functions/src/adapters/dynamo/keys';
import { ticketItem } from '../functions/src/adapters/dynamo/ticketItem';
import { DynamoTicketRepository } from '../functions/src/adapters/dynamo/ticketRepository';
import { PageCursors } from '../functions/src/adapters/dynamo/pageCursor';
import type { TicketStatus } from '../functions/src/contract/enums';
import type { LocationRecord, SlaWatch, TicketRecord, UserRecord } from '../functions/src/domain/records';
import { scanSla } from '../functions/src/domain/sla/scanSla';
import { aTicket } from '../functions/src/domain/testing/factories';
import { buildTestHospital, staffIds, writeHospital } from '../functions/src/local/seed';
import { capacityUnits, recordConsumedCapacity, type Call } from './consumedCapacity';
import { median, ms, printTable } from './table';

/** The hospital that holds all the open work (the worst case for its desk queue). */
const BIG = 'bench-big' as const;
/** A realistic hospital: a few hundred open tickets among everyone else's. */
const REAL = 'bench-real' as const;
type Hospital = typeof BIG | typeof REAL;
const REAL_OPEN = 500;
/** Tickets that fall due in each measured SLA scan (the busy minute after a shift change, say). */
const DUE_PER_SCAN = { [BIG]: 175, [REAL]: 25 } as const;
const SLA_PAGE_PER_SHARD = 100;
/**
 * Above this many open tickets in one hospital the bench reads only the first pages of its queue
 * and extrapolates: DynamoDB Local answers each later page of a large partition more slowly
 * (a full read of 100k took over 10 minutes here), which the cloud does not.
 */
const FULL_READ_UP_TO = 20_000;
const SAMPLED_PAGES = 10;
/** The page the desk's queue screen asks for (the API's default page size). */
const QUEUE_PAGE = 20;
/** Issue 13's budgets, over HTTP as the dispatcher (median of 3), at 10,000 open tickets in one hospital. */
export const HANDOVER_FIRST_PAGE_BUDGET_MS = 1000;
export const CALLBACKS_LIST_BUDGET_MS = 1000;
/** Completed tickets nobody called back yet, in the big hospital (the list issue 13 found growing without bound). */
const CALLBACKS_OWED = 2000;
const WRITERS = 8;
const SLICE = 500;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/**
 * The bench's own timeline, years before any ticket the other parts create "now": those never fall
 * due in these scans, and these tickets' deadlines are all in the bench's future except the ones
 * meant to be due. Scan k runs at T0 + k hours.
 */
const T0 = Date.parse('2020-06-01T08:00:00.000Z');
const scanAt = (k: number) => new Date(T0 + k * HOUR_MS);
const iso = (t: number) => new Date(t).toISOString();

const OPEN_STATUSES: TicketStatus[] = ['submitted', 'submitted', 'assigned', 'accepted', 'on_site', 'on_hold'];

interface Place {
  rooms: LocationRecord[];
  technicians: UserRecord[];
}

/** An open ticket as the lifecycle would have left it; `dueAt` is when its SLA watch falls due, null for far in the future. */
function openTicket(hospitalId: string, place: Place, i: number, dueAt: number | null): TicketRecord {
  const status: TicketStatus = dueAt === null ? OPEN_STATUSES[i % OPEN_STATUSES.length]! : i % 2 ? 'submitted' : 'accepted';
  const room = place.rooms[i % place.rooms.length]!;
  const tech = place.technicians[i % place.technicians.length]!;
  const createdAt = T0 - (i % 600) * MINUTE_MS;
  const assigned = status !== 'submitted';
  const far = T0 + 10 * 24 * HOUR_MS + (i % 1000) * MINUTE_MS;
  // On site and on hold have no pending watch (the clock is met or stopped), as nextWatch() decides.
  const watch: SlaWatch | null =
    status === 'on_site' || status === 'on_hold' ? null : { kind: status === 'accepted' ? 'arrive' : 'accept', dueAt: iso(dueAt ?? far), level: 0 };
  return aTicket({
    hospitalId,
    id: ulid(createdAt),
    number: `BX20200601-${String(i).padStart(6, '0')}`,
    status,
    urgency: i % 50 === 0 ? 'urgent' : 'normal',
    categoryCode: 'power',
    locationId: room.id,
    locationName: room.name,
    locationAncestorIds: room.ancestorIds,
    assigneeId: assigned ? tech.id : null,
    assigneeName: assigned ? tech.name : null,
    createdAt: iso(createdAt),
    updatedAt: iso(createdAt),
    acceptBy: watch?.kind === 'accept' ? watch.dueAt : iso(far),
    arriveBy: watch?.kind === 'arrive' ? watch.dueAt : iso(far + HOUR_MS),
    acceptedAt: assigned && status !== 'assigned' ? iso(createdAt + 5 * MINUTE_MS) : null,
    holdReason: status === 'on_hold' ? '等待配件' : null,
    heldAt: status === 'on_hold' ? iso(createdAt + 30 * MINUTE_MS) : null,
    watch,
  });
}

/** A closed ticket: repaired, confirmed, called back. It keeps its GSI1/2/5(/6) keys; it leaves GSI3 and GSI4. */
function closedTicket(hospitalId: string, place: Place, i: number): TicketRecord {
  const room = place.rooms[i % place.rooms.length]!;
  const tech = place.technicians[i % place.technicians.length]!;
  const createdAt = T0 - (2 + (i % 700)) * 24 * HOUR_MS - (i % 1440) * MINUTE_MS;
  const at = (minutes: number) => iso(createdAt + minutes * MINUTE_MS);
  return aTicket({
    hospitalId,
    id: ulid(createdAt),
    number: `BX20200101-${String(i).padStart(6, '0')}`,
    status: 'closed',
    categoryCode: 'power',
    locationId: room.id,
    locationName: room.name,
    locationAncestorIds: room.ancestorIds,
    assigneeId: tech.id,
    assigneeName: tech.name,
    createdAt: iso(createdAt),
    updatedAt: at(3000),
    acceptBy: at(15),
    arriveBy: at(240),
    acceptedAt: at(5),
    arrivedAt: at(40),
    completedAt: at(90),
    confirmedAt: at(200),
    closedAt: at(3000),
    completion: { note: '更换灯管', parts: [], photoKeys: [], byId: tech.id },
    satisfied: true,
    callback: { reached: true, satisfied: true, note: null, at: at(3000), byId: staffIds.dispatcher },
    watch: null,
  });
}

/** A confirmed repair the desk has not called back about yet: in GSI3 under CB#. */
function owedCallbackTicket(hospitalId: string, place: Place, i: number): TicketRecord {
  const closed = closedTicket(hospitalId, place, i);
  return { ...closed, id: ulid(T0 - i * MINUTE_MS), number: `BX20200102-${String(i).padStart(6, '0')}`, status: 'confirmed', closedAt: null, callback: null };
}

/** BatchWrite of the tickets' items, WRITERS slices at a time. */
async function load(doc: DynamoDBDocumentClient, tableName: string, count: number, make: (i: number) => TicketRecord): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (next < count) {
        const from = next;
        next += SLICE;
        const items: Record<string, unknown>[] = [];
        for (let i = from; i < Math.min(from + SLICE, count); i++) items.push(ticketItem(make(i)));
        await putAll(doc, tableName, items);
      }
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

interface Reads {
  calls: number;
  itemsRead: number;
  readUnits: number;
  writeUnits: number;
  commands: Record<string, number>;
}

function reads(calls: readonly Call[]): Reads {
  const commands: Record<string, number> = {};
  let itemsRead = 0;
  let readUnits = 0;
  let writeUnits = 0;
  for (const call of calls) {
    const command = call.command.replace(/Command$/, '');
    commands[command] = (commands[command] ?? 0) + 1;
    itemsRead += call.scannedCount + (command === 'GetItem' ? 1 : 0);
    if (command === 'TransactWriteItems' || command === 'BatchWriteItem' || command === 'PutItem' || command === 'UpdateItem') writeUnits += capacityUnits(call);
    else readUnits += capacityUnits(call);
  }
  return { calls: calls.length, itemsRead, readUnits, writeUnits, commands };
}

/** The desk queue's first page, as GET /v1/tickets?scope=queue reads it. */
export interface QueuePageFigures {
  phase: string;
  hospital: string;
  openInHospital: number;
  items: number;
  queries: number;
  itemsRead: number;
  readUnits: number;
  repositoryMs: number;
  http: { status: number; items: number; bytes: number; ms: number };
}

/** Every open ticket of a hospital, as the handover sheet (GET /v1/handover) reads it. */
export interface HandoverFigures {
  phase: string;
  hospital: string;
  openInHospital: number;
  items: number;
  pages: number;
  itemsRead: number;
  readUnits: number;
  repositoryMs: number;
  /** Set when only the first pages were read: the figures are those pages' scaled to all items. */
  sampledPages?: number;
  http: { status: number; items: number; bytes: number; ms: number } | null;
}

/** The desk's lists as its screens read them: the handover sheet's first page, the callbacks list's. */
export interface DeskListFigures {
  phase: string;
  hospital: string;
  openInHospital: number;
  callbacksOwed: number;
  handoverFirstPage: { status: number; items: number; bytes: number; ms: number };
  callbacksList: { status: number; items: number; bytes: number; ms: number };
}

export interface SlaFigures {
  phase: string;
  quiet: Reads & { due: number; ms: number };
  busy: Reads & { due: number; escalated: number; ms: number };
}

export interface OpenWorkFigures {
  scales: number[];
  loadRatePerSecond: number[];
  queuePage: QueuePageFigures[];
  handover: HandoverFigures[];
  deskLists: DeskListFigures[];
  sla: SlaFigures[];
}

/**
 * The first SAMPLED_PAGES pages of listDeskQueue's Query (same key condition), scaled to the
 * hospital's open tickets: pages, items read and read units grow linearly with them.
 */
async function sampleQueue(doc: DynamoDBDocumentClient, calls: Call[], tableName: string, hospitalId: string, openThere: number) {
  calls.length = 0;
  let start: Record<string, unknown> | undefined;
  let items = 0;
  const t0 = performance.now();
  for (let page = 0; page < SAMPLED_PAGES; page++) {
    const out = await doc.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'GSI3',
        KeyConditionExpression: 'GSI3PK = :pk AND begins_with(GSI3SK, :prefix)',
        ExpressionAttributeValues: { ':pk': deskIndex(hospitalId), ':prefix': QUEUE_PREFIX },
        ExclusiveStartKey: start,
      }),
    );
    items += out.Items?.length ?? 0;
    start = out.LastEvaluatedKey;
    if (!start) break;
  }
  const sampled = reads(calls);
  const scale = openThere / items;
  return {
    items: openThere,
    pages: Math.ceil((sampled.commands.Query ?? 0) * scale),
    itemsRead: Math.round(sampled.itemsRead * scale),
    readUnits: sampled.readUnits * scale,
    repositoryMs: (performance.now() - t0) * scale,
    sampledPages: sampled.commands.Query ?? 0,
  };
}

async function devLogin(apiUrl: string, hospitalId: string, userId: string): Promise<string> {
  const response = await fetch(`${apiUrl}/v1/auth/dev-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId, hospitalId }),
  });
  if (!response.ok) throw new Error(`dev-login as ${userId}@${hospitalId} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/**
 * Loads the scales one after the other (10k, then up to 100k open), and at each measures with
 * no new closed tickets, then again after adding as many closed tickets as there are open ones.
 */
export async function measureOpenWork(options: {
  apiUrl: string;
  dynamoEndpoint: string;
  tableName: string;
  scales: number[];
  log: (line: string) => void;
  /** Smaller for the smoke run: the realistic hospital's open tickets, and the watches due per scan. */
  realOpen?: number;
  duePerScan?: Record<Hospital, number>;
  callbacksOwed?: number;
}): Promise<OpenWorkFigures> {
  const { apiUrl, dynamoEndpoint, tableName, log } = options;
  const realOpen = options.realOpen ?? REAL_OPEN;
  const duePerScan = options.duePerScan ?? DUE_PER_SCAN;
  const callbacksOwed = options.callbacksOwed ?? CALLBACKS_OWED;
  const doc = createDocumentClient({ endpoint: dynamoEndpoint, region: 'cn-north-1' });
  const loader = createDocumentClient({ endpoint: dynamoEndpoint, region: 'cn-north-1' });
  const calls = recordConsumedCapacity(doc);
  const tickets = new DynamoTicketRepository(doc, tableName, PageCursors.ofThisProcess());
  const catalog = new DynamoCatalogRepository(doc, tableName);
  const figures: OpenWorkFigures = { scales: options.scales, loadRatePerSecond: [], queuePage: [], handover: [], deskLists: [], sla: [] };
  try {
    const places: Record<string, Place> = {};
    for (const id of [BIG, REAL]) {
      const data = buildTestHospital(id);
      // Escalations to the manager come a week after a breach, so the tickets a scan escalates
      // are not due again in the next measured scan, an hour later: each scan sees only its own.
      data.hospital.policy = { escalateToManagerAfterMinutes: 7 * 24 * 60 };
      await writeHospital(new DynamoCatalogWriter(loader, tableName), data);
      places[id] = {
        rooms: data.locations.filter((l) => l.type === 'room'),
        technicians: data.users.filter((u) => u.roles.includes('technician')),
      };
    }
    const tokens = { [BIG]: await devLogin(apiUrl, BIG, staffIds.dispatcher), [REAL]: await devLogin(apiUrl, REAL, staffIds.dispatcher) };
    const scans = options.scales.length * 2;
    /** Ticket i of a hospital falls due in scan k when i < DUE × scans; all others are far off. */
    const dueAt = (hospital: Hospital, i: number): number | null => {
      const due = duePerScan[hospital];
      if (i >= due * scans) return null;
      const k = 1 + Math.floor(i / due);
      return scanAt(k).getTime() - (1 + (i % 50)) * MINUTE_MS;
    };

    let open = 0;
    let closed = 0;
    let scan = 0;
    const addOpen = async (hospital: Hospital, upTo: number, from: number) =>
      load(loader, tableName, upTo - from, (j) => openTicket(hospital, places[hospital]!, from + j, dueAt(hospital, from + j)));

    /** A repository read, 3 times: its last result, the DynamoDB work of one run, median ms. */
    const readThroughRepository = async <T>(read: () => Promise<T>) => {
      const times: number[] = [];
      let result: T | undefined;
      let run: Reads | undefined;
      for (let r = 0; r < 3; r++) {
        calls.length = 0;
        const t0 = performance.now();
        result = await read();
        times.push(performance.now() - t0);
        run = reads(calls);
      }
      return { result: result!, run: run!, repositoryMs: median(times) };
    };

    /** GET `path` as the hospital's dispatcher, 3 times: status, items, bytes of the answer, median ms. */
    const readAsDispatcher = async (path: string, hospital: Hospital, countItems: (body: unknown) => number) => {
      const times: number[] = [];
      let http = { status: 0, items: 0, bytes: 0, ms: 0 };
      for (let r = 0; r < 3; r++) {
        const t0 = performance.now();
        const response = await fetch(`${apiUrl}${path}`, { headers: { authorization: `Bearer ${tokens[hospital]}` } });
        const body = Buffer.from(await response.arrayBuffer());
        times.push(performance.now() - t0);
        http = { status: response.status, items: response.ok ? countItems(JSON.parse(body.toString('utf8'))) : 0, bytes: body.length, ms: 0 };
      }
      return { ...http, ms: median(times) };
    };

    /** What the desk's first screen costs: one page of the queue, through the repository and over HTTP (median of 3). */
    const firstQueuePage = async (hospital: Hospital) => {
      const { result, run, repositoryMs } = await readThroughRepository(() => tickets.pageDeskQueue(hospital, {}, { limit: QUEUE_PAGE }));
      const http = await readAsDispatcher(`/v1/tickets?scope=queue&limit=${QUEUE_PAGE}`, hospital, (body) => (body as { items: unknown[] }).items.length);
      return { items: result.items.length, queries: run.commands.Query ?? 0, itemsRead: run.itemsRead, readUnits: run.readUnits, repositoryMs, http };
    };

    const phase = () => `${(open + realOpen).toLocaleString('en')} open, ${closed.toLocaleString('en')} closed`;
    const measure = async (label: string) => {
      for (const hospital of [REAL, BIG] as const) {
        const openThere = hospital === BIG ? open : realOpen;
        figures.queuePage.push({ phase: label, hospital, openInHospital: openThere, ...(await firstQueuePage(hospital)) });
        if (openThere > FULL_READ_UP_TO) {
          figures.handover.push({ phase: label, hospital, openInHospital: openThere, ...(await sampleQueue(doc, calls, tableName, hospital, openThere)), http: null });
          continue;
        }
        const { result, run, repositoryMs } = await readThroughRepository(() => tickets.listDeskQueue(hospital));
        figures.handover.push({
          phase: label,
          hospital,
          openInHospital: openThere,
          items: result.length,
          pages: run.commands.Query ?? 0,
          itemsRead: run.itemsRead,
          readUnits: run.readUnits,
          repositoryMs,
          http: null,
        });
      }
      for (const hospital of [REAL, BIG] as const) {
        figures.deskLists.push({
          phase: label,
          hospital,
          openInHospital: hospital === BIG ? open : realOpen,
          callbacksOwed: hospital === BIG ? callbacksOwed : 0,
          handoverFirstPage: await readAsDispatcher('/v1/handover', hospital, (body) => (body as { open: unknown[] }).open.length),
          callbacksList: await readAsDispatcher(`/v1/tickets?scope=callbacks&limit=${QUEUE_PAGE}`, hospital, (body) => (body as { items: unknown[] }).items.length),
        });
      }

      // A quiet minute: nothing due (T0 precedes every deadline of the bench's tickets).
      calls.length = 0;
      let t0 = performance.now();
      const quietDue = await tickets.listDueWatches(new Date(T0), SLA_PAGE_PER_SHARD);
      const quiet = { ...reads(calls), due: quietDue.length, ms: performance.now() - t0 };

      // A busy minute: the scan that records DUE_PER_SCAN breaches per hospital.
      scan++;
      calls.length = 0;
      t0 = performance.now();
      const at = scanAt(scan);
      const result = await scanSla({ tickets, catalog, clock: { now: () => at } });
      figures.sla.push({ phase: label, quiet, busy: { ...reads(calls), due: result.due, escalated: result.escalated, ms: performance.now() - t0 } });
      log(`  measured: ${label}`);
    };

    for (const scale of options.scales) {
      const started = performance.now();
      if (open === 0) {
        await addOpen(REAL, realOpen, 0);
        await load(loader, tableName, callbacksOwed, (j) => owedCallbackTicket(BIG, places[BIG]!, j));
      }
      figures.loadRatePerSecond.push(await addOpen(BIG, scale, open));
      open = scale;
      log(`  loaded ${open.toLocaleString('en')} open tickets in ${BIG} (+${realOpen} in ${REAL}) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      await measure(phase());

      const addClosed = open - closed;
      const t = performance.now();
      // As many closed tickets as open ones, half in each hospital: the realistic one gets a long history too.
      const half = Math.floor(addClosed / 2);
      figures.loadRatePerSecond.push(await load(loader, tableName, half, (j) => closedTicket(REAL, places[REAL]!, closed + j)));
      await load(loader, tableName, addClosed - half, (j) => closedTicket(BIG, places[BIG]!, closed + j));
      closed += addClosed;
      log(`  added ${addClosed.toLocaleString('en')} closed tickets in ${((performance.now() - t) / 1000).toFixed(0)} s`);
      await measure(phase());
    }
    return figures;
  } finally {
    doc.destroy();
    loader.destroy();
  }
}


export function printOpenWork(f: OpenWorkFigures): void {
  printTable(
    `Desk queue, first page: GET /v1/tickets?scope=queue&limit=${QUEUE_PAGE} (AP-19: GSI3, sparse: only unfinished tickets)`,
    ['tickets in the table', 'hospital', 'open there', 'items', 'queries', 'items read', 'read units', 'repository ms', 'HTTP', 'HTTP KB', 'HTTP ms'],
    f.queuePage.map((q) => [
      q.phase,
      q.hospital,
      q.openInHospital.toLocaleString('en'),
      q.items,
      q.queries,
      q.itemsRead.toLocaleString('en'),
      q.readUnits.toFixed(1),
      ms(q.repositoryMs),
      q.http.status,
      (q.http.bytes / 1024).toFixed(1),
      ms(q.http.ms),
    ]),
    [
      'The desk reads its queue a page at a time (urgency, then deadline): the cost of a page follows the page size, not the open work or the history.',
      'repository = DynamoTicketRepository.pageDeskQueue; HTTP = the handler through the local server, as the dispatcher (median of 3).',
    ],
  );
  printTable(
    'Every unfinished ticket of the hospital read whole (AP-19): what recording a handover reads',
    ['tickets in the table', 'hospital', 'open there', 'items', 'Query pages', 'items read', 'read units', 'repository ms'],
    f.handover.map((q) => {
      const est = q.sampledPages ? '≈' : '';
      return [
        q.phase,
        q.hospital,
        q.openInHospital.toLocaleString('en'),
        q.items.toLocaleString('en'),
        `${est}${q.pages}`,
        `${est}${q.itemsRead.toLocaleString('en')}`,
        `${est}${q.readUnits.toFixed(1)}`,
        `${est}${ms(q.repositoryMs)}`,
      ];
    }),
    [
      `${REAL}: ${REAL_OPEN} open tickets among everyone else's — its cost does not move when the others or the closed tickets grow.`,
      `${BIG}: all the open work in one hospital — the sheet reads all of it (1 MB per Query page), so its cost follows that hospital's open tickets.`,
      'Closed tickets leave GSI3 when they close: adding them changes neither items read nor read units.',
      'The handover sheet itself comes a page at a time (next table); only recording a handover still reads the whole queue, for its ticket ids.',
      'repository = DynamoTicketRepository.listDeskQueue (capacity from ReturnConsumedCapacity).',
      `≈ = above ${FULL_READ_UP_TO.toLocaleString('en')} open in one hospital: the first ${SAMPLED_PAGES} pages measured and scaled to all of them (DynamoDB Local slows down on later pages of a big partition; the cloud does not), no HTTP read.`,
    ],
  );
  const verdict = (value: number, budget: number) => (value <= budget ? 'ok' : 'OVER');
  printTable(
    `The desk's lists over HTTP as the dispatcher (median of 3): GET /v1/handover (first page) ≤ ${HANDOVER_FIRST_PAGE_BUDGET_MS} ms, GET /v1/tickets?scope=callbacks&limit=${QUEUE_PAGE} ≤ ${CALLBACKS_LIST_BUDGET_MS} ms`,
    ['tickets in the table', 'hospital', 'open there', 'callbacks owed', 'handover items', 'KB', 'ms', 'budget', 'callbacks items', 'KB', 'ms', 'budget'],
    f.deskLists.map((d) => [
      d.phase,
      d.hospital,
      d.openInHospital.toLocaleString('en'),
      d.callbacksOwed.toLocaleString('en'),
      d.handoverFirstPage.status === 200 ? d.handoverFirstPage.items : `HTTP ${d.handoverFirstPage.status}`,
      (d.handoverFirstPage.bytes / 1024).toFixed(1),
      ms(d.handoverFirstPage.ms),
      verdict(d.handoverFirstPage.ms, HANDOVER_FIRST_PAGE_BUDGET_MS),
      d.callbacksList.status === 200 ? d.callbacksList.items : `HTTP ${d.callbacksList.status}`,
      (d.callbacksList.bytes / 1024).toFixed(1),
      ms(d.callbacksList.ms),
      verdict(d.callbacksList.ms, CALLBACKS_LIST_BUDGET_MS),
    ]),
    [
      'The handover sheet\'s first page: 50 open tickets with their clocks (no count of all: that would read every open ticket), the first 20 callbacks owed, the incoming dispatchers, the last handovers.',
      'The callbacks list answers whole until it is paged (issue 13, hotline part): its items and bytes then follow the callbacks owed, not the page size.',
    ],
  );
  printTable(
    'SLA scan (AP-20: GSI4, sparse, keys only, 8 shards; the domain\'s scanSla with an injected clock)',
    ['tickets in the table', 'quiet: queries', 'items read', 'read units', 'ms', 'busy: due', 'escalated', 'requests', 'items read', 'read units', 'write units', 'ms'],
    f.sla.map((s) => [
      s.phase,
      s.quiet.commands.Query ?? 0,
      s.quiet.itemsRead,
      s.quiet.readUnits.toFixed(1),
      ms(s.quiet.ms),
      s.busy.due,
      s.busy.escalated,
      Object.entries(s.busy.commands).map(([c, n]) => `${c}×${n}`).join(' '),
      s.busy.itemsRead.toLocaleString('en'),
      s.busy.readUnits.toFixed(1),
      s.busy.writeUnits.toFixed(1),
      ms(s.busy.ms),
    ]),
    [
      'quiet = a minute with nothing due (listDueWatches: one Query per shard); busy = a scan that finds 200 watches due (175 + 25) and escalates each.',
      'Both follow the due watches only: not the open tickets whose deadlines are still ahead, not the closed ones (no watch, so not in GSI4).',
      `Load rate (BatchWrite into DynamoDB Local): ${f.loadRatePerSecond.map((r) => `${r.toFixed(0)}/s`).join(', ')}.`,
    ],
  );
}
