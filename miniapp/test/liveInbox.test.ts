import type { InboxItem, InboxPage } from '../src/services/inbox';
import { START, sinceOf, takeNews } from '../src/services/liveInbox';

const item = (id: string, kind: InboxItem['kind'] = 'new_report'): InboxItem => ({
  id,
  kind,
  ticketId: `T-${id}`,
  ticketNumber: `BX-${id}`,
  title: '新报修待派单',
  body: '',
  createdAt: '2026-12-01T08:00:00.000Z',
  read: false,
});
const page = (arrived: number, ids: string[], changed = true): InboxPage => ({ items: ids.map((id) => item(id)), unreadCount: ids.length, nextCursor: null, arrived, changed });

describe('the live poll cursor', () => {
  it('sends no since before the first answer, then the arrived count it was given', () => {
    expect(sinceOf(START)).toBeUndefined();
    expect(sinceOf(takeNews(START, page(7, ['c', 'b', 'a'])).cursor)).toBe(7);
  });

  it('treats what was there when the screen opened as no news', () => {
    expect(takeNews(START, page(3, ['c', 'b', 'a'])).news).toEqual([]);
  });

  it('hands over only the notifications not seen before, newest first', () => {
    const opened = takeNews(START, page(3, ['c', 'b', 'a'])).cursor;
    const { cursor, news } = takeNews(opened, page(5, ['e', 'd', 'c', 'b', 'a']));
    expect(news.map((n) => n.id)).toEqual(['e', 'd']);
    expect(cursor.arrived).toBe(5);
    expect(takeNews(cursor, page(5, [], false)).news).toEqual([]);
  });

  it('keeps the cursor on a quiet answer and finds a late notification that sorts below newer ones', () => {
    const opened = takeNews(START, page(2, ['d', 'b'])).cursor;
    const quiet = takeNews(opened, page(2, [], false));
    expect(quiet).toEqual({ cursor: { arrived: 2, seen: ['d', 'b'] }, news: [] });
    // "c" was made before "d" but delivered after it: still news.
    expect(takeNews(quiet.cursor, page(3, ['d', 'c', 'b'])).news.map((n) => n.id)).toEqual(['c']);
  });

  it('never reports one notification twice once it fell off the first page', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `n${String(100 + i)}`).reverse();
    let cursor = takeNews(START, page(20, ids)).cursor;
    cursor = takeNews(cursor, page(21, ['n200', ...ids.slice(0, 19)])).cursor;
    expect(takeNews(cursor, page(21, ['n200', ...ids.slice(0, 19)])).news).toEqual([]);
    expect(cursor.seen).toContain('n100');
  });
});
