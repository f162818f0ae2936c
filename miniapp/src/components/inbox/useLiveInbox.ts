import { useEffect, useRef, useState } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';
import { platform } from '../../platform';
import { listNotifications, type InboxItem } from '../../services/inbox';
import { LIVE_POLL_MS, START, sinceOf, takeNews, type PollCursor } from '../../services/liveInbox';
import { currentUser } from '../../services/session';

/**
 * The live inbox of a screen that stays open (home, job list, desk queue): polls every few
 * seconds while the page is shown and the app or tab is in front, keeps the bell's count, and
 * hands what arrived since to `onNews` (the job list reloads, the desk queue highlights). Use it
 * once per page and give the count to the bell.
 */
export function useLiveInbox(onNews?: (news: InboxItem[]) => void): { unread: number } {
  const [unread, setUnread] = useState(0);
  const cursor = useRef<PollCursor>(START);
  const handler = useRef(onNews);
  handler.current = onNews;
  const pageShown = useRef(true);
  const appShown = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const busy = useRef(false);

  async function poll() {
    if (busy.current || !currentUser()) return;
    busy.current = true;
    try {
      const answer = await listNotifications({ since: sinceOf(cursor.current) });
      const { cursor: next, news } = takeNews(cursor.current, answer);
      cursor.current = next;
      setUnread(answer.unreadCount);
      if (news.length) handler.current?.(news);
    } catch {
      // Offline for a moment: the next poll tries again.
    } finally {
      busy.current = false;
    }
  }

  function schedule() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!pageShown.current || !appShown.current) return;
    timer.current = setTimeout(() => void poll().finally(schedule), LIVE_POLL_MS);
  }

  function resume() {
    void poll().finally(schedule);
  }

  useDidShow(() => {
    pageShown.current = true;
    resume();
  });
  useDidHide(() => {
    pageShown.current = false;
    schedule();
  });
  useEffect(() => {
    const stop = platform.watchVisibility((visible) => {
      appShown.current = visible;
      if (visible) resume();
      else schedule();
    });
    return () => {
      stop();
      pageShown.current = false;
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  return { unread };
}
