import type { TicketStatus } from '../../functions/src/contract/enums';
import type { ErrorBody } from '../../functions/src/contract/common';
import type { Ticket } from '../../functions/src/contract/tickets';
import { TICKET_COMMAND_PATHS, TICKET_COMMANDS, type TicketCommand } from '../../functions/src/contract/lifecycle';
import { COMMAND_TABLE, type FromStatus, type Relation } from '../../functions/src/domain/tickets/lifecycleTable';
import { api, type ApiClient } from '../support/api';
import { addUser, setCategory } from '../support/catalogEdits';
import { createTestHospital, type TestHospital } from '../support/hospital';

/**
 * Every cell of the permission matrix (the `who` of each lifecycle table row), through the real API: for each command, each kind of
 * person tries it on a ticket in a status where the command is legal for someone. Those the
 * matrix allows get through; everyone else is refused (403, 404 when they may not even see it,
 * or 409 when their relation allows it but not in this status).
 */
const personas = ['reporter', 'colleague', 'otherReporter', 'desk', 'assignee', 'otherTechnician', 'manager', 'admin'] as const;
type Persona = (typeof personas)[number];

/** How each persona stands to a ticket reported by nurse-li and assigned to (or grabbable by) tech-zhao. */
const relationsOf: Record<Persona, Relation[]> = {
  reporter: ['member', 'reporter'],
  colleague: ['member', 'colleague'],
  otherReporter: ['member'],
  desk: ['member', 'desk'],
  assignee: ['member', 'assignee', 'qualifiedTechnician'],
  otherTechnician: ['member'],
  // not 'supervisor': a manager is that on a vendor's job only (issue 16), and this matrix's jobs are in-house,
  // so failSpotCheck is refused to everyone here (its allowed cell is tried in spotChecks.test.ts)
  manager: ['member'],
  admin: ['member'],
};

let hospital: TestHospital;
const client = {} as Record<Persona | 'driver', ApiClient>;
let n = 0;

beforeAll(async () => {
  hospital = await createTestHospital();
  await addUser(hospital, { id: 'nurse-he', name: '何护士', roles: ['reporter'], department: '心内科病区' });
  // Power jobs go to the grab pool in this hospital; tech-zhao (power) may grab, tech-sun (plumbing) may not.
  await setCategory(hospital, 'power', { dispatchMode: 'grab' });
  const ids: Record<Persona, string> = {
    reporter: hospital.users.nurse,
    colleague: 'nurse-he',
    otherReporter: hospital.users.doctor,
    desk: hospital.users.dispatcher,
    assignee: hospital.users.electrician,
    otherTechnician: hospital.users.plumber,
    manager: hospital.users.manager,
    admin: hospital.users.admin,
  };
  await Promise.all(personas.map(async (p) => (client[p] = await api.as(hospital.hospitalId, ids[p]))));
});

