import * as z from 'zod/mini';
import { defineRoute, type RouteDef } from './route';
import { adminRoutes } from './adminRoutes';
import { reportRoutes } from './reportRoutes';
import { pcLoginRoutes } from './pcLoginRoutes';
import { plannedReportRoutes } from './plannedReportRoutes';
import { plannedAdminRoutes } from './plannedAdminRoutes';
import { workOrderRoutes } from './workOrderRoutes';
import { vendorRoutes } from './vendorRoutes';
import { scorecardRoutes } from './scorecardRoutes';
import { spotCheckRoutes } from './spotCheckRoutes';
import { incidentRoutes } from './incidentRoutes';
import { jobRoutes } from './jobRoutes';
import { DeadLetterList, DeadLetterParams, DeadLetterView, ListNotificationsQuery, MarkReadBody, NotificationList, SubscriptionBody, SubscriptionQuotas, UnreadCount } from './notifications';
import { PageQuery } from './common';
import { ComplaintPage, HandoverBody, HandoverQuery, HandoverRecorded, HandoverView, ListComplaintsQuery } from './desk';
import { CandidateList, TICKET_COMMAND_CONTRACT } from './ticketCommands';
import { TICKET_COMMAND_PATHS, TICKET_COMMANDS, type TicketCommand } from './lifecycle';
import { CategoryList, LocationTree } from './catalog';
import { PlaceAssetList, PlaceList, PlaceParams, PlaceSearchQuery } from './places';
import { DevLoginBody, LinkPhoneBody, LoginBody, RedeemInviteBody, Session, User } from './users';
import { CreateUploadBody, Upload } from './uploads';
import {
  CreateTicketBody,
  IdempotencyHeaders,
  ListTicketsQuery,
  QrLookup,
  QrParams,
  Ticket,
  TicketDetail,
  TicketIdParams,
  TicketPage,
  AssetParams,
} from './tickets';

const AssetHistoryQuery = z.object({ ...PageQuery });

/** The commands of a technician on their job or at the pool: the only ones a vendor's staff may send (issue 16). */
export const VENDOR_STAFF_COMMANDS: readonly TicketCommand[] = ['accept', 'arrive', 'hold', 'resume', 'complete', 'handBack', 'requestTransfer', 'grab'];

export const login = defineRoute({
  name: 'login',
  area: 'auth',
  method: 'post',
  path: '/v1/auth/login',
  summary:
    'Sign in with a WeChat wx.login code. With the scanned label (scene) the hospital is the label\'s: a linked staff member signs in as ' +
    'themselves, anyone else as that hospital\'s guest. Without one, only an account already known signs in (403 otherwise)',
  tag: 'auth',
  auth: 'public',
  body: LoginBody,
  response: Session,
  successStatus: 200,
  errors: [403, 404, 429],
});

export const linkPhone = defineRoute({
  name: 'linkPhone',
  area: 'auth',
  method: 'post',
  path: '/v1/auth/link-phone',
  summary: 'Link this WeChat account to the staff record whose mobile number WeChat verifies (the getPhoneNumber button\'s code)',
  tag: 'auth',
  auth: 'public',
  body: LinkPhoneBody,
  response: Session,
  successStatus: 200,
  errors: [403, 404, 409, 429],
});

export const redeemInvite = defineRoute({
  name: 'redeemInvite',
  area: 'auth',
  method: 'post',
  path: '/v1/auth/redeem-invite',
  summary: 'Link this WeChat account to a staff record with the one-time invite code its admin issued',
  tag: 'auth',
  auth: 'public',
  body: RedeemInviteBody,
  response: Session,
  successStatus: 200,
  errors: [403, 404, 409, 429],
});

export const devLogin = defineRoute({
  name: 'devLogin',
  area: 'auth',
  method: 'post',
  path: '/v1/auth/dev-login',
  summary: 'Sign in as a seeded user (local stack only; 404 in the cloud)',
  tag: 'auth',
  auth: 'public',
  body: DevLoginBody,
  response: Session,
  successStatus: 200,
  errors: [404],
});

