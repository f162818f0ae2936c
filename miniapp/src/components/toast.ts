import Taro from '@tarojs/taro';

/** A short message that needs no answer; never throws (a failed toast must not undo the action). */
export function toast(title: string): void {
  try {
    void Taro.showToast({ title, icon: 'none', duration: 2000 })?.catch?.(() => undefined);
  } catch {
    // Nothing to do: the message is a courtesy.
  }
}
