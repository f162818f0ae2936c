import type { CatalogRepository, Clock, ShiftRepository, TicketRepository, UserRepository } from '../ports';
import type { UserRecord } from '../records';
import { visibleTicket } from '../tickets/runCommand';
import { rankCandidates, type Candidate } from './candidates';
import { onShiftAt } from './rota';

export async function candidatesFor(
  deps: { tickets: TicketRepository; users: UserRepository; catalog: CatalogRepository; shifts: ShiftRepository; clock: Clock },
  user: UserRecord,
  ticketId: string,
): Promise<Candidate[]> {
  const [ticket, users, hospital] = await Promise.all([
    visibleTicket(deps.tickets, user, ticketId),
    deps.users.listUsers(user.hospitalId),
    deps.catalog.getHospital(user.hospitalId),
  ]);
  const technicians = users.filter((u) => u.roles.includes('technician'));
  const workloads = new Map(
    await Promise.all(technicians.map(async (t) => [t.id, await deps.tickets.countOpenByAssignee(user.hospitalId, t.id)] as const)),
  );
  const now = deps.clock.now();
  const timezone = hospital?.timezone ?? 'Asia/Shanghai';
  return rankCandidates(ticket, {
    technicians,
    openJobsOf: (id) => workloads.get(id) ?? 0,
    now,
    timezone,
    onShift: await onShiftAt(deps.shifts, user.hospitalId, now, timezone),
  });
}