export const getMe = defineRoute({
  name: 'getMe',
  area: 'auth',
  method: 'get',
  path: '/v1/me',
  summary: 'The signed-in user',
  tag: 'auth',
  auth: 'session',
  guests: 'allowed',
  vendors: 'allowed',
  response: User,
  successStatus: 200,
  errors: [404],
});

export const lookupQr = defineRoute({
  name: 'lookupQr',
  area: 'reporting',
  method: 'get',
  path: '/v1/qr/{code}',
  summary: 'What a scanned QR code points at: the place, the device, fitting categories, open tickets',
  tag: 'catalog',
  auth: 'session',
  guests: 'allowed',
  params: QrParams,
  response: QrLookup,
  successStatus: 200,
  errors: [404],
});

export const listCategories = defineRoute({
  name: 'listCategories',
  area: 'reporting',
  method: 'get',
  path: '/v1/categories',
  summary: 'The service categories of the hospital',
  tag: 'catalog',
  auth: 'session',
  guests: 'allowed',
  vendors: 'allowed',
  response: CategoryList,
  successStatus: 200,
  errors: [],
});

export const listLocations = defineRoute({
  name: 'listLocations',
  area: 'reporting',
  method: 'get',
  path: '/v1/locations',
  summary: 'The location tree: campus › building › floor › room',
  tag: 'catalog',
  auth: 'session',
  response: LocationTree,
  successStatus: 200,
  errors: [],
});

export const createTicket = defineRoute({
  name: 'createTicket',
  area: 'reporting',
  method: 'post',
  path: '/v1/tickets',
  summary: 'Report a fault (idempotent by the Idempotency-Key header)',
  tag: 'tickets',
  auth: 'session',
  guests: 'allowed',
  headers: IdempotencyHeaders,
  body: CreateTicketBody,
  response: Ticket,
  successStatus: 201,
  errors: [403, 404, 409],
});

export const createUpload = defineRoute({
  name: 'createUpload',
  area: 'reporting',
  method: 'post',
  path: '/v1/uploads',
  summary: 'Permission to upload one photo straight to S3 (a presigned POST: this type, ≤ 10 MB, 5 minutes)',
  tag: 'tickets',
  auth: 'session',
  guests: 'allowed',
  vendors: 'allowed',
  body: CreateUploadBody,
  response: Upload,
  successStatus: 201,
  errors: [],
});

export const listTickets = defineRoute({
  name: 'listTickets',
  area: 'reporting',
  method: 'get',
  path: '/v1/tickets',
  summary: 'Tickets in a scope (mine: the ones I reported), newest first',
  tag: 'tickets',
  auth: 'session',
  guests: 'allowed',
  vendors: 'allowed',
  query: ListTicketsQuery,
  response: TicketPage,
  successStatus: 200,
  errors: [403],
});

export const getTicket = defineRoute({
  name: 'getTicket',
  area: 'reporting',
  method: 'get',
  path: '/v1/tickets/{id}',
  summary: 'One ticket with its timeline',
  tag: 'tickets',
  auth: 'session',
  guests: 'allowed',
  vendors: 'allowed',
  params: TicketIdParams,
  response: TicketDetail,
  successStatus: 200,
  errors: [403, 404],
});

/** A ticket command: POST /v1/tickets/{id}/<segment>, answering the changed ticket. */
function command<const N extends string, const B extends z.ZodMiniType | undefined>(
  name: N,
  segment: string,
  summary: string,
  body: B,
  headers?: z.ZodMiniObject,
) {
  return defineRoute({
    name,
    area: 'ticketCommands',
    method: 'post',
    path: `/v1/tickets/{id}/${segment}`,
    summary,
    tag: 'ticket commands',
    auth: 'session',
    // The lifecycle table decides: a guest stands to a ticket only as its reporter.
    guests: 'allowed',
    // A vendor's technician gives the commands of a technician on their job (issue 16); the policy keeps them to their vendor's.
    ...(VENDOR_STAFF_COMMANDS.some((c) => name === `${c}Ticket`) ? { vendors: 'allowed' as const } : {}),
    params: TicketIdParams,
    ...(body ? { body } : {}),
    ...(headers ? { headers } : {}),
    response: Ticket,
    successStatus: 200,
    errors: [403, 404, 409],
  } as const) as RouteDef & { name: N; area: 'ticketCommands'; body: B; params: typeof TicketIdParams; response: typeof Ticket; auth: 'session' };
}

