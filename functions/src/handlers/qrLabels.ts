import { renderLabelSheet } from '../adapters/pdf/labelSheet';
import { qrLabels } from '../contract/adminRoutes';
import { selectLabels, withMiniProgramCodes } from '../domain/admin/qrLabels';
import { http } from '../http/httpHandler';
import { labelSelection } from './labelSelection';

export const handler = http(qrLabels, async ({ query, user, deps }) => {
  const found = await selectLabels(deps, user.hospitalId, labelSelection(query), deps.config.labelBaseUrl);
  const labels = query.format === 'wxacode' ? await withMiniProgramCodes(deps.miniProgramCodes, found.labels) : found.labels;
  const name = `${query.building ?? 'all'}-${found.page}`;
  const pdf = await renderLabelSheet(`QR labels ${name}`, labels);
  return {
    rawBody: pdf,
    contentType: 'application/pdf',
    headers: {
      'content-disposition': `inline; filename="qr-labels-${name}.pdf"`,
      'x-label-count': String(labels.length),
      'x-label-total': String(found.total),
      'x-page': String(found.page),
      'x-page-count': String(found.pageCount),
    },
  };
});
