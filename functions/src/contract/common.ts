import * as z from 'zod/mini';

/** Ids are opaque to clients; they are short strings of safe characters. */
export const Id = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));
export const IsoDateTime = z.iso.datetime({ offset: true });
/** A calendar month, yyyy-mm, in the hospital's zone (a report's, a scorecard's, a workbook's). */
export const YearMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
/** An outsourced vendor's id, chosen by the admin like a category code (e.g. otis; issue 16). */
export const VendorId = z.string().check(z.minLength(1), z.maxLength(32), z.regex(/^[a-z][a-z0-9_-]*$/));

export const ErrorCode = z.enum([
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'illegal_transition',
  'rate_limited',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorDetail = z.object({
  field: z.string(),
  code: z.string(),
  message: z.string(),
  messageZh: z.string(),
});
export type ErrorDetail = z.infer<typeof ErrorDetail>;

/** The one error shape every endpoint returns, in English and Chinese. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: z.string(),
      messageZh: z.string(),
      details: z.array(ErrorDetail),
      /** With a 409 for a duplicate report: the open ticket of the same fault, to follow instead. */
      duplicateOf: z.optional(z.object({ id: z.string(), number: z.string(), status: z.string() })),
    }),
  })
  .register(z.globalRegistry, { id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const PageQuery = {
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(50))),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(1024))),
};

export function page<T extends z.ZodMiniType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });
}

/** The answer of a route that succeeds with 204 and no body. */
export const NoContent = z.undefined();
/* ---- Free text (descriptions, notes, reasons, names) ---- */

/** ANSI/VT escape sequences (CSI … final byte, OSC … BEL/ST), dropped whole so no "[31m" is left behind. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANSI_ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u009b[0-?]*[ -/]*[@-~]/g;
/** C0 controls but tab and newline, DEL, and the C1 controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make text read other than it is stored. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
/** Whitespace and zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM) at either end. */
const EDGE_BLANKS = /^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/g;
/** A character that shows: not whitespace, control, format (zero-width) or mark, nor one of the fillers that render blank. */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{M}\u115f\u1160\u3164\uffa0\u2800]/u;

/**
 * What every free text is stored as: CR LF as LF, escape sequences and controls (but tab and
 * newline) and bidi overrides removed, zero-width characters and whitespace trimmed at the ends;
 * a single-line text (a name) also has its tabs and newlines turned into spaces.
 */
export function normaliseText(text: string, multiline: boolean): string {
  const cleaned = text.replace(/\r\n?/g, '\n').replace(ANSI_ESCAPES, '').replace(CONTROLS, '').replace(BIDI_CONTROLS, '');
  return (multiline ? cleaned : cleaned.replace(/[\t\n]+/g, ' ')).replace(EDGE_BLANKS, '');
}

export const hasVisibleCharacter = (text: string) => VISIBLE.test(text);

/**
 * The one type of every free-text field: bounded before and after normalising (`max` counts
 * what is stored), and — unless `optional` text may be empty — a 400 naming the field when no
 * character of it would show (only zero-width characters, spaces or controls).
 */
export function FreeText(options: { max: number; multiline?: boolean; mayBeEmpty?: boolean }) {
  const { max, multiline = false, mayBeEmpty = false } = options;
  return z.string().check(
    // Raw input is bounded too, so normalising never runs over megabytes of padding.
    z.maxLength(max * 4),
    z.overwrite((text) => normaliseText(text, multiline)),
    z.maxLength(max),
    ...(mayBeEmpty
      ? []
      : [
          z.refine<string>((text) => hasVisibleCharacter(text), { abort: true, message: 'Write at least one visible character', params: { code: 'no_visible_text', messageZh: '请至少输入一个可见的字符' } }),
          // Never fails after the check above; it says "not empty" in the OpenAPI document.
          z.minLength(1),
        ]),
  );
}
