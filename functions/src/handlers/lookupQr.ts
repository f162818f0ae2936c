import * as routes from '../contract/routes';
import { lookupQr } from '../domain/catalog/lookupQr';
import { can } from '../domain/policy/can';
import { http } from '../http/httpHandler';
import { toAssetView, toCategoryView } from '../presenters/catalogViews';
import { SCANNER_LENS } from '../presenters/ticketLens';
import { toPublicSummary } from '../presenters/ticketViews';

export const handler = http(routes.lookupQr, async ({ params, user, deps }) => {
  const found = await lookupQr(deps, user, params.code);
  return {
    body: {
      code: found.code,
      location: {
        id: found.location.id,
        name: found.location.name,
        type: found.location.type,
        path: found.path.map((l) => ({ id: l.id, name: l.name, type: l.type })),
      },
      asset: found.asset ? toAssetView(found.asset) : null,
      ...(found.retiredDevice ? { retiredDevice: found.retiredDevice } : {}),
      categories: found.categories.map((c) => ({ ...toCategoryView(c), suggested: c.suggested })),
      openTickets: found.openTickets.map((t) => ({ ...toPublicSummary(t, SCANNER_LENS, deps.clock.now()), mayOpen: can(user, 'find', t) })),
      roomDevices: found.roomDevices.map(toAssetView),
    },
  };
});
