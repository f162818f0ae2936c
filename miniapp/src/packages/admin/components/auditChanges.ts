import type { AuditEntry } from '@contract/audit';

/** Fields whose change says nothing to a reader (bookkeeping). */
const QUIET = new Set(['version', 'id', 'code', 'createdAt', 'ancestorIds']);

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const shown = (value: unknown): string => {
  if (value === undefined || value === null || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
};

/** The fields an entry changed, before → after (a create lists what was set, a retire the flag). */
export function changesOf(entry: Pick<AuditEntry, 'before' | 'after'>): FieldChange[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !QUIET.has(f));
  return fields
    .map((field) => ({ field, before: shown(before[field]), after: shown(after[field]) }))
    .filter((c) => c.before !== c.after);
}
