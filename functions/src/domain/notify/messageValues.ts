import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * WeChat's value rules for subscribe-message data, by keyword type (the key's prefix: `thing2`
 * is a `thing`). A value that breaks its rule fails the whole send with 47003, so every value
 * goes through `fitValue` before it is sent: the one place that knows the limits.
 */
export type KeywordType = 'thing' | 'character_string' | 'number' | 'letter' | 'symbol' | 'phrase' | 'name' | 'phone_number' | 'time' | 'date';

/** The keyword type of a key: its name without the trailing number. */
export function keywordTypeOf(key: string): string {
  return key.replace(/\d+$/, '');
}

const THING_MAX = 20;
const CHARACTER_STRING_MAX = 32;
const PHRASE_MAX = 5;
const NAME_HAN_MAX = 10;
const NAME_LATIN_MAX = 20;
const PHONE_MAX = 17;
const ELLIPSIS = '…';

/** Cuts to `max` characters as a person counts them (surrogate pairs stay whole), marking the cut. */
function cut(value: string, max: number): string {
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}${ELLIPSIS}`;
}

/** A value to fit: text, or an instant for `time`/`date` keywords. */
export type RawValue = string | Date;

/**
 * Fits one value to its keyword's rule. `timezone` is the hospital's zone for times. Returns
 * null when nothing acceptable can be made of it (the caller then leaves the message unsent
 * rather than have WeChat refuse it) — e.g. a phrase with no Chinese characters.
 */
export function fitValue(key: string, raw: RawValue, timezone: string): string | null {
  const type = keywordTypeOf(key);
  if (raw instanceof Date) {
    if (type === 'time') return format(new TZDate(raw, timezone), 'yyyy年M月d日 HH:mm');
    if (type === 'date') return format(new TZDate(raw, timezone), 'yyyy年M月d日');
    raw = raw.toISOString();
  }
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  switch (type) {
    case 'thing':
      return cut(text, THING_MAX);
    case 'character_string': {
      // Printable ASCII only: letters, digits, symbols.
      const ascii = text.replace(/[^\x21-\x7E]/g, '');
      return ascii === '' ? null : ascii.slice(0, CHARACTER_STRING_MAX);
    }
    case 'number': {
      const digits = text.replace(/[^\d.]/g, '');
      return /^\d+(?:\.\d+)?$/.test(digits) ? digits.slice(0, CHARACTER_STRING_MAX) : null;
    }
    case 'letter': {
      const letters = text.replace(/[^A-Za-z]/g, '');
      return letters === '' ? null : letters.slice(0, CHARACTER_STRING_MAX);
    }
    case 'phrase': {
      // Chinese characters only, at most 5: callers pass a mapped phrase (see phrases.ts); anything else is stripped.
      const han = [...text].filter((c) => /\p{Script=Han}/u.test(c)).slice(0, PHRASE_MAX).join('');
      return han === '' ? null : han;
    }
    case 'name': {
      const han = [...text].filter((c) => /\p{Script=Han}/u.test(c)).join('');
      if (han !== '' && han.length === [...text].length) return [...han].slice(0, NAME_HAN_MAX).join('');
      const latin = text.replace(/[^A-Za-z .·-]/g, '').replace(/^[^A-Za-z]+/, '');
      if (latin !== '') return latin.slice(0, NAME_LATIN_MAX).trim();
      return han === '' ? null : [...han].slice(0, NAME_HAN_MAX).join('');
    }
    case 'phone_number': {
      const phone = text.replace(/[^0-9+ ()-]/g, '').trim();
      return /^\+?[0-9]/.test(phone) ? phone.slice(0, PHONE_MAX) : null;
    }
    case 'symbol':
      return null;
    case 'time':
    case 'date':
      // Only instants are formatted here; free text cannot be trusted to match WeChat's formats.
      return null;
    default:
      // An unknown type (enum, amount, car_number…): no fitter; let the template config avoid it.
      return null;
  }
}
