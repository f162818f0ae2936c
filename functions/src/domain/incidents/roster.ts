import type { GradeSettings } from '../../contract/incidents';
import type { CategoryRecord, UserRecord } from '../records';
import type { OnShiftCheck } from '../dispatch/rota';
import type { PersonRef } from './records';

/**
 * The command roster of an incident, resolved once when it is declared: the grade's named people,
 * then (as the grade says) the managers, the dispatchers on shift now (the rota) and the team
 * leaders (班组长) of the teams of the incident's categories. Each person once, in that order;
 * retired people and guests never.
 */
export function resolveRoster(input: {
  settings: GradeSettings;
  users: readonly UserRecord[];
  onShift: OnShiftCheck;
  categories: readonly Pick<CategoryRecord, 'code' | 'team'>[];
  categoryCodes: readonly string[];
}): PersonRef[] {
  const { settings, users, onShift } = input;
  const active = users.filter((u) => !u.retired && (u.kind ?? 'staff') === 'staff');
  const teams = new Set(input.categories.filter((c) => input.categoryCodes.includes(c.code)).map((c) => c.team));
  const byId = new Map(active.map((u) => [u.id, u]));
  const picked = [
    ...settings.namedUserIds.map((id) => byId.get(id)),
    ...(settings.managers ? active.filter((u) => u.roles.includes('manager')) : []),
    ...(settings.onShiftDispatchers ? active.filter((u) => u.roles.includes('dispatcher') && onShift(u)) : []),
    ...(settings.teamLeaders ? active.filter((u) => u.teamLeader === true && !!u.team && teams.has(u.team)) : []),
  ];
  const roster = new Map<string, PersonRef>();
  for (const user of picked) if (user && !roster.has(user.id)) roster.set(user.id, { id: user.id, name: user.name });
  return [...roster.values()];
}