/** The ticket command `C`'s route, from its contract entry (ticketCommands.ts) and path segment (lifecycle.ts). */
function commandRoute<C extends TicketCommand>(c: C) {
  const entry: { summary: string; body: z.ZodMiniType | undefined; headers?: z.ZodMiniObject } = TICKET_COMMAND_CONTRACT[c];
  return command(`${c}Ticket` as const, TICKET_COMMAND_PATHS[c], entry.summary, entry.body as (typeof TICKET_COMMAND_CONTRACT)[C]['body'], entry.headers);
}

/** Every ticket command's route (named `<command>Ticket`), generated from the contract's command list. */
export const ticketCommandRoutes = Object.fromEntries(TICKET_COMMANDS.map((c) => [c, commandRoute(c)])) as {
  [C in TicketCommand]: ReturnType<typeof commandRoute<C>>;
};

export const listCandidates = defineRoute({
  name: 'listCandidates',
  area: 'desk',
  method: 'get',
  path: '/v1/tickets/{id}/candidates',
  summary: 'Technicians ranked for this ticket, each with the reasons — desk',
  tag: 'desk',
  auth: 'session',
  roles: ['dispatcher'],
  params: TicketIdParams,
  response: CandidateList,
  successStatus: 200,
  errors: [403, 404],
});

export const getHandover = defineRoute({
  name: 'getHandover',
  area: 'desk',
  method: 'get',
  path: '/v1/handover',
  summary: 'Shift handover sheet (交接班): every unfinished ticket a page at a time, callbacks due, the incoming dispatchers, recent handovers — desk',
  tag: 'desk',
  auth: 'session',
  roles: ['dispatcher', 'manager'],
  query: HandoverQuery,
  response: HandoverView,
  successStatus: 200,
  errors: [403],
});

export const recordHandover = defineRoute({
  name: 'recordHandover',
  area: 'desk',
  method: 'post',
  path: '/v1/handover',
  summary: 'Record a handover from the caller to the next dispatcher, with every open ticket — desk',
  tag: 'desk',
  auth: 'session',
  roles: ['dispatcher'],
  body: HandoverBody,
  response: HandoverRecorded,
  successStatus: 201,
  errors: [403, 404],
});

export const listComplaints = defineRoute({
  name: 'listComplaints',
  area: 'desk',
  method: 'get',
  path: '/v1/complaints',
  summary: 'Open complaints (a 1–2 star rating) with their three clocks, oldest first — desk',
  tag: 'desk',
  auth: 'session',
  roles: ['dispatcher', 'manager'],
  query: ListComplaintsQuery,
  response: ComplaintPage,
  successStatus: 200,
  errors: [403],
});

export const assetHistory = defineRoute({
  name: 'assetHistory',
  area: 'desk',
  method: 'get',
  path: '/v1/assets/{id}/history',
  summary: 'Repair history of a device (设备档案), open first, newest first',
  tag: 'catalog',
  auth: 'session',
  roles: ['technician', 'dispatcher', 'manager', 'admin'],
  params: AssetParams,
  query: AssetHistoryQuery,
  response: TicketPage,
  successStatus: 200,
  errors: [403, 404],
});

export const recordSubscriptions = defineRoute({
  name: 'recordSubscriptions',
  area: 'notifications',
  method: 'post',
  path: '/v1/notifications/subscriptions',
  summary: 'Record what wx.requestSubscribeMessage answered: one more message allowed per accepted template',
  tag: 'notifications',
  auth: 'session',
  guests: 'allowed',
  vendors: 'allowed',
  body: SubscriptionBody,
  response: SubscriptionQuotas,
  successStatus: 200,
  errors: [],
});

