import { useEffect, useRef } from 'react';
import SignaturePadLib from 'signature_pad';
import { PAD_HEIGHT_PX, type SignaturePadProps } from './signaturePadTypes';
import './SignaturePad.scss';

/**
 * The web build's pad: szimek's signature_pad (smooth strokes from pointer events, mouse and
 * touch alike) on a canvas sized to the device's pixel ratio, so the stroke is sharp and lands
 * under the finger.
 */
export function SignaturePad({ handle, onSignedChange, label }: SignaturePadProps) {
  const canvas = useRef<HTMLCanvasElement | null>(null);

  useEffect(() => {
    const el = canvas.current;
    if (!el) return undefined;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    el.width = el.offsetWidth * ratio;
    el.height = PAD_HEIGHT_PX * ratio;
    el.getContext('2d')?.scale(ratio, ratio);
    const pad = new SignaturePadLib(el, { backgroundColor: 'rgb(255, 255, 255)', penColor: 'rgb(20, 20, 20)' });
    pad.addEventListener('endStroke', () => onSignedChange(!pad.isEmpty()));
    handle.current = {
      clear: () => {
        pad.clear();
        onSignedChange(false);
      },
      isEmpty: () => pad.isEmpty(),
      // The canvas's own blob, not a fetch of a data: URL (the CSP's connect-src allows none).
      toImage: () =>
        new Promise((resolve, reject) =>
          el.toBlob((blob) => (blob ? resolve({ path: URL.createObjectURL(blob), size: blob.size, contentType: 'image/png' }) : reject(new Error('no signature image'))), 'image/png'),
        ),
    };
    return () => {
      pad.off();
      handle.current = null;
    };
  }, []);

  return <canvas ref={canvas} className="signature-pad" style={{ height: `${PAD_HEIGHT_PX}px` }} role="img" aria-label={label} data-testid="signature-pad" />;
}
