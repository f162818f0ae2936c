import Taro from '@tarojs/taro';
import { setLocale, type Locale } from './index';

/** Router params Taro adds itself, not part of where the user is. */
const TARO_PARAMS = new Set(['$taroTimestamp', 'stamp']);

function decodedOnce(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The address of the screen on show, with every parameter it was opened with (the scanned
 * label's code, the ticket id, the sign-in page's redirect…), so it can be opened again as it was.
 */
export function currentScreenUrl(): string {
  const router = Taro.getCurrentInstance().router;
  const path = (router?.path ?? '/pages/home/index').split('?')[0]!;
  const query = Object.entries(router?.params ?? {})
    .filter(([key, value]) => !TARO_PARAMS.has(key) && typeof value === 'string' && value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(decodedOnce(value as string))}`)
    .join('&');
  return `${path.startsWith('/') ? '' : '/'}${path}${query ? `?${query}` : ''}`;
}

/**
 * Switches the language (remembered in storage) and opens `returnTo` again in it: every text
 * is read at render, so the screen is rendered anew from its address — which keeps the scanned
 * place, the ticket and the sign-in's redirect, since they are in it.
 */
export function switchLocale(locale: Locale, returnTo: string = currentScreenUrl()): void {
  setLocale(locale);
  void Taro.reLaunch({ url: returnTo });
}
