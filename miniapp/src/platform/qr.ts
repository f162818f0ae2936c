/**
 * Reading our QR labels from every form they reach the app in. A label's code is letters,
 * digits, - and _ (≤ 32, what a WeChat `scene` allows), e.g. R-B5-0312; a label of a deployment
 * serving several hospitals may name its hospital: `<code>@<hospitalId>`.
 *
 * - the printed link QR: `<base>/#/pages/report/index?scene=R-B5-0312` (domain/admin/qrLabels.ts)
 * - a mini-program code opened by WeChat: page param `scene` = encodeURIComponent(code)
 * - a plain-link QR opened by WeChat: page param `q` = encodeURIComponent(full URL)
 * - wx.scanCode inside the app: `path` = "pages/report/index?scene=R-B5-0312" for a mini-program
 *   code, `result` = the link or the code itself otherwise
 * - typed by hand (H5): the code printed under the QR
 *
 * Anything else (another app's QR, a web page, a WeChat contact card) is nobody's label.
 */
const CODE = /^[A-Za-z0-9_-]{1,32}$/;
const HOSPITAL_ID = /^[A-Za-z0-9_-]{1,31}$/;
const REPORT_ROUTE = 'pages/report/index?';
/** What may come before the report route: nothing or "/" (a page path), or an http(s) origin with a path, and "#/" (the H5 hash router). */
const ROUTE_PREFIX = /^(?:\/|https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?(?:#\/|\/))?$/;
/** A QR holds at most a few KB; a longer text is nobody's label, and is not worth decoding. */
const MAX_TEXT_CHARS = 2048;
/** A `q` link wraps our link once; a text encoded deeper than this is not ours. */
const MAX_NESTING = 3;

/** A label as scanned: its code, and its hospital when the label names one. */
export interface LabelRef {
  code: string;
  /** Only when the label names it (`<code>@<hospitalId>`); otherwise the deployment's hospital. */
  hospitalId?: string;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `R-B5-0312` or `R-B5-0312@hospital-2`. */
function labelOfScene(scene: string): LabelRef | null {
  const at = scene.indexOf('@');
  const code = at < 0 ? scene : scene.slice(0, at);
  if (!CODE.test(code)) return null;
  if (at < 0) return { code };
  const hospitalId = scene.slice(at + 1);
  return HOSPITAL_ID.test(hospitalId) ? { code, hospitalId } : null;
}

function queryParams(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of query.split(/[&#]/)) {
    const eq = part.indexOf('=');
    if (eq > 0 && !params.has(part.slice(0, eq))) params.set(part.slice(0, eq), safeDecode(part.slice(eq + 1)));
  }
  return params;
}

/** Our report page's route, as a path or inside a link: its scene (or code), or the link its `q` wraps. undefined when the text is no route of ours. */
function labelOfRoute(text: string, depth: number): LabelRef | null | undefined {
  const at = text.indexOf(REPORT_ROUTE);
  if (at < 0 || !ROUTE_PREFIX.test(text.slice(0, at))) return undefined;
  const params = queryParams(text.slice(at + REPORT_ROUTE.length));
  const scene = params.get('scene') ?? params.get('code');
  if (scene !== undefined) return labelOfScene(scene);
  const q = params.get('q');
  return q !== undefined ? readLabelAt(q, depth + 1) : null;
}

function readLabelAt(text: string, depth: number): LabelRef | null {
  if (depth > MAX_NESTING) return null;
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_TEXT_CHARS) return null;
  const scene = labelOfScene(trimmed);
  if (scene) return scene;
  const route = labelOfRoute(trimmed, depth);
  if (route !== undefined) return route;
  // A URL-encoded text (a `q` value, an encoded scene): read it once decoded.
  const decoded = safeDecode(trimmed);
  return decoded !== trimmed ? readLabelAt(decoded, depth + 1) : null;
}

/** Any scanned, launched or typed text reduced to a label, or null if it is not one of ours. */
export function readLabel(text: string | null | undefined): LabelRef | null {
  return text ? readLabelAt(text, 0) : null;
}

/** Any scanned or launched text reduced to a label code, or null if it is not one of ours. */
export function parseQrText(text: string | null | undefined): string | null {
  return readLabel(text)?.code ?? null;
}

/** The scene to sign in with at a label: as WeChat would pass it (`<code>` or `<code>@<hospitalId>`). */
export function sceneOfLabel(label: LabelRef): string {
  return label.hospitalId ? `${label.code}@${label.hospitalId}` : label.code;
}

/** From page params: our own `code`, `scene` (mini-program code) or `q` (plain-link QR). */
export function launchLabel(params: Partial<Record<string, string | undefined>>): LabelRef | null {
  for (const key of ['code', 'scene', 'q'] as const) {
    const value = params[key];
    if (value) return readLabel(safeDecode(value));
  }
  return null;
}

export function launchQrCode(params: Partial<Record<string, string | undefined>>): string | null {
  return launchLabel(params)?.code ?? null;
}

/** What a scan in the app found: one of our labels, a desk PC's sign-in QR, or something else. */
export type ScanOutcome = ({ kind: 'label' } & LabelRef) | { kind: 'pcLogin'; requestId: string } | { kind: 'unknown' };

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
    const label = readLabel(text);
    if (label) return { kind: 'label', ...label };
  }
  return { kind: 'unknown' };
}

/** scanCode's answer from a scan: the label code, '' for anything else, null when cancelled. */
export function labelCodeOf(outcome: ScanOutcome | null): string | null {
  if (outcome === null) return null;
  return outcome.kind === 'label' ? outcome.code : '';
}

/** Why a scan is no label to use here: not one of ours, or another hospital's. */
export type LabelRefusal = 'notOurCode' | 'otherHospital';

/** The label code a signed-in user of `hospitalId` may use, or why not (a sign-in QR is no label either). */
export function labelCodeFor(outcome: ScanOutcome, hospitalId: string | undefined): { code: string } | { refused: LabelRefusal } {
  if (outcome.kind !== 'label') return { refused: 'notOurCode' };
  if (outcome.hospitalId && hospitalId && outcome.hospitalId !== hospitalId) return { refused: 'otherHospital' };
  return { code: outcome.code };
}
