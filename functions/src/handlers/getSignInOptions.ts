import { getSignInOptions } from '../contract/pcLoginRoutes';
import { http } from '../http/httpHandler';

// The demo picker signs in through dev-login, which only the local stack serves.
export const handler = http(getSignInOptions, async ({ deps }) => ({ body: { demoPicker: deps.config.isLocal } }));
