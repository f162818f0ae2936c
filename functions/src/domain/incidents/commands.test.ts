import { inAppText } from '../notify/buildMessage';
import type { OutboxItem } from '../ports';
import { clockMissedStep, formatIncidentNumber, hospitalMonth } from './commands';
import { startClocks } from './clocks';
import type { IncidentRecord } from './records';
import { toIncidentView } from './views';

const declaredAt = '2026-12-01T02:00:00.000Z';
const incident: IncidentRecord = {
  hospitalId: 'h1',
  id: 'I1',
  number: 'ZD20261201-01',
  grade: 'I',
  title: '全院停电',
  description: '',
  categoryCodes: ['power'],
  places: [{ id: 'B5', name: '住院楼' }],
  declaredAt,
  declaredBy: { id: 'desk-wang', name: '王调度' },
  fromTicketId: 'T1',
  status: 'open',
  roster: [{ id: 'manager-chen', name: '陈主任' }],
  acknowledged: [],
  onSite: [],
  plan: null,
  clocks: startClocks(new Date(declaredAt), { onSiteMinutes: 30, planMinutes: 60 }),
  closedAt: null,
  closedMonth: null,
  report: null,
  version: 3,
  updatedAt: declaredAt,
};

describe('a missed clock', () => {
  it('is told to the managers once, in one change at the next version', () => {
    const step = clockMissedStep(incident, new Date('2026-12-01T02:31:00.000Z'))!;
    expect(step.fromVersion).toBe(3);
    expect(step.after.version).toBe(4);
    expect(step.after.clocks.onSiteMissedAt).toBe('2026-12-01T02:31:00.000Z');
    expect(step.after.clocks.planMissedAt).toBeNull();
    expect(step.notifications).toEqual([{ kind: 'incident_clock_missed', userIds: [], roles: ['manager'], onShiftOnly: false }]);
    expect(step.event).toMatchObject({ seq: 4, type: 'clock_missed', text: '到场时限已过' });
    expect(clockMissedStep(step.after, new Date('2026-12-01T02:40:00.000Z'))).toBeNull();
  });
});

describe('the incident page', () => {
  it('shows the reports linked at submission in the timeline, by time, beside the events', () => {
    const view = toIncidentView(
      {
        incident,
        events: [{ hospitalId: 'h1', incidentId: 'I1', seq: 1, type: 'declared', at: declaredAt, actor: { id: 'desk-wang', name: '王调度' }, text: '全院停电', ticketId: 'T1', ticketNumber: 'BX1' }],
        links: [
          { hospitalId: 'h1', incidentId: 'I1', ticketId: 'T2', number: 'BX2', categoryCode: 'power', locationName: '病房', createdAt: '2026-12-01T02:05:00.000Z', linkedAt: '2026-12-01T02:05:00.000Z' },
          { hospitalId: 'h1', incidentId: 'I1', ticketId: 'T1', number: 'BX1', categoryCode: 'power', locationName: '护士站', createdAt: '2026-12-01T01:58:00.000Z', linkedAt: declaredAt, byHand: true },
        ],
      },
      new Map([['T2', 'submitted']]),
    );
    expect(view.timeline.map((e) => [e.type, e.ticketNumber])).toEqual([['declared', 'BX1'], ['linked', 'BX2']]);
    expect(view.linkedTickets.map((t) => [t.number, t.status])).toEqual([['BX1', null], ['BX2', 'submitted']]);
  });
});

describe("an incident's words", () => {
  it('numbers it by the hospital day and files its closing under the hospital month', () => {
    expect(formatIncidentNumber('20261201', 3)).toBe('ZD20261201-03');
    expect(hospitalMonth(new Date('2026-11-30T16:30:00.000Z'), 'Asia/Shanghai')).toBe('2026-12');
  });

  it('says in the inbox its number, grade, title and places', () => {
    const item: OutboxItem = { hospitalId: 'h1', ticketId: 'I1', outboxId: '1-0', kind: 'incident_declared', userIds: ['manager-chen'], roles: [], onShiftOnly: false, eventSeq: 1, eventType: 'declared', createdAt: declaredAt, incident: { number: 'ZD20261201-01', grade: 'I', title: '全院停电', where: '住院楼' } };
    expect(inAppText(item, null)).toEqual({ title: '重大事件启动', body: 'ZD20261201-01 I级 全院停电 · 住院楼' });
  });
});
