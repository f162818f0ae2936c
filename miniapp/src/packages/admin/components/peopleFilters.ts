import type { Role } from '@contract/enums';

/** The people screen's search; absent fields do not filter. */
export interface PeopleFilters {
  q?: string;
  role?: Role;
  /** The exact team or department on the record. */
  team?: string;
  department?: string;
  linked?: 'true' | 'false';
  retired?: 'true' | 'false';
}

export const ROLES: Role[] = ['reporter', 'dispatcher', 'technician', 'manager', 'admin'];
