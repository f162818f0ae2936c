/**
 * Issue 6: a dashboard read costs the same at 1,000 and at 100,000 tickets. The dashboard reads
 * the aggregate items (AP-40), one per (kind, day, value), never the tickets: their number is
 * bounded by days × categories × buildings × departments, not by the tickets.
 *
 * The tickets' contributions are written straight into the aggregates: each ticket's
 * `ticketCells()` (what the aggregator's deltas sum to, tested as a property in ticketDeltas.test.ts)
 * summed in memory, then applied through the aggregate repository, 99 items per transaction. Running
 * 100k tickets through the API and the aggregator would take hours and measure something else.
 */
import { createDocumentClient } from '../functions/src/adapters/dynamo/client';
import { DynamoAggregateRepository } from '../functions/src/adapters/dynamo/aggregateRepository';
import { DynamoCatalogWriter } from '../functions/src/adapters/dynamo/catalogWriter';
import { PageCursors } from '../functions/src/adapters/dynamo/pageCursor';
import { DynamoTicketRepository } from '../functions/src/adapters/dynamo/ticketRepository';
import type { TicketStatus } from '../functions/src/contract/enums';
import { resolvePeriod } from '../functions/src/domain/reports/period';
import { readDashboard } from '../functions/src/domain/reports/readReports';
import { cellId, ticketCells, type AggregateCell } from '../functions/src/domain/reports/ticketDeltas';
import { aTicket } from '../functions/src/domain/testing/factories';
import { buildTestHospital, staffIds, writeHospital } from '../functions/src/local/seed';
import { printTable } from './table';

const MONTH = '2020-07';
const TIMEZONE = 'Asia/Shanghai';
const CATEGORIES = ['power', 'water', 'hvac', 'medical_equipment', 'it'];
const STATUSES: TicketStatus[] = ['submitted', 'assigned', 'accepted', 'on_site', 'completed', 'closed'];
/** A transaction holds 100 items: the version marker and 99 aggregate updates. */
const CELLS_PER_TRANSACTION = 99;
const WRITERS = 8;

export interface DashboardFigures {
  hospitalId: string;
  tickets: number;
  aggregateItems: number;
  repository: { capacityUnits: number; items: number; queries: number };
  http: { status: number; reported: number; bytes: number };
}

/** Every aggregate item of `count` tickets spread over the month's days, rooms, categories and technicians. */
function aggregateCells(hospitalId: string, count: number): AggregateCell[] {
  const data = buildTestHospital(hospitalId);
  const rooms = data.locations.filter((l) => l.type === 'room');
  const technicians = data.users.filter((u) => u.roles.includes('technician'));
  const cells = new Map<string, AggregateCell>();
  for (let i = 0; i < count; i++) {
    const room = rooms[i % rooms.length]!;
    const tech = technicians[i % technicians.length]!;
    const day = 1 + (i % 31);
    const createdAt = `${MONTH}-${String(day).padStart(2, '0')}T0${i % 10}:${String(i % 60).padStart(2, '0')}:00.000Z`;
    const ticket = aTicket({
      hospitalId,
      id: `T${i}`,
      status: STATUSES[i % STATUSES.length]!,
      categoryCode: CATEGORIES[i % CATEGORIES.length]!,
      locationId: room.id,
      locationName: room.name,
      locationAncestorIds: room.ancestorIds,
      assigneeId: tech.id,
      assigneeName: tech.name,
      createdAt,
      updatedAt: createdAt,
    });
    for (const cell of ticketCells(ticket, TIMEZONE)) {
      const existing = cells.get(cellId(cell));
      if (!existing) cells.set(cellId(cell), { ...cell, counters: { ...cell.counters } });
      else for (const [k, v] of Object.entries(cell.counters)) existing.counters[k] = (existing.counters[k] ?? 0) + v;
    }
  }
  return [...cells.values()];
}

async function devLogin(apiUrl: string, hospitalId: string, userId: string): Promise<string> {
  const response = await fetch(`${apiUrl}/v1/auth/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId, hospitalId }) });
  if (!response.ok) throw new Error(`dev-login as ${userId}@${hospitalId} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

export async function measureDashboard(options: { apiUrl: string; dynamoEndpoint: string; tableName: string; scales: number[]; log: (line: string) => void }): Promise<DashboardFigures[]> {
  const { apiUrl, dynamoEndpoint, tableName, log } = options;
  const doc = createDocumentClient({ endpoint: dynamoEndpoint, region: 'cn-north-1' });
  const figures: DashboardFigures[] = [];
  try {
    for (const tickets of options.scales) {
      const hospitalId = `bench-dash-${tickets}`;
      const data = buildTestHospital(hospitalId);
      await writeHospital(new DynamoCatalogWriter(doc, tableName), data);
      const cells = aggregateCells(hospitalId, tickets);
      const writer = new DynamoAggregateRepository(doc, tableName);
      const chunks: AggregateCell[][] = [];
      for (let i = 0; i < cells.length; i += CELLS_PER_TRANSACTION) chunks.push(cells.slice(i, i + CELLS_PER_TRANSACTION));
      for (let w = 0; w < chunks.length; w += WRITERS) {
        await Promise.all(chunks.slice(w, w + WRITERS).map((chunk, n) => writer.applyOnce({ hospitalId, ticketId: `bench-load-${w + n}`, version: 1, cells: chunk, alert: null })));
      }
      log(`  ${tickets.toLocaleString('en')} tickets → ${cells.length.toLocaleString('en')} aggregate items written`);

      const reader = new DynamoAggregateRepository(doc, tableName);
      await readDashboard(reader, hospitalId, resolvePeriod({ month: MONTH }, new Date(), 'Asia/Shanghai'), {}, data.categories, {
        counter: new DynamoTicketRepository(doc, tableName, PageCursors.ofThisProcess()),
        now: new Date(),
      });
      const token = await devLogin(apiUrl, hospitalId, staffIds.manager);
      const { from, to } = resolvePeriod({ month: MONTH }, new Date(), 'Asia/Shanghai');
      const response = await fetch(`${apiUrl}/v1/dashboard?from=${from}&to=${to}`, { headers: { authorization: `Bearer ${token}` } });
      const body = await response.text();
      const reported = response.ok ? ((JSON.parse(body) as { tickets?: { reported?: number } }).tickets?.reported ?? -1) : -1;
      figures.push({
        hospitalId,
        tickets,
        aggregateItems: cells.length,
        repository: { ...reader.consumed },
        http: { status: response.status, reported, bytes: Buffer.byteLength(body) },
      });
    }
  } finally {
    doc.destroy();
  }
  return figures;
}

export function printDashboard(figures: DashboardFigures[]): void {
  printTable(
    'Dashboard of a month (GET /v1/dashboard; readDashboard through the aggregate repository)',
    ['tickets', 'aggregate items', 'read units', 'items read', 'queries', 'HTTP', 'reported', 'body bytes'],
    figures.map((f) => [f.tickets.toLocaleString('en'), f.aggregateItems.toLocaleString('en'), f.repository.capacityUnits, f.repository.items, f.repository.queries, f.http.status, f.http.reported, f.http.bytes]),
    [
      'read units, items read and queries: readDashboard through the repository (the code GET /v1/dashboard runs); they follow the month, categories, buildings and departments, not the tickets',
      'read units may differ by a fraction: a counter of 100,000 is a few bytes longer than one of 1,000 (items are billed by size, 4 KB a unit)',
      'HTTP: the same month through the local server as the hospital manager (status, tickets reported, body size)',
    ],
  );
}
