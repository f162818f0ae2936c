import { InvalidError, NotFoundError } from '../errors';
import type { ShiftRepository, UserRepository } from '../ports';
import type { ShiftEntryRecord, UserRecord } from '../records';
import { setUserShifts, weekDays } from './manageShifts';

const tech = { hospitalId: 'h1', id: 'tech-1', name: '钱师傅', roles: ['technician'], department: null, skills: [], phone: null, openid: null, createdAt: '2026-01-01T00:00:00Z' } as UserRecord;

function fakes() {
  const written: { userId: string; week: { fromDay: string; toDay: string }; entries: readonly ShiftEntryRecord[] }[] = [];
  const shifts: ShiftRepository = {
    listBetween: async () => [],
    replaceWeek: async (_h, userId, week, entries) => {
      written.push({ userId, week, entries });
    },
  };
  const users = { getUser: async (_h: string, id: string) => (id === tech.id ? tech : null) } as unknown as UserRepository;
  return { deps: { shifts, users }, written };
}

describe('the shift rota', () => {
  it('spans a week from its Monday to its Sunday, across a month end', () => {
    expect(weekDays('2026-11-30')).toEqual({ fromDay: '2026-11-30', toDay: '2026-12-06' });
  });

  it('replaces the person\'s week with the entries, sorted by day and start', async () => {
    const { deps, written } = fakes();
    const entries = await setUserShifts(deps, 'h1', 'tech-1', '2026-11-30', {
      entries: [
        { day: '2026-12-02', start: '08:00', end: '16:00' },
        { day: '2026-11-30', start: '20:00', end: '08:00' },
      ],
    });
    expect(entries.map((e) => `${e.day} ${e.start}`)).toEqual(['2026-11-30 20:00', '2026-12-02 08:00']);
    expect(written).toEqual([{ userId: 'tech-1', week: { fromDay: '2026-11-30', toDay: '2026-12-06' }, entries }]);
  });

  it('refuses a day outside the week, naming the entry', async () => {
    const { deps, written } = fakes();
    const refused = setUserShifts(deps, 'h1', 'tech-1', '2026-11-30', { entries: [{ day: '2026-12-07', start: '08:00', end: '16:00' }] });
    await expect(refused).rejects.toBeInstanceOf(InvalidError);
    await expect(refused).rejects.toMatchObject({ problems: [{ field: 'entries.0.day', code: 'outside_week' }] });
    expect(written).toEqual([]);
  });

  it('refuses two shifts starting at the same time on the same day', async () => {
    const { deps } = fakes();
    const twice = { day: '2026-12-01', start: '08:00', end: '12:00' };
    await expect(setUserShifts(deps, 'h1', 'tech-1', '2026-11-30', { entries: [twice, { ...twice, end: '16:00' }] })).rejects.toMatchObject({ problems: [{ field: 'entries.1.start' }] });
  });

  it('answers 404 for someone who is not on the staff list', async () => {
    const { deps } = fakes();
    await expect(setUserShifts(deps, 'h1', 'nobody', '2026-11-30', { entries: [] })).rejects.toBeInstanceOf(NotFoundError);
  });
});
