/**
 * Reading our QR labels from every form they reach the app in. A label's code is letters,
 * digits, - and _ (≤ 32, what a WeChat `scene` allows), e.g. R-B5-0312.
 *
 * - mini-program code opened by WeChat: page param `scene` = encodeURIComponent(code)
 * - plain-link QR opened by WeChat: page param `q` = encodeURIComponent(full URL)
 * - wx.scanCode inside the app: `path` = "pages/report/index?scene=R-B5-0312", or `result` = the URL or the code itself
 */
const CODE = /^[A-Za-z0-9_-]{1,32}$/;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function queryParam(query: string, key: string): string | null {
  for (const part of query.split('&')) {
    const [k, v] = part.split('=');
    if (k === key && v) return safeDecode(v);
  }
  return null;
}

/** The code inside a URL: ?code=, ?scene=, ?qr= or its last path segment. */
function codeFromUrl(url: string): string | null {
  const noHash = url.replace(/#.*$/, (h) => (h.includes('?') ? h.slice(h.indexOf('?')).replace('?', '&') : ''));
  const qIndex = noHash.indexOf('?');
  const query = qIndex >= 0 ? noHash.slice(qIndex + 1) : '';
  for (const key of ['code', 'scene', 'qr']) {
    const v = queryParam(query, key);
    if (v && CODE.test(v)) return v;
  }
  const pathPart = (qIndex >= 0 ? noHash.slice(0, qIndex) : noHash).replace(/\/+$/, '');
  const last = safeDecode(pathPart.slice(pathPart.lastIndexOf('/') + 1));
  return CODE.test(last) ? last : null;
}

/** Reduce any scanned or launched text to a label code, or null if it is not one of ours. */
export function parseQrText(text: string | null | undefined): string | null {
  if (!text) return null;
  const trimmed = text.trim();
  if (CODE.test(trimmed)) return trimmed;
  const decoded = safeDecode(trimmed);
  if (CODE.test(decoded)) return decoded;
  if (decoded.includes('?') || decoded.includes('/')) return codeFromUrl(decoded);
  return null;
}

/** From page params: `scene` (mini-program code), `q` (plain-link QR) or our own `code`. */
export function launchQrCode(params: Partial<Record<string, string | undefined>>): string | null {
  if (params.code) return parseQrText(params.code);
  if (params.scene) return parseQrText(safeDecode(params.scene));
  if (params.q) return parseQrText(safeDecode(params.q));
  return null;
}

/** What a scan in the app found: one of our labels, a desk PC's sign-in QR, or something else. */
export type ScanOutcome = { kind: 'label'; code: string } | { kind: 'pcLogin'; requestId: string } | { kind: 'unknown' };

/** A desk PC's sign-in QR: `<H5 base>/#/pages/pclogin/index?r=<request id>` (22 URL-safe characters). */
const PC_LOGIN = /pages\/pclogin\/index\?(?:[^#]*&)?r=([A-Za-z0-9_-]{22})(?:&|$)/;

export function pcLoginRequestOf(text: string | null | undefined): string | null {
  if (!text) return null;
  return PC_LOGIN.exec(safeDecode(text.trim()))?.[1] ?? null;
}

/** Reads any scanned text: a desk PC's sign-in comes first (its URL has no label code, but "index" would pass for one). */
export function readScan(...texts: (string | null | undefined)[]): ScanOutcome {
  for (const text of texts) {
    const requestId = pcLoginRequestOf(text);
    if (requestId) return { kind: 'pcLogin', requestId };
    // A damaged sign-in QR is nobody's label.
    if (text?.includes('pages/pclogin/')) return { kind: 'unknown' };
  }
  for (const text of texts) {
    const code = parseQrText(text);
    if (code) return { kind: 'label', code };
  }
  return { kind: 'unknown' };
}

/** scanCode's answer from a scan: the label code, '' for anything else, null when cancelled. */
export function labelCodeOf(outcome: ScanOutcome | null): string | null {
  if (outcome === null) return null;
  return outcome.kind === 'label' ? outcome.code : '';
}
