import Taro from '@tarojs/taro';
import type { Urgency } from '@contract/enums';
import { platform } from '../platform';

const MUTE_KEY = 'desk.alertMuted';

/** The desk's mute switch, remembered on this device. */
export function isAlertMuted(): boolean {
  try {
    return Taro.getStorageSync(MUTE_KEY) === true;
  } catch {
    return false;
  }
}

export function setAlertMuted(muted: boolean): void {
  Taro.setStorageSync(MUTE_KEY, muted);
}

/** Urgent and emergency reports chime (unless muted); a normal one only shows. */
export function chimeFor(urgencies: readonly Urgency[]): boolean {
  if (!urgencies.some((u) => u === 'urgent' || u === 'emergency') || isAlertMuted()) return false;
  platform.playAlert();
  return true;
}
