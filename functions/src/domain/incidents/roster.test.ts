import type { UserRecord } from '../records';
import { resolveRoster } from './roster';

const user = (id: string, roles: UserRecord['roles'], more: Partial<UserRecord> = {}): UserRecord => ({
  hospitalId: 'h1', id, name: `name-${id}`, roles, department: null, skills: [], phone: null, openid: null, createdAt: '2026-01-01T00:00:00.000Z', ...more,
});

const users = [
  user('director', ['manager']),
  user('mgr', ['manager']),
  user('desk-on', ['dispatcher']),
  user('desk-off', ['dispatcher']),
  user('lead-power', ['technician'], { team: '电工班', teamLeader: true }),
  user('tech-power', ['technician'], { team: '电工班' }),
  user('lead-water', ['technician'], { team: '水工班', teamLeader: true }),
  user('retired-mgr', ['manager'], { retired: true }),
  user('guest', [], { kind: 'guest' }),
];
const categories = [{ code: 'power', team: '电工班' }, { code: 'water', team: '水工班' }];
const onShift = (u: Pick<UserRecord, 'id'>) => u.id === 'desk-on';
const all = { grade: 'I' as const, onSiteMinutes: 30, planMinutes: 60, managers: true, onShiftDispatchers: true, teamLeaders: true };

describe('the command roster of an incident', () => {
  it('names the grade\'s people, the managers, the dispatchers on shift and the leaders of the teams concerned, each once', () => {
    const roster = resolveRoster({ settings: { ...all, namedUserIds: ['director', 'lead-power'] }, users, onShift, categories, categoryCodes: ['power'] });
    expect(roster.map((p) => p.id)).toEqual(['director', 'lead-power', 'mgr', 'desk-on']);
  });

  it('leaves out the groups the grade switches off, retired people and guests', () => {
    const roster = resolveRoster({ settings: { ...all, managers: false, onShiftDispatchers: false, namedUserIds: ['retired-mgr', 'guest', 'gone'] }, users, onShift, categories, categoryCodes: ['power', 'water'] });
    expect(roster).toEqual([
      { id: 'lead-power', name: 'name-lead-power' },
      { id: 'lead-water', name: 'name-lead-water' },
    ]);
  });

  it('pages no team leader of a team the incident does not concern', () => {
    const roster = resolveRoster({ settings: { ...all, managers: false, onShiftDispatchers: false, namedUserIds: [] }, users, onShift, categories, categoryCodes: ['water'] });
    expect(roster.map((p) => p.id)).toEqual(['lead-water']);
  });
});
