import { t } from '../i18n';
import { openViewfinder, promptForCode } from './scanDialogs.h5';

/**
 * Scanning with the browser's camera (H5 only; WeChat has wx.scanCode): getUserMedia for the
 * rear camera, and jsQR on the frames. jsQR (Apache-2.0, QR codes only, no dependencies, ~45 KB
 * gzipped, already used by the tests to read labels) is loaded with the first scan, so nobody
 * who never scans pays for it. Typing the code stays, from the viewfinder or when there is no
 * camera, or the user refused it, with a message saying which.
 */
const FRAME_EVERY_MS = 150;
/** Frames are decoded at most this wide: a label fills the view, and jsQR's time grows with the pixels. */
const DECODE_WIDTH_PX = 640;

type CameraFailure = 'denied' | 'noCamera' | 'unsupported';

function failureOf(error: unknown): CameraFailure {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') return 'noCamera';
  return 'unsupported';
}

const failureMessage: Record<CameraFailure, () => string> = {
  denied: () => t('scan.cameraDenied'),
  noCamera: () => t('scan.noCamera'),
  unsupported: () => t('scan.h5Hint'),
};

async function openCamera(): Promise<MediaStream | CameraFailure> {
  // No camera API outside a secure context (an http:// address other than localhost).
  if (!navigator.mediaDevices?.getUserMedia) return 'unsupported';
  try {
    return await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
  } catch (error) {
    return failureOf(error);
  }
}

/** Decodes frames until a QR is read; resolves with its text. `stopped()` ends the loop. */
async function readFrames(video: HTMLVideoElement, context: CanvasRenderingContext2D, stopped: () => boolean): Promise<string | null> {
  const { default: jsQR } = await import('jsqr');
  const canvas = context.canvas;
  while (!stopped()) {
    if (video.readyState >= video.HAVE_CURRENT_DATA && video.videoWidth > 0) {
      const scale = Math.min(1, DECODE_WIDTH_PX / video.videoWidth);
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const frame = context.getImageData(0, 0, canvas.width, canvas.height);
      const found = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' });
      if (found?.data) return found.data;
    }
    await new Promise((resolve) => setTimeout(resolve, FRAME_EVERY_MS));
  }
  return null;
}

/** A QR's text from the camera, or the code typed instead; null when the user cancelled. */
export async function scanWithCamera(): Promise<string | null> {
  // Frames are read through a canvas; a browser without one cannot decode them.
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return promptForCode(failureMessage.unsupported());
  const stream = await openCamera();
  if (typeof stream === 'string') return promptForCode(failureMessage[stream]());
  const viewfinder = openViewfinder();
  let done = false;
  let outcome: { text: string | null } | 'type' | 'cancel';
  try {
    viewfinder.video.srcObject = stream;
    // play() rejects when the dialog is closed before the first frame; the race below still ends.
    await viewfinder.video.play().catch(() => undefined);
    outcome = await Promise.race([readFrames(viewfinder.video, context, () => done).then((text) => ({ text })), viewfinder.left]);
  } finally {
    // The camera's light goes off as soon as the scan ends, however it ends.
    done = true;
    viewfinder.close();
    for (const track of stream.getTracks()) track.stop();
  }
  if (typeof outcome === 'object') return outcome.text;
  return outcome === 'type' ? promptForCode(t('scan.typeHint')) : null;
}
