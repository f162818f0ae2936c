import type { Platform } from './types';
// Taro resolves ./impl to impl.weapp.ts or impl.h5.ts for the platform being built.
import { impl } from './impl';

export type { DocumentRequest, LaunchParams, PickedImage, Platform, SubscribeAnswer, UploadRequest, UploadResult } from './types';
export { launchLabel, parseQrText, pcLoginRequestOf, readLabel, sceneOfLabel } from './qr';
export type { LabelRef, ScanOutcome } from './qr';

export const platform: Platform = impl;
