import type { PickedImage, Platform, SubscribeAnswer } from './types';
import { labelCodeOf, launchQrCode, readScan } from './qr';
import { scanWithCamera } from './cameraScan.h5';
import { blobOf, compressForUpload, keepAsDataUrl } from './compress.h5';

/**
 * Browsers cannot run wx.scanCode. The web build (the desk's PC, the local demo, the e2e tests)
 * scans with the camera (cameraScan.h5.ts), or asks for the code in a small dialog; a test can
 * answer without either by setting `window.__testScanResult` (a string, or an array used one per
 * scan). This file is not part of the weapp build, so none of it exists there.
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

let audioContext: AudioContext | null = null;

/** Two short tones (880 Hz, then 1175 Hz): no file to fetch. A browser that blocks audio until a tap stays silent. */
function playTone(): void {
  try {
    audioContext ??= new AudioContext();
    const ctx = audioContext;
    void ctx.resume();
    [880, 1175].forEach((hz, i) => {
      const start = ctx.currentTime + i * 0.13;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = hz;
      gain.gain.setValueAtTime(0.2, start);
      gain.gain.exponentialRampToValueAtTime(0.001, start + 0.12);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.12);
    });
  } catch {
    // No audio on this machine: the highlight still shows the new ticket.
  }
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
    const text = fromTest !== undefined ? fromTest : await scanWithCamera();
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

  subscribeMessages: false,

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

  chooseTextFile(extensions) {
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = extensions.map((e) => `.${e}`).join(',');
      input.style.display = 'none';
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        input.remove();
        if (!file) return resolve(null);
        void file.text().then((text) => resolve({ name: file.name, text }));
      });
      input.addEventListener('cancel', () => {
        input.remove();
        resolve(null);
      });
      document.body.append(input);
      input.click();
    });
  },

  async saveTextFile(fileName, text) {
    const href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = href;
    a.download = fileName;
    a.style.display = 'none';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 60000);
  },

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
  playAlert() {
    playTone();
  },

  watchVisibility(onChange) {
    const listener = () => onChange(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },

  canPrint: true,
  printPage() {
    window.print();
  },
};
