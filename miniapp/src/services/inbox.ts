import type { NotificationPage, NotificationView } from '@contract/notifications';
import { request } from './api';

export type InboxItem = NotificationView;
export type InboxPage = NotificationPage;

/** The inbox, newest first (GET /v1/notifications); `since` is the live poll's cursor. */
export const listNotifications = (query: { cursor?: string | null; since?: number; limit?: number } = {}) =>
  request<InboxPage>('/v1/notifications', { query: { cursor: query.cursor ?? undefined, since: query.since, limit: query.limit } });

export const markRead = (ids: string[] | 'all') =>
  request<{ unreadCount: number }>('/v1/notifications/read', { method: 'POST', body: ids === 'all' ? { all: true } : { ids } });
