import { createContentChecker } from '../wechat/contentChecker';
import { createMiniProgramCodes } from '../wechat/miniProgramCodes';
import { createSubscribeMessenger } from '../wechat/subscribeMessenger';
import { WeChatCode2Session } from '../wechat/wechatAuth';
import { createPhoneNumbers } from '../wechat/phoneNumbers';
import type { ContentChecker, MiniProgramCodes, SubscribeMessenger, WeChatAuth, WeChatPhoneNumbers } from '../../domain/ports';
import type { AdapterContext } from './types';

/** code2session: the WeChat sign-in. */
export const weChatSignIn = ({ config }: AdapterContext): WeChatAuth => new WeChatCode2Session(config.wechat);

/** getuserphonenumber: the verified phone of a staff member linking their WeChat. */
export const phoneNumbers = ({ config, doc }: AdapterContext): WeChatPhoneNumbers => createPhoneNumbers(doc(), config);

/** WeChat subscribe messages (the notifier). */
export const subscribeMessenger = ({ config, doc }: AdapterContext): SubscribeMessenger => createSubscribeMessenger(doc(), config);

/** WeChat's msg_sec_check of a report's text. */
export const contentChecker = ({ config, doc }: AdapterContext): ContentChecker | null => createContentChecker(doc(), config);

/** WeChat mini-program codes (getwxacodeunlimit) for printed labels. */
export const miniProgramCodes = ({ config, doc }: AdapterContext): MiniProgramCodes | null => createMiniProgramCodes(doc(), config);
