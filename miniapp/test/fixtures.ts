import type { QrLookup, Ticket } from '@contract/tickets';

const sla = { acceptWithinMinutes: { normal: 15, urgent: 15, emergency: 5 }, arriveWithinMinutes: { normal: 240, urgent: 120, emergency: 30 } };

export const wardLookup: QrLookup = {
  code: 'R-B5-0312',
  location: {
    id: 'B5-0312',
    name: '0312 病房',
    type: 'room',
    path: [
      { id: 'main', name: '本部院区', type: 'campus' },
      { id: 'B5', name: '5号楼', type: 'building' },
      { id: 'B5-03', name: '3层', type: 'floor' },
      { id: 'B5-0312', name: '0312 病房', type: 'room' },
    ],
  },
  asset: null,
  categories: [
    { code: 'it', nameZh: '信息系统', nameEn: 'IT systems', team: '信息中心', sla, quickPhrases: [{ zh: '电脑无法开机', en: 'PC will not start' }], signatureRequired: false, suggested: false },
    { code: 'power', nameZh: '供电', nameEn: 'Power', team: '电工班', sla, quickPhrases: [{ zh: '灯不亮', en: 'Light out' }, { zh: '插座没电', en: 'Socket dead' }], signatureRequired: false, suggested: true },
    { code: 'water', nameZh: '供水', nameEn: 'Water', team: '水工班', sla, quickPhrases: [{ zh: '漏水', en: 'Water leak' }], signatureRequired: false, suggested: true },
  ],
  openTickets: [],
};

/** The fields the reporter's screens read; the rest of the (growing) Ticket contract is left out. */
export function createdTicket(over: Partial<Ticket> = {}): Ticket {
  return ({
    id: 't1',
    number: 'BX20261123-0042',
    status: 'submitted',
    urgency: 'normal',
    categoryCode: 'power',
    description: '灯不亮',
    location: { id: 'B5-0312', name: '0312 病房', path: ['本部院区', '5号楼', '3层', '0312 病房'] },
    asset: null,
    createdAt: '2026-11-23T06:00:00.000Z',
    updatedAt: '2026-11-23T06:00:00.000Z',
    photoKeys: [],
    contactPhone: null,
    reporter: { id: 'nurse-li', name: '李护士', department: '心内科病区' },
    assignee: null,
    version: 1,
    deadlines: { acceptBy: '2026-11-23T06:15:00.000Z', arriveBy: '2026-11-23T10:00:00.000Z' },
    timeState: { state: 'running', kind: 'accept', dueAt: '2026-11-23T06:15:00.000Z', overdueMinutes: 0, escalationLevel: 0, escalatesAt: null, pauseReason: null, pausedSince: null, at: '2026-11-23T06:00:00.000Z' },
    ...over,
  }) as Ticket;
}
