import * as routes from '../contract/routes';
import { createUpload } from '../domain/photos/createUpload';
import { http } from '../http/httpHandler';

export const handler = http(routes.createUpload, async ({ body, user, deps }) => ({ status: 201, body: await createUpload(deps, user, body) }));
