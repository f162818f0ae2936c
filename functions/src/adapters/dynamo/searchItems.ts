import { searchTokensOf } from '../../domain/desk/searchTerms';
import type { TicketRecord } from '../../domain/records';
import { searchTokenKey } from './keys';

const keysOf = (t: TicketRecord) => searchTokensOf(t).map((token) => searchTokenKey(t.hospitalId, token.kind, token.prefix, t.createdAt, t.id));

/** The search items of a new ticket, for its create transaction (AP-56). */
export function searchTokenPuts(tableName: string, t: TicketRecord) {
  return keysOf(t).map((key) => ({ Put: { TableName: tableName, Item: { ...key, entity: 'searchToken', hospitalId: t.hospitalId, ticketId: t.id } } }));
}

/**
 * The search items a change adds: none, unless a number, phone or name on the ticket changed.
 * A token the ticket no longer carries is kept: the ticket once said so, and the hit is harmless.
 */
export function searchTokenChanges(tableName: string, before: TicketRecord, after: TicketRecord) {
  const old = new Set(keysOf(before).map((k) => k.SK));
  return searchTokenPuts(tableName, after).filter((p) => !old.has(p.Put.Item.SK));
}
