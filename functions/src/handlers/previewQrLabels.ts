import { LABELS_PER_SHEET } from '../contract/admin';
import { previewQrLabels } from '../contract/adminRoutes';
import { selectLabels } from '../domain/admin/qrLabels';
import { http } from '../http/httpHandler';
import { labelSelection } from './labelSelection';

export const handler = http(previewQrLabels, async ({ query, user, deps }) => {
  const found = await selectLabels(deps, user.hospitalId, labelSelection(query), deps.config.labelBaseUrl);
  const items = found.labels.map(({ code, name, place, link }) => ({ code, name, place, link }));
  return { body: { items, total: found.total, page: found.page, pageCount: found.pageCount, perPage: LABELS_PER_SHEET } };
});
