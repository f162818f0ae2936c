import Taro from '@tarojs/taro';
import type { ErrorBody, ErrorDetail } from '@contract/common';
import type { Category, LocationNode } from '@contract/catalog';
import type { PlaceAssetList, PlaceList } from '@contract/places';
import type { DevLoginBody, Invite, LinkPhoneBody, LoginBody, RedeemInviteBody, Session, User } from '@contract/users';
import type { CreateTicketBody, ListTicketsQuery, QrLookup, Ticket, TicketDetail, TicketPage } from '@contract/tickets';
import type { CreateUploadBody, Upload } from '@contract/uploads';
import type { Dashboard, DashboardQuery, ReconcileRunView } from '@contract/dashboard';
import type { AssetReport, DepartmentReport, Heatmap, ReportQuery, TechnicianReport, VendorReport } from '@contract/reports';
import type { DeadLetterList, DeadLetterView, SubscriptionBody, SubscriptionState } from '@contract/notifications';
import type { PcLoginStarted, PcLoginStatus, SignInOptions } from '@contract/pcLogin';
import type { AdminUser, AdminUserPage, CreateUserBody, ListUsersQuery } from '@contract/admin';
import type { TicketCommandName, TicketCommandBodies } from './commands';
import type { OfflineCommand } from '@contract/ticketCommands';
import { getLocale, pick, t } from '../i18n';
import { clearSession, getToken } from './session';
import { send } from './transport';
import { COMMAND_SEGMENT, type Candidate, type Complaints, type Handover } from './commands';

const REQUEST_TIMEOUT_MS = 15000;
/** The API's largest page. */
const PAGE_LIMIT = 50;

/** An error the user can read, in the current language; `status` 0 means no answer came back. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageEn: string,
    readonly messageZh: string,
    readonly details: ErrorDetail[],
    /** With a 409 possible duplicate: the open ticket of the same fault, to follow instead. */
    readonly duplicateOf: ErrorBody['error']['duplicateOf'] = undefined,
  ) {
    super(messageEn);
    this.name = 'ApiError';
  }

  /** The message to show: the server's own bilingual text, else ours. */
  get userMessage(): string {
    return pick(this.messageZh, this.messageEn);
  }

  /** Field → message in the current language, from the server's validation details. */
  fieldMessages(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const d of this.details) out[d.field] = pick(d.messageZh, d.message);
    return out;
  }

  /** Whether sending the same request again may succeed (nothing answered, or the server failed). */
  get retryable(): boolean {
    return this.status === 0 || this.status >= 500 || this.status === 429;
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.userMessage;
  return t('common.unknownError');
}

function isErrorBody(data: unknown): data is ErrorBody {
  const e = (data as ErrorBody | null)?.error;
  return !!e && typeof e === 'object' && typeof e.code === 'string';
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** The body's type when it is not JSON (a CSV import sends text/csv). */
  contentType?: string;
  idempotencyKey?: string;
  /** When the command was made on the phone (a technician's command sent from the offline queue). */
  deviceTime?: string;
  /** Public routes (sign-in) send no token and do not redirect on 401. */
  auth?: boolean;
}

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  const qs = Object.entries(query ?? {})
    .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return `${API_BASE_URL}${path}${qs ? `?${qs}` : ''}`;
}

let redirectingToLogin = false;

function goToLogin(): void {
  if (redirectingToLogin) return;
  redirectingToLogin = true;
  clearSession();
  const pages = Taro.getCurrentPages();
  const here = pages[pages.length - 1];
  const back = here?.route ? `/${here.route}${queryString(here.options as Record<string, string> | undefined)}` : '';
  void Taro.reLaunch({ url: `/pages/login/index${back ? `?redirect=${encodeURIComponent(back)}` : ''}` }).finally(() => {
    redirectingToLogin = false;
  });
}

function queryString(options: Record<string, string> | undefined): string {
  const entries = Object.entries(options ?? {}).filter(([k]) => k !== '$taroTimestamp');
  return entries.length ? `?${entries.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` : '';
}

/** Language and (unless a public route) the session token, as every request to the API sends them. */
export function baseHeaders(auth = true, accept = 'application/json'): Record<string, string> {
  const header: Record<string, string> = { Accept: accept, 'Accept-Language': getLocale() === 'en' ? 'en' : 'zh-CN' };
  const token = auth ? getToken() : null;
  if (token) header.Authorization = `Bearer ${token}`;
  return header;
}

