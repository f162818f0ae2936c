import * as z from 'zod/mini';
import { Id } from './common';
import { Day } from './admin';

/** The Monday a rota week starts on (the hospital's calendar), e.g. 2026-11-30. */
export const WeekStart = Day.check(
  z.refine((day) => new Date(`${day}T00:00:00Z`).getUTCDay() === 1, { message: 'week must be the Monday the week starts on (YYYY-MM-DD)', params: { code: 'not_a_monday', messageZh: 'week 须为该周的星期一（YYYY-MM-DD）' } }),
);
const HourMinute = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/**
 * One shift of one person on one day, in the hospital's zone. An end at or before the start runs
 * past midnight into the next day (a night shift belongs to the day it starts on).
 */
export const ShiftEntryInput = z.object({ day: Day, start: HourMinute, end: HourMinute });
export type ShiftEntryInput = z.infer<typeof ShiftEntryInput>;

export const WeekQuery = z.object({ week: WeekStart });

/** A person's shifts of one week replace the ones they had: at most two a day. */
export const SetShiftsBody = z.object({ entries: z.array(ShiftEntryInput).check(z.maxLength(14)) });
export type SetShiftsBody = z.infer<typeof SetShiftsBody>;

export const ShiftEntry = z.object({ userId: Id, day: z.string(), start: z.string(), end: z.string() }).register(z.globalRegistry, { id: 'ShiftEntry' });
export type ShiftEntry = z.infer<typeof ShiftEntry>;

/** The rota of one week: every dated shift of the hospital's staff from Monday to Sunday. */
export const ShiftWeek = z.object({ week: z.string(), items: z.array(ShiftEntry) }).register(z.globalRegistry, { id: 'ShiftWeek' });
export type ShiftWeek = z.infer<typeof ShiftWeek>;
