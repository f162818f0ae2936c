import type { PropsWithChildren } from 'react';
import { ConfigProvider } from '@nutui/nutui-react-taro';
import enUS from '@nutui/nutui-react-taro/dist/es/locales/en-US';
import zhCN from '@nutui/nutui-react-taro/dist/es/locales/zh-CN';
import { getLocale } from '../i18n';

/** NutUI's own texts (a calendar's weekdays and month title) in the app's language, not always Chinese. */
export function NutLocale({ children }: PropsWithChildren) {
  return <ConfigProvider locale={getLocale() === 'en' ? enUS : zhCN}>{children}</ConfigProvider>;
}
