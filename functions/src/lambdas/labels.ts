import { miniProgramCodes } from '../adapters/factories/wechat';
import { handler as previewQrLabels } from '../handlers/previewQrLabels';
import { handler as qrLabels } from '../handlers/qrLabels';
import { areaRouter } from './areaRouter';

/** The labels function: every route of contract/areas.ts's `labels` area. */
export const handler = areaRouter(
  'labels',
  {
    qrLabels,
    previewQrLabels,
  },
  { miniProgramCodes },
);
