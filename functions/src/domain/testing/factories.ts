import type { TicketRecord, UserRecord } from '../records';
import { unstartedTicketFields } from '../tickets/unstartedTicket';

/** Small factories for unit tests of the domain; integration tests use real seeded hospitals. */
export function aUser(overrides: Partial<UserRecord> & Pick<UserRecord, 'id'>): UserRecord {
  return {
    hospitalId: 'h1',
    name: overrides.id,
    roles: ['reporter'],
    department: null,
    skills: [],
    phone: null,
    openid: null,
    createdAt: '2026-11-23T00:00:00.000Z',
    ...overrides,
  };
}

export const people = {
  nurse: aUser({ id: 'nurse-li', roles: ['reporter'], department: '心内科病区' }),
  colleague: aUser({ id: 'nurse-he', roles: ['reporter'], department: '心内科病区' }),
  doctor: aUser({ id: 'doctor-wu', roles: ['reporter'], department: '急诊科' }),
  desk: aUser({ id: 'desk-wang', roles: ['dispatcher'] }),
  zhao: aUser({ id: 'tech-zhao', roles: ['technician'], skills: ['power', 'hvac'] }),
  sun: aUser({ id: 'tech-sun', roles: ['technician'], skills: ['water', 'gas'] }),
  manager: aUser({ id: 'manager-chen', roles: ['manager'] }),
  admin: aUser({ id: 'admin', roles: ['admin'] }),
};

export function aTicket(overrides: Partial<TicketRecord> = {}): TicketRecord {
  return {
    hospitalId: 'h1',
    id: 't1',
    number: 'BX20261123-0001',
    status: 'submitted',
    urgency: 'normal',
    reportedUrgency: 'normal',
    urgencyRaisedReason: null,
    categoryCode: 'power',
    description: '灯不亮',
    locationId: 'room-1',
    locationName: '护士站',
    locationPath: ['本部', '5号楼', '3层', '护士站'],
    locationAncestorIds: ['campus', 'b5', 'b5-f3'],
    assetId: null,
    assetName: null,
    photoKeys: [],
    contactPhone: null,
    reporterId: 'nurse-li',
    reporterName: '李护士',
    reporterDepartment: '心内科病区',
    createdAt: '2026-11-23T02:00:00.000Z',
    updatedAt: '2026-11-23T02:00:00.000Z',
    version: 1,
    acceptBy: '2026-11-23T02:15:00.000Z',
    arriveBy: '2026-11-23T06:00:00.000Z',
    ...unstartedTicketFields(),
    watch: { kind: 'accept', dueAt: '2026-11-23T02:15:00.000Z', level: 0 },
    inGrabPool: false,
    ...overrides,
  };
}
