import { phoneNumbers, weChatSignIn } from '../adapters/factories/wechat';
import { handler as devLogin } from '../handlers/devLogin';
import { handler as getMe } from '../handlers/getMe';
import { handler as linkPhone } from '../handlers/linkPhone';
import { handler as login } from '../handlers/login';
import { handler as confirmPcLogin } from '../handlers/confirmPcLogin';
import { handler as getSignInOptions } from '../handlers/getSignInOptions';
import { handler as pollPcLogin } from '../handlers/pollPcLogin';
import { handler as startPcLogin } from '../handlers/startPcLogin';
import { handler as redeemInvite } from '../handlers/redeemInvite';
import { areaRouter } from './areaRouter';

/** The auth function: every route of contract/areas.ts's `auth` area. */
export const handler = areaRouter(
  'auth',
  {
    login,
    linkPhone,
    redeemInvite,
    devLogin,
    getMe,
    startPcLogin,
    pollPcLogin,
    confirmPcLogin,
    getSignInOptions,
  },
  { wechat: weChatSignIn, phoneNumbers },
);
