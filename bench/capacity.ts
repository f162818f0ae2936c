import { randomUUID } from 'node:crypto';
import { DynamoCatalogRepository } from '../functions/src/adapters/dynamo/catalogRepository';
import { createDocumentClient } from '../functions/src/adapters/dynamo/client';
import { DynamoTicketRepository } from '../functions/src/adapters/dynamo/ticketRepository';
import { PageCursors } from '../functions/src/adapters/dynamo/pageCursor';
import { DynamoUserRepository } from '../functions/src/adapters/dynamo/userRepository';
import { CreateTicketBody } from '../functions/src/contract/tickets';
import { readConfig } from '../functions/src/config';
import { buildDeps } from '../functions/src/deps';
import { createTicket } from '../functions/src/domain/tickets/createTicket';
import { listMyTickets } from '../functions/src/domain/tickets/readTickets';
import { recordConsumedCapacity, type Call } from './consumedCapacity';
import { printTable } from './table';

/** The low-level command names the document client's calls arrive with. */
const WRITE_COMMANDS = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);

export interface OperationCapacity {
  name: string;
  runs: number;
  /** Per run (every run makes the same calls; the worst run is kept). */
  commands: Record<string, number>;
  transactions: number;
  queries: number;
  readUnits: number;
  writeUnits: number;
  /** The part of writeUnits spent on keeping the GSIs up to date. */
  indexWriteUnits: number;
  budget: { ok: boolean; text: string };
}

function summarize(calls: Call[]): Omit<OperationCapacity, 'name' | 'runs' | 'budget'> {
  const commands: Record<string, number> = {};
  let readUnits = 0;
  let writeUnits = 0;
  let indexWriteUnits = 0;
  for (const call of calls) {
    const command = call.command.replace(/Command$/, '');
    commands[command] = (commands[command] ?? 0) + 1;
    const units = call.capacity.reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
    const onIndexes = call.capacity.reduce(
      (sum, c) => sum + Object.values(c.GlobalSecondaryIndexes ?? {}).reduce((s, i) => s + (i.CapacityUnits ?? 0), 0),
      0,
    );
    if (WRITE_COMMANDS.has(command)) {
      writeUnits += units;
      indexWriteUnits += onIndexes;
    } else readUnits += units;
  }
  return { commands, transactions: commands.TransactWriteItems ?? 0, queries: commands.Query ?? 0, readUnits, writeUnits, indexWriteUnits };
}

/**
 * The DynamoDB work of one create-ticket and one list-my-tickets, as their handlers do it (read
 * the signed-in user, then the use case), against DynamoDB Local with the demo hospital.
 */
export async function measureCapacity(dynamoEndpoint: string, body: (i: number) => Record<string, unknown>, runs = 20): Promise<OperationCapacity[]> {
  const config = readConfig();
  const doc = createDocumentClient({ endpoint: dynamoEndpoint, region: config.region });
  const calls = recordConsumedCapacity(doc);
  const repositories = {
    catalog: new DynamoCatalogRepository(doc, config.tableName),
    users: new DynamoUserRepository(doc, config.tableName, new PageCursors(config.sessionSecret)),
    tickets: new DynamoTicketRepository(doc, config.tableName, new PageCursors(config.sessionSecret)),
  };
  const deps = { ...buildDeps(config), ...repositories };
  const hospitalId = config.defaultHospitalId;

  async function perRun(name: string, op: (i: number) => Promise<unknown>): Promise<Omit<OperationCapacity, 'budget'>> {
    let worst: ReturnType<typeof summarize> | undefined;
    for (let i = 0; i < runs; i++) {
      calls.length = 0;
      await op(i);
      const run = summarize(calls);
      if (!worst || run.writeUnits + run.readUnits > worst.writeUnits + worst.readUnits) worst = run;
    }
    return { name, runs, ...worst! };
  }

  const signedIn = async () => {
    const user = await deps.users.getUser(hospitalId, 'nurse-li');
    if (!user) throw new Error('The demo user nurse-li is missing');
    return user;
  };
  try {
    const create = await perRun('create-ticket', async (i) =>
      // Parsed by the contract as the handler parses it (defaults such as photoKeys: []).
      createTicket(deps, await signedIn(), CreateTicketBody.parse(body(100_000 + i)), `capacity-${randomUUID()}`),
    );
    const list = await perRun('list-my-tickets', async () => listMyTickets(deps.tickets, deps.jobs, await signedIn(), { limit: 20 }));
    return [
      { ...create, budget: { ok: create.transactions <= 1 && create.writeUnits <= 3, text: '≤ 1 transaction, ≤ 3 write units' } },
      { ...list, budget: { ok: list.queries === 1, text: '1 Query' } },
    ];
  } finally {
    doc.destroy();
  }
}

export function printCapacity(results: OperationCapacity[]): void {
  printTable(
    'DynamoDB per operation (ReturnConsumedCapacity, DynamoDB Local, worst of the runs; includes reading the signed-in user)',
    ['operation', 'requests', 'transactions', 'queries', 'read units', 'write units', 'of which GSIs', 'budget', ''],
    results.map((r) => [
      r.name,
      Object.entries(r.commands).map(([c, n]) => `${c}×${n}`).join(' '),
      r.transactions,
      r.queries,
      r.readUnits.toFixed(1),
      r.writeUnits.toFixed(1),
      r.indexWriteUnits.toFixed(1),
      r.budget.text,
      r.budget.ok ? 'ok' : 'OVER',
    ]),
    [
      'A transactional write costs 2 write units per KB of each item, and every GSI the item lands in costs its own',
      'units (also doubled): the 3-item create transaction cannot cost less than 6, whatever the item sizes.',
    ],
  );
}
