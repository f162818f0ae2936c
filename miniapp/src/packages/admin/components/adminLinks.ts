import type { Role } from '@contract/enums';
import type { MessageKey } from '../../../i18n';

/** The admin subpackage's screens (app.config.ts lists them). */
export const ADMIN_SCREENS = {
  people: '/packages/admin/people/index',
  person: (id: string) => `/packages/admin/person/index?id=${encodeURIComponent(id)}`,
  categories: '/packages/admin/categories/index',
  /** No code: a new category. */
  category: (code?: string) => `/packages/admin/category/index${code ? `?code=${encodeURIComponent(code)}` : ''}`,
  shifts: '/packages/admin/shifts/index',
  places: '/packages/admin/places/index',
  device: (id: string) => `/packages/admin/device/index?id=${encodeURIComponent(id)}`,
  /** The labels screen with one room preselected. */
  roomLabels: (roomId: string) => `/packages/admin/labels/index?room=${encodeURIComponent(roomId)}`,
  /** Planned maintenance (issue 15): the plans, one plan (no id: a new one; `suggested`: filled from that suggestion; `asset`: for that device). */
  plans: '/packages/admin/plans/index',
  plan: (q: { id?: string; suggested?: string; asset?: string } = {}) => {
    const query = Object.entries(q).filter((e): e is [string, string] => !!e[1]).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
    return `/packages/admin/plan/index${query ? `?${query}` : ''}`;
  },
  /** Outsourced vendors and their contracts (issue 16); no id: a new vendor. */
  vendors: '/packages/admin/vendors/index',
  vendor: (id?: string) => `/packages/admin/vendor/index${id ? `?id=${encodeURIComponent(id)}` : ''}`,
  /** Multi-team job templates (issue 16): the list, one template (no id: a new one). */
  jobTemplates: '/packages/admin/jobTemplates/index',
  jobTemplate: (id?: string) => `/packages/admin/jobTemplate/index${id ? `?id=${encodeURIComponent(id)}` : ''}`,
} as const;

export interface AdminLink {
  key: string;
  title: MessageKey;
  hint: MessageKey;
  url: string;
  /** Who sees the link (the API decides what they may do there). */
  roles: readonly Role[];
}

const EDITORS: readonly Role[] = ['admin', 'dispatcher'];
const ADMIN: readonly Role[] = ['admin'];

/** Every administration screen, one line each, in the order an admin sets a hospital up: the admin home lists them. */
export const ADMIN_LINKS: readonly AdminLink[] = [
  { key: 'places', title: 'admin.link.places', hint: 'admin.link.placesHint', url: ADMIN_SCREENS.places, roles: EDITORS },
  { key: 'devices', title: 'admin.link.devices', hint: 'admin.link.devicesHint', url: '/packages/admin/devices/index', roles: EDITORS },
  { key: 'import', title: 'admin.link.import', hint: 'admin.link.importHint', url: '/packages/admin/import/index', roles: EDITORS },
  { key: 'labels', title: 'admin.link.labels', hint: 'admin.link.labelsHint', url: '/packages/admin/labels/index', roles: EDITORS },
  { key: 'categories', title: 'admin.link.categories', hint: 'admin.link.categoriesHint', url: ADMIN_SCREENS.categories, roles: ADMIN },
  { key: 'people', title: 'admin.link.people', hint: 'admin.link.peopleHint', url: ADMIN_SCREENS.people, roles: ADMIN },
  { key: 'shifts', title: 'shifts.title', hint: 'shifts.hint', url: ADMIN_SCREENS.shifts, roles: ADMIN },
  // Managers accept the suggestions from failure data there (design15.md).
  { key: 'plans', title: 'plans.title', hint: 'plans.hint', url: ADMIN_SCREENS.plans, roles: ['admin', 'manager'] },
  { key: 'vendors', title: 'vendors.title', hint: 'vendors.hint', url: ADMIN_SCREENS.vendors, roles: ADMIN },
  // Major incidents (issue 16): the per-grade clocks and command rosters.
  { key: 'incidentRosters', title: 'incidentRosters.title', hint: 'incidentRosters.hint', url: '/packages/admin/incidentRosters/index', roles: ADMIN },
  { key: 'jobTemplates', title: 'jobs.templates.title', hint: 'jobs.templates.hint', url: ADMIN_SCREENS.jobTemplates, roles: ADMIN },
  { key: 'audit', title: 'admin.link.audit', hint: 'admin.link.auditHint', url: '/packages/admin/audit/index', roles: EDITORS },
];

export const placesScreen = ADMIN_SCREENS.places;
export const deviceScreen = ADMIN_SCREENS.device;
export const roomLabelsScreen = ADMIN_SCREENS.roomLabels;

export function linksFor(roles: readonly Role[]): AdminLink[] {
  return ADMIN_LINKS.filter((l) => l.roles.some((r) => roles.includes(r)));
}
