import { defineRoute } from './route';
import {
  AdminAsset, AdminCategory, AdminLocation, AdminUser, CodeParams, CreateAssetBody, CreateCategoryBody, CreateLocationBody,
  AdminUserPage, CreateUserBody, CsvBody, CsvText, IdParams, ImportResult, ListUsersQuery, PdfDocument, QrLabelsPreview, QrLabelsPreviewQuery, QrLabelsQuery, RetireQuery, LABELS_PER_SHEET, UpdateAssetBody,
  UpdateCategoryBody, UpdateLocationBody, UpdateUserBody, IssueInviteQuery,
} from './admin';
import type { Role } from './enums';
import { Invite } from './users';
import { NoContent } from './common';
import { ReconcileBody, ReconcileRunView } from './dashboard';
import { AssetListQuery, AuditPage, AuditQuery } from './audit';
import { AdminAssetPage, AdminLocationList } from './admin';
import { SetShiftsBody, ShiftWeek, WeekQuery } from './shifts';
import * as z from 'zod/mini';

/** The desk (dispatchers) keeps the place and device registers; categories and staff are the admin's. */
const REGISTER_EDITORS = ['admin', 'dispatcher'] as const satisfies readonly Role[];
const ADMIN_ONLY = ['admin'] as const satisfies readonly Role[];

/** create (POST), update (PUT with the version read), retire (DELETE ?version=) of one kind of record. */
function crud<const N extends string, const R extends readonly Role[], C extends z.ZodMiniType, U extends z.ZodMiniType, V extends z.ZodMiniType, P extends z.ZodMiniObject>(
  noun: N,
  collection: string,
  what: string,
  roles: R,
  params: P,
  key: string,
  schemas: { create: C; update: U; view: V },
) {
  const base = { area: 'admin', tag: 'admin', auth: 'session', roles, response: schemas.view } as const;
  return {
    create: defineRoute({ ...base, name: `create${noun}`, method: 'post', path: `/v1/admin/${collection}`, summary: `Create a ${what}`, body: schemas.create, successStatus: 201, errors: [403, 409] }),
    update: defineRoute({ ...base, name: `update${noun}`, method: 'put', path: `/v1/admin/${collection}/{${key}}`, summary: `Update a ${what} (409 when the version is stale)`, params, body: schemas.update, successStatus: 200, errors: [403, 404, 409] }),
    retire: defineRoute({ ...base, name: `retire${noun}`, method: 'delete', path: `/v1/admin/${collection}/{${key}}`, summary: `Retire a ${what} (kept for history)`, params, query: RetireQuery, successStatus: 200, errors: [403, 404, 409] }),
  };
}

export const locationAdmin = crud('Location', 'locations', 'location (campus › building › floor › room)', REGISTER_EDITORS, IdParams, 'id', { create: CreateLocationBody, update: UpdateLocationBody, view: AdminLocation });
export const assetAdmin = crud('Asset', 'assets', 'device of the asset ledger', REGISTER_EDITORS, IdParams, 'id', { create: CreateAssetBody, update: UpdateAssetBody, view: AdminAsset });
export const categoryAdmin = crud('Category', 'categories', 'service category', ADMIN_ONLY, CodeParams, 'code', { create: CreateCategoryBody, update: UpdateCategoryBody, view: AdminCategory });
export const userAdmin = crud('User', 'users', 'staff account', ADMIN_ONLY, IdParams, 'id', { create: CreateUserBody, update: UpdateUserBody, view: AdminUser });

function csvRoutes<const N extends string>(noun: N, collection: string, what: string) {
  return {
    export: defineRoute({ name: `export${noun}`, method: 'get', path: `/v1/admin/${collection}.csv`, area: 'admin', summary: `Every ${what} as CSV (UTF-8 with BOM)`, tag: 'admin', auth: 'session', roles: REGISTER_EDITORS, response: CsvText, produces: 'text/csv', successStatus: 200, errors: [403] }),
    import: defineRoute({ name: `import${noun}`, method: 'post', path: `/v1/admin/${collection}/import`, area: 'admin', summary: `Create or update ${what}s from CSV: every bad row is reported with its line, nothing is imported until the file is clean`, tag: 'admin', auth: 'session', roles: REGISTER_EDITORS, body: CsvBody, consumes: 'text/csv', response: ImportResult, successStatus: 200, errors: [403] }),
  };
}

export const locationCsv = csvRoutes('Locations', 'locations', 'location');
export const assetCsv = csvRoutes('Assets', 'assets', 'device');

