import type { Role } from '@contract/enums';
import type { MessageKey } from '../../../i18n';

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

/** Every administration screen, one line each: the admin home lists them (other screens add their line here). */
export const ADMIN_LINKS: readonly AdminLink[] = [
  { key: 'places', title: 'admin.link.places', hint: 'admin.link.placesHint', url: '/packages/admin/places/index', roles: EDITORS },
  { key: 'devices', title: 'admin.link.devices', hint: 'admin.link.devicesHint', url: '/packages/admin/devices/index', roles: EDITORS },
  { key: 'import', title: 'admin.link.import', hint: 'admin.link.importHint', url: '/packages/admin/import/index', roles: EDITORS },
  { key: 'labels', title: 'admin.link.labels', hint: 'admin.link.labelsHint', url: '/packages/admin/labels/index', roles: EDITORS },
  { key: 'categories', title: 'admin.link.categories', hint: 'admin.link.categoriesHint', url: '/packages/admin/categories/index', roles: ADMIN },
  { key: 'people', title: 'admin.link.people', hint: 'admin.link.peopleHint', url: '/packages/admin/people/index', roles: ADMIN },
  { key: 'audit', title: 'admin.link.audit', hint: 'admin.link.auditHint', url: '/packages/admin/audit/index', roles: EDITORS },
];

export const placesScreen = '/packages/admin/places/index';
export const deviceScreen = (id: string) => `/packages/admin/device/index?id=${encodeURIComponent(id)}`;
/** The labels screen (the scan helper's) with one room preselected. */
export const roomLabelsScreen = (roomId: string) => `/packages/admin/labels/index?room=${encodeURIComponent(roomId)}`;

export function linksFor(roles: readonly Role[]): AdminLink[] {
  return ADMIN_LINKS.filter((l) => l.roles.some((r) => roles.includes(r)));
}
