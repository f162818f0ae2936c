import type { MessageKey } from '../../../i18n';

/** The admin subpackage's screens (app.config.ts lists them). */
export const ADMIN_SCREENS = {
  people: '/packages/admin/people/index',
  person: (id: string) => `/packages/admin/person/index?id=${encodeURIComponent(id)}`,
  categories: '/packages/admin/categories/index',
  /** No code: a new category. */
  category: (code?: string) => `/packages/admin/category/index${code ? `?code=${encodeURIComponent(code)}` : ''}`,
  shifts: '/packages/admin/shifts/index',
} as const;

/** The admin home's links: one line per administration screen, in the order an admin sets a hospital up. */
export const ADMIN_LINKS: { key: string; title: MessageKey; hint: MessageKey; url: string }[] = [
  { key: 'people', title: 'home.tile.people', hint: 'home.tile.peopleHint', url: ADMIN_SCREENS.people },
  { key: 'categories', title: 'categories.title', hint: 'categories.hint', url: ADMIN_SCREENS.categories },
  { key: 'shifts', title: 'shifts.title', hint: 'shifts.hint', url: ADMIN_SCREENS.shifts },
];