export const qrLabels = defineRoute({
  name: 'qrLabels',
  area: 'labels',
  method: 'get',
  path: '/v1/admin/qr-labels',
  summary:
    'A printable A4 PDF of QR labels: a building\'s, some floors\', some rooms\' or devices\' (codes), or without a building every label ' +
    `of the hospital, ${LABELS_PER_SHEET} to a PDF (page); rooms, devices or both. Each label shows the name, the building and floor, the code ` +
    'and 扫码报修 · Scan to report. format=wxacode prints WeChat mini-program codes (409 when WeChat is not configured or refuses, 429 when ' +
    'its daily quota is used up). Headers: x-label-count (on this PDF), x-label-total, x-page, x-page-count',
  tag: 'admin',
  auth: 'session',
  roles: REGISTER_EDITORS,
  query: QrLabelsQuery,
  response: PdfDocument,
  produces: 'application/pdf',
  successStatus: 200,
  errors: [403, 404, 409, 429],
});

/** The labels the same query prints, as a list: what the labels screen previews before the PDF is downloaded. */
export const previewQrLabels = defineRoute({
  name: 'previewQrLabels',
  area: 'labels',
  method: 'get',
  path: '/v1/admin/qr-labels/preview',
  summary: 'The labels /v1/admin/qr-labels would print for the same query (one PDF\'s page of them): name, building and floor, code, link',
  tag: 'admin',
  auth: 'session',
  roles: REGISTER_EDITORS,
  query: QrLabelsPreviewQuery,
  response: QrLabelsPreview,
  successStatus: 200,
  errors: [403, 404],
});

const staffLink = { area: 'admin', tag: 'admin', auth: 'session', roles: ADMIN_ONLY, params: IdParams } as const;

/** Linking staff to WeChat: one-time invite codes (a new one revokes the old), and unlinking. */
export const staffLinkAdmin = {
  issueInvite: defineRoute({ ...staffLink, name: 'issueInvite', method: 'post', path: '/v1/admin/users/{id}/invite', summary: 'Issue a one-time invite code for a staff record (shown as a QR; expires, single use; revokes the previous one)', query: IssueInviteQuery, response: Invite, successStatus: 201, errors: [403, 404, 409] }),
  revokeInvite: defineRoute({ ...staffLink, name: 'revokeInvite', method: 'delete', path: '/v1/admin/users/{id}/invite', summary: 'Revoke the staff record\'s open invite code', response: NoContent, successStatus: 204, errors: [403, 404] }),
  unlinkUser: defineRoute({ ...staffLink, name: 'unlinkUser', method: 'post', path: '/v1/admin/users/{id}/unlink', summary: 'Unlink the staff record from its WeChat account; its sessions end at once', response: AdminUser, successStatus: 200, errors: [403, 404, 409] }),
};

export const listUsers = defineRoute({
  name: 'listUsers',
  area: 'admin',
  method: 'get',
  path: '/v1/admin/users',
  summary: 'Staff of the hospital, a page at a time: search by name, phone or id; filter by role, WeChat link, retired',
  tag: 'admin',
  auth: 'session',
  roles: ADMIN_ONLY,
  query: ListUsersQuery,
  response: AdminUserPage,
  successStatus: 200,
  errors: [403],
});

/** After a crash, a bug fix or a migration: the numbers of some days recomputed from the tickets (the nightly job does the last days). */
export const reconcileReports = defineRoute({
  name: 'reconcileReports',
  area: 'admin',
  method: 'post',
  path: '/v1/admin/reconcile',
  summary: 'Recompute the aggregates of up to 31 days from the tickets and repair drift (idempotent)',
  tag: 'admin',
  auth: 'session',
  roles: ADMIN_ONLY,
  body: ReconcileBody,
  response: ReconcileRunView,
  successStatus: 200,
  errors: [403],
});

/** The places screen's tree: every location with its version, retired ones included (a few thousand at most). */
export const listAdminLocations = defineRoute({
  name: 'listAdminLocations',
  area: 'admin',
  method: 'get',
  path: '/v1/admin/locations',
  summary: 'Every location of the hospital (campus › building › floor › room) with its version and label code, retired ones included',
  tag: 'admin',
  auth: 'session',
  roles: REGISTER_EDITORS,
  response: AdminLocationList,
  successStatus: 200,
  errors: [403],
});

