import type { Role } from '@contract/enums';

/** The people screen's search; absent fields do not filter. */
export interface PeopleFilters {
  q?: string;
  role?: Role;
  linked?: 'true' | 'false';
  retired?: 'true' | 'false';
}

export const ROLES: Role[] = ['reporter', 'dispatcher', 'technician', 'manager', 'admin'];
