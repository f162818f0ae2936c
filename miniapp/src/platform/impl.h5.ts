import type { PickedImage, Platform, SubscribeAnswer } from './types';
import { labelCodeOf, launchQrCode, readScan } from './qr';
import { t } from '../i18n';
import { blobOf, compressForUpload, keepAsDataUrl } from './compress.h5';

/**
 * Browsers cannot run wx.scanCode. The web build (the desk's PC, the local demo, the e2e tests)
 * asks for the code in a small dialog instead; a test can answer without the dialog by setting
 * `window.__testScanResult` (a string, or an array used one per scan). This file is not part of
 * the weapp build, so neither exists there.
 */
declare global {
  interface Window {
    __testScanResult?: string | string[] | null;
    /**
     * WeChat emulation (tests only): the codes wx.login and the phone button would give, one per
     * use when a list. The local stack's WeChat fake resolves them as WeChat's server would.
     */
    __WECHAT_FAKE__?: { loginCode?: string | string[]; phoneCode?: string | string[] };
  }
}

/** The local stack serves the app on this machine; anywhere else is a real deployment. */
const servedByLocalStack = ['localhost', '127.0.0.1', '[::1]'].includes(window.location.hostname);

function takeFakeCode(kind: 'loginCode' | 'phoneCode'): string | null {
  const fake = window.__WECHAT_FAKE__;
  const v = servedByLocalStack ? fake?.[kind] : undefined;
  if (Array.isArray(v)) return v.shift() ?? null;
  return v ?? null;
}

function takeTestScanResult(): string | null | undefined {
  const v = window.__testScanResult;
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return v.shift() ?? null;
  return v;
}

function css(el: HTMLElement, style: Partial<CSSStyleDeclaration>): void {
  Object.assign(el.style, style);
}

/** A plain-DOM dialog (the platform layer renders nothing through React). */
function promptForCode(): Promise<string | null> {
  return new Promise((resolve) => {
    const mask = document.createElement('div');
    mask.className = 'h5-scan-dialog';
    css(mask, { position: 'fixed', inset: '0', background: 'rgba(0,0,0,.55)', zIndex: '3000', display: 'flex', alignItems: 'center', justifyContent: 'center' });
    const box = document.createElement('form');
    css(box, { width: '82%', maxWidth: '340px', background: '#fff', borderRadius: '12px', padding: '20px 18px 16px', boxSizing: 'border-box', fontSize: '15px', color: '#1a1a1a' });
    const title = document.createElement('div');
    title.textContent = t('scan.h5Title');
    css(title, { fontSize: '17px', fontWeight: '600', textAlign: 'center', marginBottom: '6px' });
    const hint = document.createElement('div');
    hint.textContent = t('scan.h5Hint');
    css(hint, { fontSize: '13px', color: '#888', textAlign: 'center', marginBottom: '14px' });
    const input = document.createElement('input');
    input.name = 'qr-code';
    input.setAttribute('aria-label', t('scan.h5Title'));
    input.placeholder = 'R-B5-0312';
    input.autocomplete = 'off';
    css(input, { width: '100%', boxSizing: 'border-box', height: '42px', border: '1px solid #ddd', borderRadius: '8px', padding: '0 12px', fontSize: '16px', outline: 'none' });
    const row = document.createElement('div');
    css(row, { display: 'flex', gap: '10px', marginTop: '16px' });
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.textContent = t('common.cancel');
    const ok = document.createElement('button');
    ok.type = 'submit';
    ok.textContent = t('common.confirm');
    for (const b of [cancel, ok]) css(b, { flex: '1', height: '40px', borderRadius: '20px', fontSize: '15px', border: 'none', cursor: 'pointer' });
    css(cancel, { background: '#f2f3f5', color: '#333' });
    css(ok, { background: '#07c160', color: '#fff' });
    row.append(cancel, ok);
    box.append(title, hint, input, row);
    mask.append(box);
    const close = (value: string | null) => {
      mask.remove();
      resolve(value);
    };
    cancel.onclick = () => close(null);
    box.onsubmit = (e) => {
      e.preventDefault();
      close(input.value.trim() || null);
    };
    document.body.append(mask);
    input.focus();
  });
}

function pickFiles(max: number): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/*';
    input.multiple = max > 1;
    input.style.display = 'none';
    input.onchange = () => {
      const files = Array.from(input.files ?? []).slice(0, max);
      input.remove();
      resolve(files);
    };
    input.addEventListener('cancel', () => {
      input.remove();
      resolve([]);
    });
    document.body.append(input);
    input.click();
  });
}

export const impl: Platform = {
  get loginMode() {
    if (!servedByLocalStack) return 'unavailable';
    return window.__WECHAT_FAKE__ ? 'wechat' : 'demo';
  },

  phoneCodeOn: 'tap',

  phoneCode() {
    return takeFakeCode('phoneCode');
  },

  async scan() {
    const fromTest = takeTestScanResult();
    const text = fromTest !== undefined ? fromTest : await promptForCode();
    if (text === null) return null;
    return readScan(text);
  },

  async scanCode() {
    return labelCodeOf(await impl.scan());
  },

  async chooseImages(max) {
    if (max <= 0) return [];
    const files = await pickFiles(max);
    return files.map((f): PickedImage => ({ path: URL.createObjectURL(f), size: f.size, contentType: f.type || undefined }));
  },

  prepareImage: compressForUpload,

  keepImage: keepAsDataUrl,

  async isOnline() {
    return navigator.onLine;
  },

  onReconnect(onOnline) {
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  },

  async uploadFile(req) {
    const blob = await blobOf(req.filePath);
    const form = new FormData();
    for (const [k, v] of Object.entries(req.formData ?? {})) form.append(k, v);
    form.append(req.name, blob);
    // XMLHttpRequest, not fetch: only it reports upload progress.
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', req.url);
      for (const [k, v] of Object.entries(req.header ?? {})) xhr.setRequestHeader(k, v);
      xhr.timeout = req.timeoutMs ?? 60000;
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) req.onProgress?.(Math.round((e.loaded / e.total) * 100));
      };
      xhr.onload = () => resolve({ statusCode: xhr.status, data: xhr.responseText });
      xhr.onerror = () => reject(new Error('upload failed'));
      xhr.ontimeout = () => reject(new Error('upload timed out'));
      xhr.send(form);
    });
  },

  async login() {
    const code = takeFakeCode('loginCode');
    if (!code) throw new Error('WeChat login is not available in a browser');
    return code;
  },

  async requestSubscribe(templateIds) {
    const answers: Record<string, SubscribeAnswer> = {};
    for (const id of templateIds) answers[id] = 'unsupported';
    return answers;
  },

  async openDocument(req) {
    // fetch, not an <a href>: the request needs the Authorization header.
    const res = await fetch(req.url, { headers: req.header, signal: AbortSignal.timeout(req.timeoutMs ?? 60000) });
    if (res.status !== 200) return { statusCode: res.status };
    const href = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = href;
    a.download = req.fileName;
    a.style.display = 'none';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 60000);
    return { statusCode: 200 };
  },

  getLaunchQrCode: launchQrCode,

  listenToKeys(onKey) {
    const listener = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      // Typing into a field is not a shortcut.
      if (e.ctrlKey || e.metaKey || e.altKey || (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))) return;
      onKey(e.key);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  },
  canPrint: true,
  printPage() {
    window.print();
  },
};
