import type { UserRecord } from '../../domain/records';

/** Seeded accounts have fixed dates so that two seeds of the same hospital are identical. */
const seededAt = '2026-01-01T00:00:00.000Z';
const everyDay = [1, 2, 3, 4, 5, 6, 7];
/**
 * Day shift plus night on-call: seeded staff are on shift at every hour, so a demo or a test
 * that dispatches at 3 a.m. finds a technician instead of depending on the wall clock.
 */
const aroundTheClock = [
  { days: everyDay, start: '08:00', end: '20:00' },
  { days: everyDay, start: '20:00', end: '08:00' },
];

/** The stable user ids the demo, the tests and the docs use; dev-login takes these ids. */
export const staffIds = {
  nurse: 'nurse-li',
  doctor: 'doctor-wu',
  dispatcher: 'desk-wang',
  /** The second dispatcher: the one a shift handover goes to. */
  secondDispatcher: 'desk-zhou',
  electrician: 'tech-zhao',
  plumber: 'tech-sun',
  manager: 'manager-chen',
  admin: 'admin',
} as const;

/**
 * The staff of a hospital. Skills are category codes (tech-zhao the electrician covers power and
 * the other electrical trades, tech-sun the plumber water and gas), so dispatch can match a
 * ticket's category to a technician without a translation table.
 */
export function staffFor(hospitalId: string, buildings: { main: string; second: string }): UserRecord[] {
  const user = (fields: Omit<UserRecord, 'hospitalId' | 'openid' | 'createdAt'>): UserRecord => ({ hospitalId, openid: null, createdAt: seededAt, ...fields });
  return [
    user({ id: staffIds.nurse, name: '李护士', roles: ['reporter'], department: '心内科病区', skills: [], phone: '13800138001' }),
    user({ id: staffIds.doctor, name: '吴医生', roles: ['reporter'], department: '急诊科', skills: [], phone: '13800138002' }),
    user({
      id: staffIds.dispatcher,
      name: '王调度',
      roles: ['dispatcher'],
      department: '服务受理室',
      skills: [],
      phone: '0756-2528-1000',
      shifts: structuredClone(aroundTheClock),
    }),
    // Two dispatchers so a handover (交接班) can be recorded in the demo: 周调度 works the day shift,
    // 王调度 is on at every hour (the demo's desk account, wherever the clock stands).
    user({
      id: staffIds.secondDispatcher,
      name: '周调度',
      roles: ['dispatcher'],
      department: '服务受理室',
      skills: [],
      phone: '0756-2528-1001',
      shifts: [{ days: everyDay, start: '08:00', end: '20:00' }],
    }),
    user({
      id: staffIds.electrician,
      name: '赵师傅',
      roles: ['technician'],
      department: '后勤保障部 电工班',
      skills: ['power', 'hvac', 'it', 'telecom', 'fire', 'elevator', 'building'],
      phone: '13800138004',
      shifts: structuredClone(aroundTheClock),
      homeBuildingId: buildings.main,
    }),
    user({
      id: staffIds.plumber,
      name: '孙师傅',
      roles: ['technician'],
      department: '后勤保障部 水工班',
      skills: ['water', 'gas', 'building', 'cleaning', 'pest'],
      phone: '13800138005',
      shifts: structuredClone(aroundTheClock),
      homeBuildingId: buildings.second,
    }),
    user({ id: staffIds.manager, name: '陈主任', roles: ['manager'], department: '后勤保障部', skills: [], phone: '13800138006' }),
    user({ id: staffIds.admin, name: '系统管理员', roles: ['admin'], department: '信息中心', skills: [], phone: null }),
  ];
}
