/**
 * The value rules WeChat applies to subscribe-message data, by keyword type (the key's prefix:
 * `thing1` is a `thing`). A value that breaks its rule fails the whole send with 47003
 * `argument invalid! data.<key>.value`, so the fake must be as strict as WeChat: otherwise a
 * message that passes locally is refused in production.
 */

/** One keyword of a template; `values` lists the accepted values of an `enum` keyword. */
export interface TemplateKeyword {
  key: string;
  values?: readonly string[];
}

const HAN = /^\p{Script=Han}+$/u;
const DATE = String.raw`(?:(\d{4})年(\d{1,2})月(\d{1,2})日|(\d{4})[-/](\d{1,2})[-/](\d{1,2}))`;
const CLOCK = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?`;

/** Length as a person counts it: one per character, also for characters beyond the BMP. */
function length(value: string): number {
  return [...value].length;
}

/** The keyword type of a key: its name without the trailing number. */
export function keywordType(key: string): string {
  return key.replace(/\d+$/, '');
}

function validDate(year: string, month: string, day: string): boolean {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function validClock(hour: string, minute: string, second: string | undefined): boolean {
  return Number(hour) <= 23 && Number(minute) <= 59 && (second === undefined || Number(second) <= 59);
}

/** One point in time: a date, a 24-hour clock time, or a date followed by a time. */
function validMoment(text: string, needs: 'time' | 'date'): boolean {
  const match = new RegExp(`^(?:${DATE})?\\s*(?:${CLOCK})?$`).exec(text.trim());
  if (!match) return false;
  const [, zy, zm, zd, iy, im, id, hour, minute, second] = match;
  const hasDate = zy !== undefined || iy !== undefined;
  const hasClock = hour !== undefined;
  // `time` is about the clock (a date may come with it); `date` is about the day (a time may come with it).
  if (needs === 'time' && !hasClock) return false;
  if (needs === 'date' && !hasDate) return false;
  if (zy !== undefined && !validDate(zy, zm!, zd!)) return false;
  if (iy !== undefined && !validDate(iy, im!, id!)) return false;
  if (hasClock && !validClock(hour, minute!, second)) return false;
  return true;
}

/** `time` and `date` also accept a span: two moments joined by `~`. */
function validTimeOrSpan(value: string, needs: 'time' | 'date'): boolean {
  const parts = value.split('~');
  return parts.length <= 2 && parts.every((part) => validMoment(part, needs));
}

const rules: Record<string, (value: string, keyword: TemplateKeyword) => boolean> = {
  thing: (v) => length(v) <= 20,
  character_string: (v) => length(v) <= 32 && /^[\x21-\x7E]+$/.test(v),
  number: (v) => length(v) <= 32 && /^\d+(?:\.\d+)?$/.test(v),
  letter: (v) => length(v) <= 32 && /^[A-Za-z]+$/.test(v),
  symbol: (v) => length(v) <= 5 && /^[^\p{L}\p{N}\s]+$/u.test(v),
  phrase: (v) => length(v) <= 5 && HAN.test(v),
  name: (v) => (HAN.test(v) && length(v) <= 10) || (/^[A-Za-z][A-Za-z .·-]*$/.test(v) && length(v) <= 20),
  phone_number: (v) => length(v) <= 17 && /^\+?[0-9][0-9 ()-]*$/.test(v),
  car_number: (v) => length(v) <= 8 && /^[\p{Script=Han}A-Za-z0-9]+$/u.test(v),
  // A currency symbol (optional), at most 10 digits, optional cents, optionally 元 at the end.
  amount: (v) => /^[¥￥$€£]?\d{1,10}(?:\.\d{1,2})?元?$/.test(v),
  time: (v) => validTimeOrSpan(v, 'time'),
  date: (v) => validTimeOrSpan(v, 'date'),
  enum: (v, keyword) => keyword.values?.includes(v) ?? false,
};

/** True when WeChat accepts `value` for this keyword. Empty values are refused for every type. */
export function isValidKeywordValue(keyword: TemplateKeyword, value: unknown): boolean {
  if (typeof value !== 'string' || value.length === 0) return false;
  const rule = rules[keywordType(keyword.key)];
  return rule ? rule(value, keyword) : false;
}

/**
 * The first key of `data` that WeChat would refuse, or null when the data fits the template.
 * A keyword of the template missing from the data counts as refused; keys the template does
 * not have are checked by their prefix, as WeChat types keys by name.
 */
export function findInvalidKey(keywords: readonly TemplateKeyword[], data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return keywords[0]?.key ?? 'data';
  const entries = data as Record<string, unknown>;
  const known = new Map(keywords.map((k) => [k.key, k]));
  for (const keyword of keywords) {
    if (!isValidKeywordValue(keyword, valueOf(entries[keyword.key]))) return keyword.key;
  }
  for (const key of Object.keys(entries)) {
    if (known.has(key)) continue;
    if (!isValidKeywordValue({ key }, valueOf(entries[key]))) return key;
  }
  return null;
}

function valueOf(entry: unknown): unknown {
  return typeof entry === 'object' && entry !== null ? (entry as { value?: unknown }).value : undefined;
}
