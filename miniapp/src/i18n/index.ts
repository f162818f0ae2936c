import Taro from '@tarojs/taro';
import type { TicketCommand, TicketEventType } from '@contract/lifecycle';
import { zhCN, zhCNCommandLabels, zhCNEventLabels } from './zh-CN';
import { en, enCommandLabels, enEventLabels } from './en';

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;
export type Locale = 'zh-CN' | 'en';

const LOCALE_KEY = 'locale';
const dictionaries: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

let current: Locale = readStoredLocale();

function readStoredLocale(): Locale {
  try {
    return Taro.getStorageSync(LOCALE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function getLocale(): Locale {
  return current;
}

/** Switches the language for the next render; callers reload the page stack to apply it. */
export function setLocale(locale: Locale): void {
  current = locale;
  Taro.setStorageSync(LOCALE_KEY, locale);
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = dictionaries[current][key] ?? zhCN[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Picks the Chinese or the English one of a bilingual pair (categories, API errors). */
export function pick(zh: string, enText: string): string {
  return current === 'en' ? enText : zh;
}

/** Whether `key` names a message; lets callers translate open-ended codes safely. */
export function hasMessage(key: string): key is MessageKey {
  return key in zhCN;
}

/** The timeline title of an event type (every type has one: the compiler checks both dictionaries). */
export function eventLabel(type: TicketEventType): string {
  return (current === 'en' ? enEventLabels : zhCNEventLabels)[type];
}

/** The button label of a ticket command. */
export function commandLabel(command: TicketCommand): string {
  return (current === 'en' ? enCommandLabels : zhCNCommandLabels)[command];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "11月23日 14:05" / "今天 14:05" in the device's time zone. */
export function formatTime(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = { m: d.getMonth() + 1, d: d.getDate(), hh: pad(d.getHours()), mm: pad(d.getMinutes()) };
  const sameDay = d.getFullYear() === now.getFullYear() && d.getMonth() === now.getMonth() && d.getDate() === now.getDate();
  return t(sameDay ? 'time.today' : 'time.monthDay', parts);
}
