import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encode as encodeJpeg } from 'jpeg-js';
import { create as createQr } from 'qrcode/lib/core/qrcode';
import { knownError, type WeChatBody } from './reply';

/** scene: at most 32 visible characters of this set (WeChat's getwxacodeunlimit documentation). */
const SCENE_CHARS = /^[0-9a-zA-Z!#$&'()*+,/:;=?@\-._~]+$/;
const MAX_SCENE = 32;
const ENV_VERSIONS = new Set(['release', 'trial', 'develop']);
const WIDTH = { min: 280, max: 1280, default: 430 };
const QUIET_ZONE_MODULES = 4;

/** What getwxacodeunlimit answers: an image, or a JSON error (both HTTP 200). */
export type CodeAnswer = { image: Buffer; contentType: 'image/jpeg' } | { error: WeChatBody };

const fail = (errcode: number): CodeAnswer => ({ error: knownError(errcode) });

/**
 * The pages of the mini-program, read from miniapp/src/app.config.ts (main package pages and
 * each sub-package's root + pages), as check_path checks a page against the released app.
 */
export function readMiniAppPages(file = join(__dirname, '..', '..', '..', '..', 'miniapp', 'src', 'app.config.ts')): string[] {
  const text = readFileSync(file, 'utf8');
  const strings = (list: string) => [...list.matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
  const main = /^\s*pages:\s*\[([^\]]*)\]/m.exec(text);
  if (!main) throw new Error(`No pages: [...] in ${file}`);
  const pages = strings(main[1]!);
  for (const sub of text.matchAll(/\{\s*root:\s*['"]([^'"]+)['"],\s*pages:\s*\[([^\]]*)\]/g)) {
    pages.push(...strings(sub[2]!).map((page) => `${sub[1]}/${page}`));
  }
  return pages;
}

/**
 * Checks a getwxacodeunlimit request as WeChat does: 40169 scene empty or longer than 32 (or a
 * body that is not a JSON object), 40129 a character outside the allowed set, 41030 a page with
 * a leading / or a query, or (check_path, the default) not a page of the app, 40097 other bad
 * arguments (env_version, width, check_path). null when the request is good.
 */
export function codeRequestError(body: unknown, appPages: readonly string[]): WeChatBody | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return knownError(40169);
  const b = body as Record<string, unknown>;
  if (typeof b.scene !== 'string') return knownError(40097);
  if (b.scene.length === 0 || b.scene.length > MAX_SCENE) return knownError(40169);
  if (!SCENE_CHARS.test(b.scene)) return knownError(40129);
  if (b.check_path !== undefined && typeof b.check_path !== 'boolean') return knownError(40097);
  if (b.page !== undefined) {
    if (typeof b.page !== 'string' || b.page.length === 0 || b.page.startsWith('/') || b.page.includes('?')) return knownError(41030);
    if (b.check_path !== false && !appPages.includes(b.page)) return knownError(41030);
  }
  if (b.env_version !== undefined && (typeof b.env_version !== 'string' || !ENV_VERSIONS.has(b.env_version))) return knownError(40097);
  if (b.width !== undefined && (typeof b.width !== 'number' || !Number.isFinite(b.width) || b.width < WIDTH.min || b.width > WIDTH.max)) {
    return knownError(40097);
  }
  return null;
}

/**
 * POST /wxa/getwxacodeunlimit. A real mini-program code is a round "sun code" that only WeChat
 * reads; no QR reader can decode it. The fake answers instead a JPEG of a standard QR code that
 * encodes `<page>?scene=<scene>` (the page defaults to the app's home page, as WeChat's does), so
 * that tests can decode what was asked for. The image is `width` pixels square, like the real one.
 */
export function miniProgramCode(body: unknown, appPages: readonly string[]): CodeAnswer {
  const error = codeRequestError(body, appPages);
  if (error) return { error };
  const b = body as { scene: string; page?: string; width?: number };
  const page = b.page ?? appPages[0];
  if (!page) return fail(41030);
  const size = Math.round(b.width ?? WIDTH.default);
  return { image: qrJpeg(`${page}?scene=${b.scene}`, size), contentType: 'image/jpeg' };
}

function qrJpeg(text: string, size: number): Buffer {
  const { modules } = createQr(text, { errorCorrectionLevel: 'M' });
  const count = modules.size;
  const unit = Math.max(1, Math.floor(size / (count + 2 * QUIET_ZONE_MODULES)));
  const offset = Math.floor((size - unit * count) / 2);
  const data = Buffer.alloc(size * size * 4, 0xff);
  for (let y = 0; y < size; y++) {
    const row = Math.floor((y - offset) / unit);
    if (y < offset || row >= count) continue;
    for (let x = offset; x < offset + unit * count && x < size; x++) {
      if (!modules.get(row, Math.floor((x - offset) / unit))) continue;
      const at = (y * size + x) * 4;
      data[at] = data[at + 1] = data[at + 2] = 0;
    }
  }
  return encodeJpeg({ data, width: size, height: size }, 90).data;
}
