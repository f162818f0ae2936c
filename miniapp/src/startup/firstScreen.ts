// Fallback for builds other than weapp and h5 (Taro picks firstScreen.weapp.ts / firstScreen.h5.ts first).
export { skipToFirstScreen } from './firstScreen.h5';