/** The device ledger (设备台账): search and filters run in the database, a page at a time. */
export const listAssets = defineRoute({
  name: 'listAssets',
  area: 'admin',
  method: 'get',
  path: '/v1/admin/assets',
  summary: 'Devices of the hospital, a page at a time: search by name, id, serial or model; filter by building, type, category, vendor, warranty, life support, retired',
  tag: 'admin',
  auth: 'session',
  roles: REGISTER_EDITORS,
  query: AssetListQuery,
  response: AdminAssetPage,
  successStatus: 200,
  errors: [403],
});

export const getAdminAsset = defineRoute({
  name: 'getAdminAsset',
  area: 'admin',
  method: 'get',
  path: '/v1/admin/assets/{id}',
  summary: 'One device of the ledger, retired ones included',
  tag: 'admin',
  auth: 'session',
  roles: REGISTER_EDITORS,
  params: IdParams,
  response: AdminAsset,
  successStatus: 200,
  errors: [403, 404],
});

/** The audit trail: the desk sees the changes of places, devices and categories; staff records (personal data) are the admin's. */
export const listAudit = defineRoute({
  name: 'listAudit',
  area: 'admin',
  method: 'get',
  path: '/v1/admin/audit',
  summary: 'Admin changes, newest first (who, when, before and after): of one kind, or of one record (kind and recordId); staff records for admins only',
  tag: 'admin',
  auth: 'session',
  roles: REGISTER_EDITORS,
  query: AuditQuery,
  response: AuditPage,
  successStatus: 200,
  errors: [403],
});

export const userCsv = {
  export: defineRoute({ name: 'exportUsers', method: 'get', path: '/v1/admin/users.csv', area: 'admin', summary: 'Every staff record as CSV (UTF-8 with BOM)', tag: 'admin', auth: 'session', roles: ADMIN_ONLY, response: CsvText, produces: 'text/csv', successStatus: 200, errors: [403] }),
  import: defineRoute({ name: 'importUsers', method: 'post', path: '/v1/admin/users/import', area: 'admin', summary: 'Create or update staff records from CSV: every bad row is reported with its line, nothing is imported until the file is clean', tag: 'admin', auth: 'session', roles: ADMIN_ONLY, body: CsvBody, consumes: 'text/csv', response: ImportResult, successStatus: 200, errors: [403] }),
};

/** The admin's category list: every category of the hospital with its dispatch, SLA and phrases, retired ones too. */
export const listAdminCategories = defineRoute({
  name: 'listAdminCategories', area: 'admin', method: 'get', path: '/v1/admin/categories', summary: 'Every service category of the hospital, retired ones included, as the admin edits them',
  tag: 'admin', auth: 'session', roles: ADMIN_ONLY, response: z.object({ items: z.array(AdminCategory) }), successStatus: 200, errors: [403],
});

export const getUser = defineRoute({ ...staffLink, name: 'getUser', method: 'get', path: '/v1/admin/users/{id}', summary: 'One staff record, as the admin edits it', response: AdminUser, successStatus: 200, errors: [403, 404] });

/** The shift rota (排班): dated shifts per week; the candidate ranking, the grab pool and the on-shift alerts read it. */
export const shiftRoutes = {
  listShifts: defineRoute({
    name: 'listShifts', area: 'admin', method: 'get', path: '/v1/admin/shifts', summary: 'The rota of one week (Monday to Sunday): every dated shift of the hospital — admin, desk',
    tag: 'admin', auth: 'session', roles: REGISTER_EDITORS, query: WeekQuery, response: ShiftWeek, successStatus: 200, errors: [403],
  }),
  setUserShifts: defineRoute({
    ...staffLink, name: 'setUserShifts', method: 'put', path: '/v1/admin/users/{id}/shifts', summary: 'Replace one person\'s shifts of one week (each day inside the week, at most 14)',
    query: WeekQuery, body: SetShiftsBody, response: ShiftWeek, successStatus: 200, errors: [403, 404],
  }),
};

export const adminRoutes = [
  ...Object.values(locationAdmin),
  ...Object.values(assetAdmin),
  ...Object.values(categoryAdmin),
  ...Object.values(userAdmin),
  ...Object.values(staffLinkAdmin),
  ...Object.values(locationCsv),
  ...Object.values(assetCsv),
  qrLabels,
  previewQrLabels,
  listUsers,
  reconcileReports,
  listAdminLocations,
  listAssets,
  getAdminAsset,
  listAudit,
  ...Object.values(userCsv),
  listAdminCategories,
  getUser,
  ...Object.values(shiftRoutes),
] as const;
