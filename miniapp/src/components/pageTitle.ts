import { useEffect } from 'react';
import Taro from '@tarojs/taro';

/** Sets the page's title (WeChat's bar, the browser tab) in the current language. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    // The component tests' Taro (jsdom) has no navigation bar API.
    if (typeof Taro.setNavigationBarTitle !== 'function') return;
    void Taro.setNavigationBarTitle({ title }).catch(() => undefined);
  }, [title]);
}
