import type { MutableRefObject } from 'react';
import type { PickedImage } from '../../platform';

/** What the confirm card asks of a signature pad, whichever platform draws it. */
export interface SignaturePadHandle {
  clear(): void;
  isEmpty(): boolean;
  /** The signature as a PNG ready to upload (a blob: URL on H5, a temp file on weapp). */
  toImage(): Promise<PickedImage>;
}

export interface SignaturePadProps {
  handle: MutableRefObject<SignaturePadHandle | null>;
  /** Called with true on the first stroke and false when cleared. */
  onSignedChange: (signed: boolean) => void;
  /** The pad's accessible name (it is drawn on, not typed in). */
  label: string;
}

/** Tall enough for a Chinese name written with a finger; the width is the card's. */
export const PAD_HEIGHT_PX = 160;
