import { weChatSignIn } from '../adapters/factories/wechat';
import { handler as devLogin } from '../handlers/devLogin';
import { handler as getMe } from '../handlers/getMe';
import { handler as login } from '../handlers/login';
import { areaRouter } from './areaRouter';

/** The auth function: every route of contract/areas.ts's `auth` area. */
export const handler = areaRouter(
  'auth',
  {
    login,
    devLogin,
    getMe,
  },
  { wechat: weChatSignIn },
);
