import type { QrLabelsPreview, QrLabelsQuery } from '@contract/admin';
import { platform } from '../platform';
import { t } from '../i18n';
import { ApiError, baseHeaders, buildUrl, httpError, request } from './api';

/** The labels a query prints (GET /v1/admin/qr-labels/preview): what the screen shows before the PDF. */
export function previewLabels(query: Omit<QrLabelsQuery, 'format'>): Promise<QrLabelsPreview> {
  return request<QrLabelsPreview>('/v1/admin/qr-labels/preview', { query: { ...query } });
}

/** The label PDF (GET /v1/admin/qr-labels): a browser saves it, WeChat opens it in its viewer (to print or send to a PC). */
export async function downloadLabels(query: QrLabelsQuery, fileName: string): Promise<void> {
  let res: { statusCode: number };
  try {
    res = await platform.openDocument({ url: buildUrl('/v1/admin/qr-labels', { ...query }), header: baseHeaders(true, 'application/pdf'), fileName, fileType: 'pdf' });
  } catch {
    throw new ApiError(0, 'network', t('common.networkError'), t('common.networkError'), []);
  }
  if (res.statusCode !== 200) throw httpError(res.statusCode);
}