export const listNotifications = defineRoute({
  name: 'listNotifications',
  area: 'notifications',
  method: 'get',
  path: '/v1/notifications',
  summary: 'The caller’s in-app notifications, newest first, with the unread count (the bell)',
  tag: 'notifications',
  auth: 'session',
  guests: 'allowed',
  vendors: 'allowed',
  query: ListNotificationsQuery,
  response: NotificationList,
  successStatus: 200,
  errors: [],
});

export const markNotificationsRead = defineRoute({
  name: 'markNotificationsRead',
  area: 'notifications',
  method: 'post',
  path: '/v1/notifications/read',
  summary: 'Mark some ({ids}) or all ({all: true}) of the caller’s notifications read',
  tag: 'notifications',
  auth: 'session',
  guests: 'allowed',
  vendors: 'allowed',
  body: MarkReadBody,
  response: UnreadCount,
  successStatus: 200,
  errors: [],
});

export const listDeadLetters = defineRoute({
  name: 'listDeadLetters',
  area: 'notifications',
  method: 'get',
  path: '/v1/notifications/dead-letters',
  summary: 'Notifications that kept failing and were set aside, newest first — desk',
  tag: 'notifications',
  auth: 'session',
  roles: ['dispatcher', 'manager'],
  response: DeadLetterList,
  successStatus: 200,
  errors: [403],
});

export const resendDeadLetter = defineRoute({
  name: 'resendDeadLetter',
  area: 'notifications',
  method: 'post',
  path: '/v1/notifications/dead-letters/{ref}/resend',
  summary: 'Send a set-aside notification again now (after the 24 h redrive gave up, or sooner) — desk',
  tag: 'notifications',
  auth: 'session',
  roles: ['dispatcher', 'manager'],
  params: DeadLetterParams,
  response: DeadLetterView,
  successStatus: 200,
  errors: [403, 404, 409],
});

export const searchPlaces = defineRoute({
  name: 'searchPlaces',
  area: 'desk',
  method: 'get',
  path: '/v1/places',
  summary: 'Places by name, label code or pinyin initials, for a report the desk takes by phone — desk',
  tag: 'desk',
  auth: 'session',
  roles: ['dispatcher'],
  query: PlaceSearchQuery,
  response: PlaceList,
  successStatus: 200,
  errors: [403],
});

export const listPlaceAssets = defineRoute({
  name: 'listPlaceAssets',
  area: 'desk',
  method: 'get',
  path: '/v1/places/{id}/assets',
  summary: 'The devices at a place, to pick the one a caller means — desk',
  tag: 'desk',
  auth: 'session',
  roles: ['dispatcher'],
  params: PlaceParams,
  response: PlaceAssetList,
  successStatus: 200,
  errors: [403],
});

/** Every route of the API. Adding an endpoint starts here. */
export const allRoutes = [
  login,
  linkPhone,
  redeemInvite,
  devLogin,
  getMe,
  lookupQr,
  listCategories,
  listLocations,
  createTicket,
  createUpload,
  listTickets,
  getTicket,
  ...Object.values(ticketCommandRoutes),
  listCandidates,
  getHandover,
  recordHandover,
  assetHistory,
  recordSubscriptions,
  listNotifications,
  markNotificationsRead,
  listDeadLetters,
  resendDeadLetter,
  ...adminRoutes,
  ...reportRoutes,
  ...pcLoginRoutes,
  ...plannedReportRoutes,
  ...plannedAdminRoutes,
  ...workOrderRoutes,
  ...spotCheckRoutes,
  ...incidentRoutes,
  ...jobRoutes,
  searchPlaces,
  listPlaceAssets,
  listComplaints,
  ...vendorRoutes,
  ...scorecardRoutes,
] as const;
