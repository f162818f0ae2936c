import { t } from '../i18n';

/**
 * The H5 scan's two dialogs, in plain DOM (the platform layer renders nothing through React):
 * the camera's viewfinder, and typing the code printed under the QR (the fallback).
 */
export function css(el: HTMLElement, style: Partial<CSSStyleDeclaration>): void {
  Object.assign(el.style, style);
}

function mask(className: string): HTMLDivElement {
  const el = document.createElement('div');
  el.className = className;
  css(el, { position: 'fixed', inset: '0', background: 'rgba(0,0,0,.55)', zIndex: '3000', display: 'flex', alignItems: 'center', justifyContent: 'center' });
  return el;
}

function button(text: string, primary: boolean, type: 'button' | 'submit' = 'button'): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = type;
  b.textContent = text;
  // 44 px: a touch target a gloved finger hits.
  css(b, { flex: '1', minHeight: '44px', borderRadius: '22px', fontSize: '15px', border: 'none', cursor: 'pointer', background: primary ? '#07c160' : '#f2f3f5', color: primary ? '#fff' : '#333' });
  return b;
}

/** Typing the code: resolves with what was typed, or null when cancelled. `reason` says why the camera is not used. */
export function promptForCode(reason: string = t('scan.h5Hint')): Promise<string | null> {
  return new Promise((resolve) => {
    const shade = mask('h5-scan-dialog');
    const box = document.createElement('form');
    css(box, { width: '82%', maxWidth: '340px', background: '#fff', borderRadius: '12px', padding: '20px 18px 16px', boxSizing: 'border-box', fontSize: '15px', color: '#1a1a1a' });
    const title = document.createElement('div');
    title.textContent = t('scan.h5Title');
    css(title, { fontSize: '17px', fontWeight: '600', textAlign: 'center', marginBottom: '6px' });
    const hint = document.createElement('div');
    hint.className = 'h5-scan-dialog__reason';
    hint.setAttribute('role', 'status');
    hint.textContent = reason;
    css(hint, { fontSize: '13px', color: '#666', textAlign: 'center', marginBottom: '14px' });
    const input = document.createElement('input');
    input.name = 'qr-code';
    input.setAttribute('aria-label', t('scan.h5Title'));
    input.placeholder = 'R-B5-0312';
    input.autocomplete = 'off';
    input.maxLength = 2048;
    css(input, { width: '100%', boxSizing: 'border-box', height: '44px', border: '1px solid #ddd', borderRadius: '8px', padding: '0 12px', fontSize: '16px', outline: 'none' });
    const row = document.createElement('div');
    css(row, { display: 'flex', gap: '10px', marginTop: '16px' });
    const cancel = button(t('common.cancel'), false);
    const ok = button(t('common.confirm'), true, 'submit');
    row.append(cancel, ok);
    box.append(title, hint, input, row);
    shade.append(box);
    const close = (value: string | null) => {
      shade.remove();
      resolve(value);
    };
    cancel.onclick = () => close(null);
    box.onsubmit = (e) => {
      e.preventDefault();
      close(input.value.trim() || null);
    };
    document.body.append(shade);
    input.focus();
  });
}

export interface Viewfinder {
  video: HTMLVideoElement;
  /** Resolves when the user leaves the camera: 'type' to type the code instead, 'cancel' to give up. */
  left: Promise<'type' | 'cancel'>;
  close(): void;
}

/** The camera's full-screen viewfinder, with "type the code" and "cancel". */
export function openViewfinder(): Viewfinder {
  const shade = mask('h5-scan-camera');
  css(shade, { background: '#000', flexDirection: 'column' });
  shade.setAttribute('role', 'dialog');
  shade.setAttribute('aria-label', t('scan.cameraTitle'));
  const video = document.createElement('video');
  video.setAttribute('playsinline', 'true');
  video.muted = true;
  css(video, { width: '100%', maxWidth: '640px', maxHeight: '70vh', objectFit: 'cover' });
  const hint = document.createElement('div');
  hint.textContent = t('scan.cameraHint');
  css(hint, { color: '#fff', fontSize: '15px', margin: '16px', textAlign: 'center' });
  const row = document.createElement('div');
  css(row, { display: 'flex', gap: '10px', width: '82%', maxWidth: '340px' });
  const type = button(t('scan.typeCode'), false);
  type.dataset.testid = 'scan-type-code';
  const cancel = button(t('common.cancel'), false);
  row.append(type, cancel);
  shade.append(video, hint, row);
  document.body.append(shade);
  const left = new Promise<'type' | 'cancel'>((resolve) => {
    type.onclick = () => resolve('type');
    cancel.onclick = () => resolve('cancel');
  });
  return { video, left, close: () => shade.remove() };
}
