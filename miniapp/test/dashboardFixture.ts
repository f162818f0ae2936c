import type { Dashboard } from '@contract/dashboard';

/** A Dashboard as GET /v1/dashboard answers it, for the manager screen's component test. */
export function dashboardFixture(): Dashboard {
  return {
    period: { from: '2026-11-01', to: '2026-11-23' },
    tickets: {
      reported: 128,
      byStatus: { submitted: 3, assigned: 2, accepted: 4, on_site: 2, on_hold: 1, completed: 6, confirmed: 20, closed: 88, cancelled: 2 },
      byChannel: { app: 120, phone: 6, walk_in: 1, wechat: 1 },
      byCategory: [
        { key: 'power', label: '供电', count: 41 },
        { key: 'water', label: '供水', count: 30 },
        { key: 'hvac', label: '供暖/空调', count: 22 },
        { key: 'it', label: '信息系统', count: 18 },
        { key: 'building', label: '房屋修缮', count: 9 },
      ],
      byBuilding: [],
      byDepartment: [],
    },
    sla: { accept: { met: 115, total: 125, rate: 0.92 }, arrive: { met: 110, total: 112, rate: 0.982 } },
    times: {
      toAccept: { count: 125, meanMinutes: 9.2, p90Minutes: 14 },
      toArrive: { count: 112, meanMinutes: 48, p90Minutes: 95 },
      toComplete: { count: 114, meanMinutes: 156, p90Minutes: 300 },
    },
    firstTimeFix: { met: 104, total: 114, rate: 0.912 },
    reopened: 4,
    satisfaction: { rated: 80, satisfied: 76, rate: 0.95, averageScore: 4.7 },
    callbacksDone: 60,
    callbacksNotMade: 4,
    complaints: 1,
    reconciled: { ranAt: '2026-11-22T19:30:04.000Z', from: '2026-11-20', to: '2026-11-21', tickets: 41, corrected: 3, conflicts: 0, lostVersions: 1, unsettledDays: [] },
  };
}
