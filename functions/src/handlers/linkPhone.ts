import * as routes from '../contract/routes';
import { linkByPhone } from '../domain/auth/linkStaff';
import { http } from '../http/httpHandler';
import { toSessionView } from '../presenters/sessionView';

export const handler = http(routes.linkPhone, async ({ body, deps }) => ({
  body: toSessionView(await linkByPhone(deps, body, deps.config.defaultHospitalId)),
}));
