import { defineRoute } from './route';
import { XlsxWorkbook } from './reports';
import { Scorecard, ScorecardQuery, VendorJobPage, VendorJobsQuery } from './scorecard';
import { VendorIdParams } from './spotChecks';

/*
 * The monthly vendor scorecard (issue 16, part VSCORE). Who may read is the policy's
 * `vendor` decision (readScorecard / readJobs): the hospital's managers, or the vendor's own
 * vendor_manager — so the routes let vendor staff in (`vendors: 'allowed'`) and the handler asks.
 */
const base = { method: 'get', tag: 'vendors', auth: 'session', successStatus: 200, vendors: 'allowed', params: VendorIdParams } as const;

export const getVendorScorecard = defineRoute({
  ...base,
  name: 'getVendorScorecard',
  area: 'vendors',
  path: '/v1/vendors/{id}/scorecard',
  summary:
    'A vendor’s month against its contract: jobs, on-time accept and arrival, first-time fix, reopens, satisfaction, complaints, PM compliance, ' +
    'spot-check fails, each with the numbers behind it, and the bonus or penalty its terms yield',
  query: ScorecardQuery,
  response: Scorecard,
  errors: [403, 404, 409],
});

export const listVendorTickets = defineRoute({
  ...base,
  name: 'listVendorTickets',
  area: 'vendors',
  path: '/v1/vendors/{id}/tickets',
  summary: 'A vendor’s jobs of a month, newest first (the vendor manager’s job list; no personal data)',
  query: VendorJobsQuery,
  response: VendorJobPage,
  errors: [403, 404],
});

export const vendorScorecardWorkbook = defineRoute({
  ...base,
  name: 'vendorScorecardWorkbook',
  area: 'exports',
  path: '/v1/vendors/{id}/scorecard.xlsx',
  summary: 'The vendor’s monthly scorecard as an Excel workbook for the monthly meeting: 考核汇总 and the jobs behind the measures',
  query: ScorecardQuery,
  response: XlsxWorkbook,
  produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  errors: [403, 404, 409],
});

export const scorecardRoutes = [getVendorScorecard, listVendorTickets, vendorScorecardWorkbook] as const;
