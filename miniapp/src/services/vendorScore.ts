import type { Scorecard, VendorJobPage } from '@contract/scorecard';
import type { VendorList } from '@contract/vendors';
import { t } from '../i18n';
import { platform } from '../platform';
import { ApiError, baseHeaders, buildUrl, httpError, request } from './api';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const vendor = (id: string) => `/v1/vendors/${encodeURIComponent(id)}`;

/** The vendor scorecard's calls (contract/scorecardRoutes.ts) and the register's list for the managers' picker. */
export const vendorScoreApi = {
  scorecard: (vendorId: string, month: string) => request<Scorecard>(`${vendor(vendorId)}/scorecard`, { query: { month } }),
  jobs: (vendorId: string, month: string, cursor?: string) => request<VendorJobPage>(`${vendor(vendorId)}/tickets`, { query: { month, cursor } }),
  vendors: () => request<VendorList>('/v1/vendors'),
};

/** GET …/scorecard.xlsx: a browser saves it, WeChat opens it in its document viewer (as the monthly workbook). */
export async function openScorecardWorkbook(vendorId: string, month: string): Promise<void> {
  const url = buildUrl(`${vendor(vendorId)}/scorecard.xlsx`, { month });
  let res: { statusCode: number };
  try {
    res = await platform.openDocument({ url, header: baseHeaders(true, XLSX), fileName: t('vscore.excelFile', { month }), fileType: 'xlsx' });
  } catch {
    throw new ApiError(0, 'network', t('common.networkError'), t('common.networkError'), []);
  }
  if (res.statusCode !== 200) throw httpError(res.statusCode);
}
