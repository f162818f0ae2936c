import type { ScanOutcome } from './qr';

/** A photo the user picked, still on the device (a temp path on weapp, a blob: URL on H5). */
export interface PickedImage {
  path: string;
  size: number;
  /** The MIME type when the platform knows it (a browser File does; a weapp temp path has an extension). */
  contentType?: string;
}

export interface UploadRequest {
  url: string;
  filePath: string;
  /** The multipart field name of the file ('file' for an S3 presigned POST). */
  name: string;
  formData?: Record<string, string>;
  header?: Record<string, string>;
  timeoutMs?: number;
  /** 0–100 as the bytes go out. */
  onProgress?: (percent: number) => void;
}

export interface UploadResult {
  statusCode: number;
  data: string;
}

/** An authenticated GET of a file the API makes (a report workbook), to show to the user. */
export interface DocumentRequest {
  url: string;
  header?: Record<string, string>;
  /** The name a browser saves it under, e.g. 报修月报-2026-11.xlsx. */
  fileName: string;
  fileType: 'xlsx' | 'pdf';
  timeoutMs?: number;
}

export type SubscribeAnswer = 'accept' | 'reject' | 'ban' | 'filter' | 'unsupported';

/** Router params a page was opened with; WeChat passes the printed code as `scene` or `q`. */
export type LaunchParams = Partial<Record<string, string | undefined>>;

/**
 * Every capability that differs between the WeChat mini-program and the web build.
 * Pages use only this; the Taro calls behind it live in impl.weapp.ts / impl.h5.ts.
 */
export interface Platform {
  /**
   * 'wechat': sign in with wx.login (in WeChat, or H5 emulating WeChat against the local stack's
   * WeChat fake); 'demo': the local stack's user picker; 'unavailable': a browser outside the
   * local stack, which signs in from WeChat (or, on a desk PC, by scanning).
   */
  readonly loginMode: 'wechat' | 'demo' | 'unavailable';
  /** Scan a QR code; resolves with the code text (already reduced to the label's code), or null when cancelled. */
  scanCode(): Promise<string | null>;
  /** Scan any QR code of ours: a label, or a desk PC's sign-in (qr.ts readScan); null when cancelled. */
  scan(): Promise<ScanOutcome | null>;
  /** Let the user pick up to `max` images from camera or album; [] when cancelled. */
  chooseImages(max: number): Promise<PickedImage[]>;
  /**
   * Make a picked photo ready to upload: weapp compresses a large photo with compressImage, H5
   * with browser-image-compression; rejects with PhotoRefusedError (a bilingual message) when the
   * file is no photo or stays too large.
   */
  prepareImage(image: PickedImage): Promise<PickedImage>;
  /** Whether the phone has a signal now (a technician's command is queued when it has none). */
  isOnline(): Promise<boolean>;
  /** Calls `onOnline` each time the signal returns; answers the function that stops listening. */
  onReconnect(onOnline: () => void): () => void;
  /** A picked photo kept so that it survives a restart (a queued completion's): weapp saves the file, H5 a data: URL. */
  keepImage(image: PickedImage): Promise<PickedImage>;
  /** multipart/form-data POST: the form fields, then the file (fits an S3 presigned POST). */
  uploadFile(req: UploadRequest): Promise<UploadResult>;
  /** A one-time WeChat login code for POST /v1/auth/login (wechat mode only). */
  login(): Promise<string>;
  /** Where the phone button's code comes from: its getphonenumber event (WeChat) or its tap (H5 emulation). */
  readonly phoneCodeOn: 'getPhoneNumber' | 'tap';
  /** The phone button's one-time code for POST /v1/auth/link-phone; null when the user refused or there is none. */
  phoneCode(event?: { detail?: { code?: string } }): string | null;
  /** Whether WeChat subscribe messages exist here (WeChat: yes; a browser: no, so say nothing about them). */
  readonly subscribeMessages: boolean;
  /** Ask for one-time subscribe-message permission (must run from a tap). */
  requestSubscribe(templateIds: string[]): Promise<Record<string, SubscribeAnswer>>;
  /**
   * Download a document and show it: weapp downloads it to a temp file and opens it in WeChat's
   * document viewer (share / save from its menu); a browser saves it. Resolves with the HTTP
   * status (the document was shown only on 200); rejects only when no answer came back.
   */
  openDocument(req: DocumentRequest): Promise<{ statusCode: number }>;
  /** The QR code a page was opened with from a WeChat scan of a printed label, if any. */
  getLaunchQrCode(params: LaunchParams): string | null;
  /**
   * Keyboard shortcuts on a PC (the desk's): `onKey` gets each key pressed outside a text field
   * (e.key, e.g. "n"); returns the function that stops listening. A phone has no keyboard: a no-op.
   */
  listenToKeys(onKey: (key: string) => void): () => void;
  /**
   * Let the user pick a text file (a CSV to import): a file input in a browser, a file from a
   * WeChat chat on a phone (chooseMessageFile). Resolves with its name and text, or null when cancelled.
   */
  chooseTextFile(extensions: string[]): Promise<{ name: string; text: string } | null>;
  /** Hand a text file made here (a CSV template or export) to the user: a browser saves it; WeChat offers to send it to a chat. */
  saveTextFile(fileName: string, text: string): Promise<void>;
  /** A short chime (the desk's urgent-report alert): WeChat plays the bundled sound, a browser a WebAudio tone. */
  playAlert(): void;
  /**
   * Calls back with false when the app goes to the background or the browser tab is hidden, true
   * when it is seen again (a poll pauses meanwhile); returns the function that stops listening.
   */
  watchVisibility(onChange: (visible: boolean) => void): () => void;
  /** Whether this platform can print the page (a browser can: the print stylesheet lays it out on A4). */
  readonly canPrint: boolean;
  /** Open the print dialog for the current page (no-op where canPrint is false). */
  printPage(): void;
}
