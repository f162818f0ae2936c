import { defineRoute } from './route';
import {
  DisputeActionBody,
  Dispute,
  DisputeList,
  DrawResult,
  DrawSpotChecksBody,
  MonthQuery,
  SpotCheck,
  SpotCheckList,
  SpotCheckParams,
  SpotCheckResultBody,
  VendorIdParams,
} from './spotChecks';

/**
 * Spot checks (质检抽查) and disputes (issue 16, part VSPOT), in the `vendors` area. Who may do what
 * is the policy's `vendor` acts (spotCheck, raiseDispute, decideDispute, readScorecard), asked per
 * vendor; the route's roles only keep everyone else out early. A failed check reopens its job
 * through the lifecycle command failSpotCheck (also POST /v1/tickets/{id}/fail-spot-check).
 */
const base = { area: 'vendors', tag: 'vendors', auth: 'session' } as const;

export const drawSpotChecks = defineRoute({
  ...base,
  name: 'drawSpotChecks',
  method: 'post',
  path: '/v1/vendors/{id}/spot-checks',
  summary: "Draw a random sample (percent, at least one job) of the vendor's completed jobs of a month not drawn before; idempotent per requestKey — managers",
  roles: ['manager'],
  params: VendorIdParams,
  body: DrawSpotChecksBody,
  response: DrawResult,
  successStatus: 200,
  errors: [403, 404, 409],
});

export const listSpotChecks = defineRoute({
  ...base,
  name: 'listSpotChecks',
  method: 'get',
  path: '/v1/vendors/{id}/spot-checks',
  summary: "A month's spot checks of the vendor, and how many completed jobs are not drawn yet — managers, admins, the vendor's managers",
  roles: ['manager', 'admin', 'vendor_manager'],
  vendors: 'allowed',
  params: VendorIdParams,
  query: MonthQuery,
  response: SpotCheckList,
  successStatus: 200,
  errors: [403, 404],
});

export const recordSpotCheck = defineRoute({
  ...base,
  name: 'recordSpotCheck',
  method: 'post',
  path: '/v1/spot-checks/{id}/result',
  summary: 'Record the on-site inspection (pass/fail, note, photos) once; a fail reopens the job to its technician in the same transaction — managers',
  roles: ['manager'],
  params: SpotCheckParams,
  body: SpotCheckResultBody,
  response: SpotCheck,
  successStatus: 200,
  errors: [403, 404, 409],
});

export const listDisputes = defineRoute({
  ...base,
  name: 'listDisputes',
  method: 'get',
  path: '/v1/vendors/{id}/disputes',
  summary: "A month's disputes of the vendor and the jobs a dispute may name — managers, admins, the vendor's managers",
  roles: ['manager', 'admin', 'vendor_manager'],
  vendors: 'allowed',
  params: VendorIdParams,
  query: MonthQuery,
  response: DisputeList,
  successStatus: 200,
  errors: [403, 404],
});

export const actOnDispute = defineRoute({
  ...base,
  name: 'actOnDispute',
  method: 'post',
  path: '/v1/vendors/{id}/disputes',
  summary: "raise: a vendor manager disputes one of their vendor's tickets of the month on a measure; decide: a manager accepts or rejects it with a reason, once",
  roles: ['manager', 'vendor_manager'],
  vendors: 'allowed',
  params: VendorIdParams,
  body: DisputeActionBody,
  response: Dispute,
  successStatus: 200,
  errors: [403, 404, 409],
});

export const spotCheckRoutes = [drawSpotChecks, listSpotChecks, recordSpotCheck, listDisputes, actOnDispute] as const;
