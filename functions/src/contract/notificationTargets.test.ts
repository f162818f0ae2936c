import { join } from 'node:path';
import { defaultTemplateConfig } from '../domain/notify/templates';
import { Role } from './enums';
import { NOTIFICATION_KINDS, type NotificationKind } from './lifecycle';
import { notificationPage } from './notificationTargets';

interface AppConfig {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
}

/** The mini-program's own page list, as WeChat and the H5 router read it. */
function appPages(): Set<string> {
  const g = globalThis as { defineAppConfig?: (c: AppConfig) => AppConfig };
  g.defineAppConfig = (c) => c;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- app.config.ts is a Taro config module, evaluated with its one global
  const config = (require(join(__dirname, '..', '..', '..', 'miniapp', 'src', 'app.config.ts')) as { default: AppConfig }).default;
  delete g.defineAppConfig;
  return new Set([...config.pages, ...config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]);
}

const pathOf = (page: string) => page.split('?')[0]!;

describe('the page a notification opens', () => {
  const pages = appPages();

  it('reads a real page list (the test would pass on an empty one otherwise)', () => {
    expect(pages.has('pages/home/index')).toBe(true);
    expect(pages.has('packages/tech/job/index')).toBe(true);
  });

  it('is a page of the app for every kind and every role, in WeChat form (no leading slash)', () => {
    const missing: string[] = [];
    for (const kind of NOTIFICATION_KINDS) {
      for (const role of Role.options) {
        const page = notificationPage(kind, [role], 'BX1');
        if (!pages.has(pathOf(page))) missing.push(`${kind} for ${role}: ${page}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('is a page of the app for every subscribe-message template, whoever receives it', () => {
    const kinds = Object.keys(defaultTemplateConfig) as NotificationKind[];
    expect(kinds.length).toBeGreaterThan(10);
    const roleSets: Role[][] = [['reporter'], ['technician'], ['dispatcher'], ['manager'], ['admin'], ['dispatcher', 'technician']];
    const bad = kinds.flatMap((kind) => roleSets.map((roles) => notificationPage(kind, roles, 'BX1')).filter((page) => !pages.has(pathOf(page))));
    expect(bad).toEqual([]);
  });

  // Written by hand: who opens what.
  it.each<[NotificationKind, Role[], string]>([
    ['new_job', ['technician'], 'packages/tech/job/index?id=BX%2F1'],
    ['job_offered', ['technician'], 'packages/tech/job/index?id=BX%2F1'],
    ['ticket_reopened', ['technician'], 'packages/tech/job/index?id=BX%2F1'],
    ['ticket_reopened', ['dispatcher'], 'packages/desk/ticket/index?id=BX%2F1'],
    ['new_report', ['dispatcher'], 'packages/desk/ticket/index?id=BX%2F1'],
    ['emergency_reported', ['dispatcher'], 'packages/desk/ticket/index?id=BX%2F1'],
    ['emergency_reported', ['manager'], 'pages/ticket/index?id=BX%2F1'],
    ['sla_escalated', ['manager'], 'pages/ticket/index?id=BX%2F1'],
    ['ticket_assigned', ['reporter'], 'pages/ticket/index?id=BX%2F1'],
    ['ticket_completed', ['reporter'], 'pages/ticket/index?id=BX%2F1'],
    ['new_job', ['dispatcher', 'technician'], 'packages/tech/job/index?id=BX%2F1'],
    ['new_report', ['dispatcher', 'technician'], 'packages/desk/ticket/index?id=BX%2F1'],
    // A technician who reported a fault themselves follows it as its reporter.
    ['ticket_completed', ['technician'], 'pages/ticket/index?id=BX%2F1'],
    // Planned work: the order's screen for everyone (read-only for all but its technician).
    ['planned_work_due', ['technician'], 'packages/tech/workorder/index?id=PL1-20261201'],
    ['planned_work_overdue', ['dispatcher'], 'packages/tech/workorder/index?id=PL1-20261201'],
    ['planned_work_overdue', ['manager'], 'packages/tech/workorder/index?id=PL1-20261201'],
    // Major incidents (issue 16): the incident's page for everyone on its roster, whatever their role.
    ['incident_declared', ['technician'], 'packages/desk/incident/index?id=BX%2F1'],
    ['incident_declared', ['dispatcher'], 'packages/desk/incident/index?id=BX%2F1'],
    ['incident_clock_missed', ['manager'], 'packages/desk/incident/index?id=BX%2F1'],
  ])('%s for %j opens %s', (kind, roles, page) => {
    expect(notificationPage(kind, roles, kind.startsWith('planned_') ? 'PL1-20261201' : 'BX/1')).toBe(page);
  });
});
