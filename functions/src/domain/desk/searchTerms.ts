import type { SearchToken } from '../ports';
import type { TicketRecord } from '../records';

/** The forms a ticket is found by; the same functions write the tokens and read the query. */
export const searchForms = {
  number: (s: string) => s.trim().toUpperCase(),
  phone: (s: string) => s.replace(/\D/g, ''),
  name: (s: string) => s.trim().toLowerCase().replace(/\s+/g, ''),
} as const;

/** Fewer digits than this would match half the hospital. */
const PHONE_PREFIX_MIN_DIGITS = 3;

/**
 * What the desk typed: a ticket number (letters then digits: BX20261201-0003, or its start), a
 * phone number (digits, spaces, +, -), or else a reporter's or caller's name (or its start).
 */
export function searchTokenOf(query: string): SearchToken {
  const q = query.trim();
  if (/^\+?[0-9][0-9 -]*$/.test(q) && searchForms.phone(q).length >= PHONE_PREFIX_MIN_DIGITS) return { kind: 'phone', prefix: searchForms.phone(q) };
  if (/^[A-Za-z]{1,8}[0-9][0-9-]*$/.test(q)) return { kind: 'number', prefix: searchForms.number(q) };
  return { kind: 'name', prefix: searchForms.name(q) };
}

/** Every token a ticket is found by: its number, the phones on it, the reporter's and caller's names. */
export function searchTokensOf(t: TicketRecord): SearchToken[] {
  const phones = new Set([t.contactPhone, t.caller?.phone].flatMap((p) => (p ? [searchForms.phone(p)] : [])).filter((p) => p.length > 0));
  const names = new Set([t.reporterName, t.caller?.name].flatMap((n) => (n ? [searchForms.name(n)] : [])).filter((n) => n.length > 0));
  return [
    { kind: 'number', prefix: searchForms.number(t.number) },
    ...[...phones].map((prefix): SearchToken => ({ kind: 'phone', prefix })),
    ...[...names].map((prefix): SearchToken => ({ kind: 'name', prefix })),
  ];
}
