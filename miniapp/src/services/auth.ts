import Taro from '@tarojs/taro';
import { getSession } from './session';

export const HOME_URL = '/pages/home/index';
export const LOGIN_URL = '/pages/login/index';

/** True when signed in; otherwise sends the user to sign in and back to `returnTo` afterwards. */
export function ensureSignedIn(returnTo: string): boolean {
  if (getSession()) return true;
  void Taro.reLaunch({ url: `${LOGIN_URL}?redirect=${encodeURIComponent(returnTo)}` });
  return false;
}
