import * as routes from '../contract/routes';
import { searchPlaces } from '../domain/catalog/searchPlaces';
import { http } from '../http/httpHandler';

export const handler = http(routes.searchPlaces, async ({ query, user, deps }) => {
  const found = searchPlaces(await deps.catalog.listLocations(user.hospitalId), query.q);
  return {
    body: {
      items: found.map(({ location: l, path }) => ({ id: l.id, name: l.name, type: l.type, roomUse: l.roomUse, qrCode: l.qrCode, path: path.map((p) => p.name) })),
    },
  };
});
