import { addDays, format, parseISO } from 'date-fns';
import type { SetShiftsBody } from '../../contract/shifts';
import type { ShiftRepository, UserRepository } from '../ports';
import type { ShiftEntryRecord } from '../records';
import { invalidField, mustExist } from './editRules';

type Deps = { shifts: ShiftRepository; users: UserRepository };

/** Monday to Sunday of the week starting on `week` (a Monday, checked by the contract). */
export function weekDays(week: string): { fromDay: string; toDay: string } {
  return { fromDay: week, toDay: format(addDays(parseISO(week), 6), 'yyyy-MM-dd') };
}

/** AP-150: the rota of one week, by day, then person, then start. */
export function listWeek(deps: Pick<Deps, 'shifts'>, hospitalId: string, week: string): Promise<ShiftEntryRecord[]> {
  const { fromDay, toDay } = weekDays(week);
  return deps.shifts.listBetween(hospitalId, fromDay, toDay);
}

/** One person's shifts of a week replace their previous ones: each on a day of that week, at most one per day and start. */
export async function setUserShifts(deps: Deps, hospitalId: string, userId: string, week: string, body: SetShiftsBody): Promise<ShiftEntryRecord[]> {
  const user = mustExist(await deps.users.getUser(hospitalId, userId), `User ${userId}`, `用户 ${userId} `);
  if (user.kind === 'guest') throw invalidField('id', 'not_staff', 'Only staff work shifts', '只有员工可以排班');
  const days = weekDays(week);
  const seen = new Set<string>();
  body.entries.forEach((e, i) => {
    if (e.day < days.fromDay || e.day > days.toDay) {
      throw invalidField(`entries.${i}.day`, 'outside_week', `${e.day} is not in the week of ${week}`, `${e.day} 不在 ${week} 这一周内`);
    }
    if (seen.has(`${e.day}#${e.start}`)) throw invalidField(`entries.${i}.start`, 'duplicate_shift', `Two shifts start at ${e.start} on ${e.day}`, `${e.day} ${e.start} 有两个班次`);
    seen.add(`${e.day}#${e.start}`);
  });
  const entries = body.entries.map((e) => ({ hospitalId, userId, day: e.day, start: e.start, end: e.end })).sort((a, b) => (a.day + a.start).localeCompare(b.day + b.start));
  await deps.shifts.replaceWeek(hospitalId, userId, days, entries);
  return entries;
}