/** What to do with a non-2xx answer that has no usable body (401 sends the user to sign in). */
export function httpError(status: number, auth = true): ApiError {
  if (status === 401 && auth) goToLogin();
  const fallback = status === 401 ? t('common.sessionExpired') : t('common.unknownError');
  return new ApiError(status, 'http_' + status, fallback, fallback, []);
}

/** The one typed request of the mini-program: token, language, idempotency, errors. */
export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const header = baseHeaders(opts.auth !== false);
  if (opts.body !== undefined) header['Content-Type'] = opts.contentType ?? 'application/json';
  if (opts.idempotencyKey) header['Idempotency-Key'] = opts.idempotencyKey;
  if (opts.deviceTime) header['Device-Time'] = opts.deviceTime;

  let res;
  try {
    res = await send({ method: opts.method ?? 'GET', url: buildUrl(path, opts.query), header, data: opts.body, timeoutMs: REQUEST_TIMEOUT_MS });
  } catch {
    throw new ApiError(0, 'network', t('common.networkError'), t('common.networkError'), []);
  }
  const data = typeof res.data === 'string' && res.data ? safeJson(res.data) : res.data;
  if (res.status >= 200 && res.status < 300) return data as T;

  if (res.status === 401 && opts.auth !== false) goToLogin();
  if (isErrorBody(data)) {
    const e = data.error;
    throw new ApiError(res.status, e.code, e.message, e.messageZh, e.details ?? [], e.duplicateOf);
  }
  const fallback = res.status === 401 ? t('common.sessionExpired') : t('common.unknownError');
  throw new ApiError(res.status, 'http_' + res.status, fallback, fallback, []);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export const api = {
  login: (body: LoginBody) => request<Session>('/v1/auth/login', { method: 'POST', body, auth: false }),
  linkPhone: (body: LinkPhoneBody) => request<Session>('/v1/auth/link-phone', { method: 'POST', body, auth: false }),
  redeemInvite: (body: RedeemInviteBody) => request<Session>('/v1/auth/redeem-invite', { method: 'POST', body, auth: false }),
  devLogin: (body: DevLoginBody) => request<Session>('/v1/auth/dev-login', { method: 'POST', body, auth: false }),
  getMe: () => request<User>('/v1/me'),
  lookupQr: (code: string) => request<QrLookup>(`/v1/qr/${encodeURIComponent(code)}`),
  listCategories: () => request<{ items: Category[] }>('/v1/categories'),
  listLocations: () => request<{ items: LocationNode[] }>('/v1/locations'),
  /** The desk's place search: a name, a label code or pinyin initials. */
  searchPlaces: (q: string) => request<PlaceList>('/v1/places', { query: { q } }),
  listPlaceAssets: (locationId: string) => request<PlaceAssetList>(`/v1/places/${encodeURIComponent(locationId)}/assets`),
  createTicket: (body: CreateTicketBody, idempotencyKey: string) =>
    request<Ticket>('/v1/tickets', { method: 'POST', body, idempotencyKey }),
  listMyTickets: (cursor?: string | null, limit = 20) =>
    request<TicketPage>('/v1/tickets', { query: { scope: 'mine', cursor: cursor ?? undefined, limit } }),
  getTicket: (id: string) => request<TicketDetail>(`/v1/tickets/${encodeURIComponent(id)}`),
  listTickets: (query: ListTicketsQuery) => request<TicketPage>('/v1/tickets', { query: { ...query } }),
  /** Every ticket of a scope, page after page (the desk's queue and the job lists are short; capped all the same). */
  listAllTickets: async (query: Omit<ListTicketsQuery, 'cursor' | 'limit'>, maxPages = 6): Promise<TicketPage['items']> => {
    const items: TicketPage['items'] = [];
    let cursor: string | undefined;
    for (let i = 0; i < maxPages; i++) {
      const page = await request<TicketPage>('/v1/tickets', { query: { ...query, limit: PAGE_LIMIT, cursor } });
      items.push(...page.items);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    return items;
  },
  /** POST /v1/tickets/{id}/<command>: answers the changed ticket (with the caller's allowedCommands). */
  command: <C extends TicketCommandName>(id: string, command: C, ...body: TicketCommandBodies[C] extends undefined ? [] : [TicketCommandBodies[C]]) =>
    request<Ticket>(`/v1/tickets/${encodeURIComponent(id)}/${COMMAND_SEGMENT[command]}`, { method: 'POST', body: body[0] ?? {} }),
  /** A command a technician may make offline, with its key and the time it was made on the phone. */
  offlineCommand: (id: string, command: OfflineCommand, body: Record<string, unknown> | undefined, sent: { key: string; deviceTime: string }) =>
    request<Ticket>(`/v1/tickets/${encodeURIComponent(id)}/${COMMAND_SEGMENT[command]}`, {
      method: 'POST',
      body: body ?? {},
      idempotencyKey: sent.key,
      deviceTime: sent.deviceTime,
    }),
  listCandidates: (id: string) => request<{ items: Candidate[] }>(`/v1/tickets/${encodeURIComponent(id)}/candidates`),
  getHandover: (cursor?: string | null) => request<Handover>('/v1/handover', { query: { cursor: cursor ?? undefined } }),
  listComplaints: (cursor?: string | null) => request<Complaints>('/v1/complaints', { query: { cursor: cursor ?? undefined } }),
  recordHandover: (body: { toUserId: string; note?: string }) => request<{ id: string; at: string; ticketCount: number }>('/v1/handover', { method: 'POST', body }),
  assetHistory: (assetId: string, cursor?: string | null) =>
    request<TicketPage>(`/v1/assets/${encodeURIComponent(assetId)}/history`, { query: { cursor: cursor ?? undefined, limit: 20 } }),
  /** The manager's numbers (GET /v1/dashboard; the route is being added to the API). */
  getDashboard: (query: DashboardQuery = {}) => request<Dashboard>('/v1/dashboard', { query: { ...query } }),
  /** The reports behind the manager's dashboard (GET /v1/reports/*; manager, dispatcher, admin). */
  assetReport: (query: ReportQuery) => request<AssetReport>('/v1/reports/assets', { query: { ...query } }),
  technicianReport: (query: ReportQuery) => request<TechnicianReport>('/v1/reports/technicians', { query: { ...query } }),
  vendorReport: (query: ReportQuery) => request<VendorReport>('/v1/reports/vendors', { query: { ...query } }),
  departmentReport: (query: ReportQuery) => request<DepartmentReport>('/v1/reports/departments', { query: { ...query } }),
  heatmap: (query: ReportQuery) => request<Heatmap>('/v1/reports/heatmap', { query: { ...query } }),
  /** The admin recomputes some days' numbers from the tickets (at most 31 days). */
  reconcileReports: (body: { from: string; to: string }) => request<ReconcileRunView>('/v1/admin/reconcile', { method: 'POST', body }),
  createUpload: (body: CreateUploadBody) => request<Upload>('/v1/uploads', { method: 'POST', body }),
  /** Desk PC sign-in by scan: the PC starts and polls (no session yet); the phone confirms. */
  signInOptions: () => request<SignInOptions>('/v1/auth/options', { auth: false }),
  startPcLogin: () => request<PcLoginStarted>('/v1/auth/pc-login', { method: 'POST', auth: false }),
  pollPcLogin: (id: string, secret: string) => request<PcLoginStatus>(`/v1/auth/pc-login/${encodeURIComponent(id)}`, { query: { secret }, auth: false }),
  confirmPcLogin: (id: string) => request<{ status: 'confirmed' }>(`/v1/auth/pc-login/${encodeURIComponent(id)}/confirm`, { method: 'POST' }),
  /** The admin's people screen (the invite and unlink routes are the identity part's, design10.md). */
  listUsers: (query: ListUsersQuery) => request<AdminUserPage>('/v1/admin/users', { query: { ...query } }),
  createUser: (body: CreateUserBody) => request<AdminUser>('/v1/admin/users', { method: 'POST', body }),
  issueInvite: (id: string) => request<Invite>(`/v1/admin/users/${encodeURIComponent(id)}/invite`, { method: 'POST' }),
  revokeInvite: (id: string) => request<undefined>(`/v1/admin/users/${encodeURIComponent(id)}/invite`, { method: 'DELETE' }),
  unlinkUser: (id: string) => request<AdminUser>(`/v1/admin/users/${encodeURIComponent(id)}/unlink`, { method: 'POST' }),
  retireUser: (id: string, version: number) => request<AdminUser>(`/v1/admin/users/${encodeURIComponent(id)}`, { method: 'DELETE', query: { version } }),
  recordSubscriptions: (body: SubscriptionBody) => request<SubscriptionState>('/v1/notifications/subscriptions', { method: 'POST', body }),
  /** The desk's notifications that WeChat would not take, and a resend (put back for the next redrive). */
  listDeadLetters: () => request<DeadLetterList>('/v1/notifications/dead-letters'),
  resendDeadLetter: (ref: string) => request<DeadLetter>(`/v1/notifications/dead-letters/${encodeURIComponent(ref)}/resend`, { method: 'POST' }),
};

export type DeadLetter = DeadLetterView;
