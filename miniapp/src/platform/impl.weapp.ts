import Taro from '@tarojs/taro';
import type { Platform, SubscribeAnswer } from './types';
import { labelCodeOf, launchQrCode, readScan } from './qr';
import alertSound from '../assets/alert.wav';
import { PhotoRefusedError, checkPicked, checkReady } from './photoCheck';

/** The size of a file on the phone (the compressed photo's), or null when WeChat cannot say. */
async function fileSize(path: string): Promise<number | null> {
  return new Promise((resolve) => {
    Taro.getFileSystemManager().getFileInfo({ filePath: path, success: (info) => resolve(info.size), fail: () => resolve(null) });
  });
}

const COMPRESS_ABOVE_BYTES = 300 * 1024;

function isCancel(err: unknown): boolean {
  const msg = (err as { errMsg?: string } | null)?.errMsg ?? '';
  return /cancel/i.test(msg);
}

export const impl: Platform = {
  loginMode: 'wechat',

  async scan() {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: false, scanType: ['qrCode'] });
      // A mini-program code of this app carries its page path; a plain QR carries the text.
      return readScan(res.path, res.result);
    } catch (err) {
      if (isCancel(err)) return null;
      throw err;
    }
  },

  async scanCode() {
    return labelCodeOf(await impl.scan());
  },

  async chooseImages(max) {
    if (max <= 0) return [];
    try {
      const res = await Taro.chooseMedia({
        count: Math.min(max, 9),
        mediaType: ['image'],
        sourceType: ['camera', 'album'],
        sizeType: ['compressed'],
      });
      return res.tempFiles.slice(0, max).map((f) => ({ path: f.tempFilePath, size: f.size }));
    } catch (err) {
      if (isCancel(err)) return [];
      throw err;
    }
  },

  async prepareImage(image) {
    checkPicked(image);
    // chooseMedia already asked for 'compressed'; a camera photo can still be several MB.
    if (image.size <= COMPRESS_ABOVE_BYTES) return checkReady(image);
    try {
      const res = await Taro.compressImage({ src: image.path, quality: 70 });
      const size = await fileSize(res.tempFilePath);
      return checkReady({ path: res.tempFilePath, size: size ?? image.size, contentType: 'image/jpeg' });
    } catch (err) {
      if (err instanceof PhotoRefusedError) throw err;
      return checkReady(image);
    }
  },

  async keepImage(image) {
    // A temp file may be cleaned up when WeChat closes the mini-program; a saved one stays.
    return new Promise((resolve) => {
      Taro.getFileSystemManager().saveFile({
        tempFilePath: image.path,
        success: (res) => resolve({ ...image, path: res.savedFilePath }),
        fail: () => resolve(image),
      });
    });
  },

  async isOnline() {
    try {
      return (await Taro.getNetworkType()).networkType !== 'none';
    } catch {
      return true;
    }
  },

  onReconnect(onOnline) {
    const listener = (res: { isConnected: boolean }) => {
      if (res.isConnected) onOnline();
    };
    Taro.onNetworkStatusChange(listener);
    return () => Taro.offNetworkStatusChange(listener);
  },

  async uploadFile(req) {
    const task = Taro.uploadFile({
      url: req.url,
      filePath: req.filePath,
      name: req.name,
      formData: req.formData,
      header: req.header,
      timeout: req.timeoutMs ?? 60000,
    });
    if (req.onProgress) task.onProgressUpdate?.((p) => req.onProgress?.(p.progress));
    const res = await task;
    return { statusCode: res.statusCode, data: res.data };
  },

  phoneCodeOn: 'getPhoneNumber',

  phoneCode(event) {
    return event?.detail?.code || null;
  },

  async login() {
    const res = await Taro.login();
    if (!res.code) throw new Error(res.errMsg || 'wx.login returned no code');
    return res.code;
  },

  subscribeMessages: true,

  async requestSubscribe(templateIds) {
    if (templateIds.length === 0) return {};
    const res = (await Taro.requestSubscribeMessage({ tmplIds: templateIds, entityIds: [] })) as unknown as Record<string, string>;
    const answers: Record<string, SubscribeAnswer> = {};
    for (const id of templateIds) answers[id] = (res[id] as SubscribeAnswer | undefined) ?? 'reject';
    return answers;
  },

  async openDocument(req) {
    const res = await Taro.downloadFile({ url: req.url, header: req.header, timeout: req.timeoutMs ?? 60000 });
    if (res.statusCode !== 200) return { statusCode: res.statusCode };
    await Taro.openDocument({ filePath: res.tempFilePath, fileType: req.fileType, showMenu: true });
    return { statusCode: 200 };
  },

  getLaunchQrCode: launchQrCode,

  async chooseTextFile(extensions) {
    try {
      const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: extensions });
      const file = picked.tempFiles[0];
      if (!file) return null;
      const text = Taro.getFileSystemManager().readFileSync(file.path, 'utf8') as string;
      return { name: file.name, text };
    } catch {
      return null; // cancelled
    }
  },

  async saveTextFile(fileName, text) {
    const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`;
    Taro.getFileSystemManager().writeFileSync(filePath, text, 'utf8');
    await Taro.shareFileMessage({ filePath, fileName });
  },

  listenToKeys() {
    return () => undefined;
  },
  playAlert() {
    const audio = Taro.createInnerAudioContext();
    audio.src = alertSound;
    audio.onEnded(() => audio.destroy());
    audio.onError(() => audio.destroy());
    audio.play();
  },

  watchVisibility(onChange) {
    const hidden = () => onChange(false);
    const shown = () => onChange(true);
    Taro.onAppHide(hidden);
    Taro.onAppShow(shown);
    return () => {
      Taro.offAppHide(hidden);
      Taro.offAppShow(shown);
    };
  },

  // A mini-program cannot print; the desk prints the handover sheet from the PC browser.
  canPrint: false,
  printPage() {},
};