async function ok<T>(p: Promise<{ status: number; body: T }>): Promise<T> {
  const res = await p;
  if (res.status >= 300) throw new Error(`setup step failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A ticket of nurse-li driven to a status by the people whose job that is. */
async function ticketIn(status: TicketStatus | 'pool' | 'complaint'): Promise<Ticket> {
  const { reporter, desk, assignee } = client;
  const pool = status === 'pool';
  const t = await ok(
    reporter.post<Ticket>(
      '/v1/tickets',
      { qrCode: hospital.rooms.ward.qrCode, categoryCode: pool ? 'power' : 'water', description: `矩阵 ${++n}`, urgency: 'normal', notADuplicate: true },
      { headers: { 'idempotency-key': `matrix-${Date.now()}-${n}` } },
    ),
  );
  if (status === 'submitted' || pool) return t;
  const steps: [ApiClient, string, unknown?][] = [
    [desk, 'assign', { technicianId: 'tech-zhao' }],
    [assignee, 'accept'],
    [assignee, 'arrive', { qrCode: hospital.rooms.ward.qrCode }],
  ];
  const upTo: Record<string, number> = { assigned: 1, accepted: 2, on_site: 3, on_hold: 3, completed: 3, confirmed: 3, closed: 3, complaint: 3 };
  for (const [who, verb, body] of steps.slice(0, upTo[status])) await ok(who.post(`/v1/tickets/${t.id}/${verb}`, body));
  if (status === 'on_hold') return ok(assignee.post<Ticket>(`/v1/tickets/${t.id}/hold`, { reason: '等配件' }));
  if (['completed', 'confirmed', 'closed', 'complaint'].includes(status)) await ok(assignee.post(`/v1/tickets/${t.id}/complete`, { note: '已修复' }));
  if (['confirmed', 'closed', 'complaint'].includes(status)) await ok(reporter.post(`/v1/tickets/${t.id}/confirm`, { satisfied: true }));
  if (status === 'complaint') await ok(reporter.post(`/v1/tickets/${t.id}/rate`, { score: 1 }));
  if (status === 'closed') await ok(desk.post(`/v1/tickets/${t.id}/callback`, { reached: true }));
  return t;
}

/** A row's `who`, read as relation → statuses. */
const whoOf = (command: TicketCommand): Partial<Record<Relation, readonly FromStatus[]>> => COMMAND_TABLE[command].who;

async function bodyFor(command: TicketCommand): Promise<unknown> {
  switch (command) {
    case 'assign': return { technicianId: 'tech-sun', reason: '调整' };
    case 'arrive': return { qrCode: hospital.rooms.ward.qrCode };
    case 'complete': return { note: '已修复' };
    case 'confirm': return { satisfied: true };
    case 'confirmEmergency': return { emergency: true };
    case 'rate': return { score: 4 };
    case 'merge': return { intoTicketId: (await ticketIn('submitted')).id };
    case 'callback': return { reached: true, satisfied: true };
    case 'complaint': return { step: 'respond', note: '已联系' };
    case 'failSpotCheck': return { note: '抽查不合格' };
    case 'hold': case 'reopen': case 'cancel': case 'handBack': case 'requestTransfer': return { reason: '测试' };
    default: return undefined;
  }
}

/** The status each command is tried in: the first one in which the matrix allows it to anyone. */
function stateFor(command: TicketCommand): TicketStatus | 'pool' | 'complaint' {
  if (command === 'grab') return 'pool';
  if (command === 'complaint') return 'complaint';
  return Object.values(whoOf(command)).flat()[0] as TicketStatus;
}

describe.each(TICKET_COMMANDS.map((c) => [c]))('%s', (command) => {
  const status = stateFor(command);
  const probe = status === 'pool' ? 'submitted' : status === 'complaint' ? 'confirmed' : status;
  // One ticket per persona (an allowed command changes it), driven there side by side.
  const tickets = new Map<Persona, Ticket>();
  beforeAll(async () => {
    await Promise.all(personas.map(async (p) => tickets.set(p, await ticketIn(status))));
  });
  it.each(personas.map((p) => [p]))(`by %s, on a ticket that is ${String(status)}`, async (persona) => {
    const allowed = relationsOf[persona].some((r) => whoOf(command)[r]?.includes(probe));
    const t = tickets.get(persona)!;
    const res = await client[persona].post<Ticket & ErrorBody>(`/v1/tickets/${t.id}/${TICKET_COMMAND_PATHS[command]}`, await bodyFor(command));
    if (allowed) {
      // Allowed to try: it goes through, or a business rule (e.g. following one's own ticket) answers a plain conflict.
      expect([200, 409]).toContain(res.status);
      if (res.status === 409) expect(res.body.error.code).toBe('conflict');
    } else {
      expect([403, 404, 409]).toContain(res.status);
      if (res.status === 409) expect(res.body.error.code).toBe('illegal_transition');
    }
  });
});
