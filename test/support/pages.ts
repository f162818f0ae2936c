import type { TicketPage, TicketSummary } from '../../functions/src/contract/tickets';
import type { ApiClient } from './api';

/** Every ticket of a listing, following its cursor page by page (as the app does). */
export async function allTickets(client: ApiClient, query: Record<string, string | number>): Promise<TicketSummary[]> {
  const items: TicketSummary[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const res: { status: number; body: TicketPage } = await client.get<TicketPage>('/v1/tickets', { query: { ...query, ...(cursor ? { cursor } : {}) } });
    if (res.status !== 200) throw new Error(`listing ${JSON.stringify(query)} answered ${res.status}`);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
    if (!cursor) return items;
  }
  throw new Error('more than 100 pages');
}
