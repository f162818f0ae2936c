import { platform } from '../platform';
import { ApiError, baseHeaders, buildUrl, httpError } from './api';
import { t } from '../i18n';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Which report workbook: a month (2026-11) or a quarter (2026-Q4). */
export type WorkbookRef = { kind: 'monthly'; month: string } | { kind: 'quarterly'; quarter: string };

export function workbookFileName(ref: WorkbookRef): string {
  return ref.kind === 'monthly' ? t('dash.workbook.monthlyFile', { month: ref.month }) : t('dash.workbook.quarterlyFile', { quarter: ref.quarter });
}

/**
 * GET /v1/reports/monthly|quarterly (an .xlsx): a browser saves it, WeChat opens it in its
 * document viewer (from where it can be sent to a PC). Both through the platform layer.
 */
export async function openWorkbook(ref: WorkbookRef): Promise<void> {
  const url = ref.kind === 'monthly' ? buildUrl('/v1/reports/monthly', { month: ref.month }) : buildUrl('/v1/reports/quarterly', { quarter: ref.quarter });
  let res: { statusCode: number };
  try {
    res = await platform.openDocument({ url, header: baseHeaders(true, XLSX), fileName: workbookFileName(ref), fileType: 'xlsx' });
  } catch {
    throw new ApiError(0, 'network', t('common.networkError'), t('common.networkError'), []);
  }
  if (res.statusCode !== 200) throw httpError(res.statusCode);
}
