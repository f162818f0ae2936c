import { renderLabelSheet } from '../adapters/pdf/labelSheet';
import { qrLabels } from '../contract/adminRoutes';
import { labelsOfBuilding, withMiniProgramCodes } from '../domain/admin/qrLabels';
import { http } from '../http/httpHandler';

export const handler = http(qrLabels, async ({ query, user, deps }) => {
  const linked = await labelsOfBuilding(deps, user.hospitalId, query.building, query.kind ?? 'all', deps.config.labelBaseUrl);
  const labels = query.format === 'wxacode' ? await withMiniProgramCodes(deps.miniProgramCodes, linked) : linked;
  const pdf = await renderLabelSheet(`QR labels ${query.building}`, labels);
  return {
    rawBody: pdf,
    contentType: 'application/pdf',
    headers: { 'content-disposition': `inline; filename="qr-labels-${query.building}.pdf"`, 'x-label-count': String(labels.length) },
  };
});
