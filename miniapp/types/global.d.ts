/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

/** Injected by config/index.js (defineConstants): '' on H5 (same origin), an absolute URL on weapp. */
declare const API_BASE_URL: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | undefined;
    TARO_APP_API_BASE?: string;
  }
}
declare module '*.wav';
