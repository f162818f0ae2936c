// Fallback for builds other than weapp and h5 (Taro picks impl.weapp.ts / impl.h5.ts first).
export { impl } from './impl.h5';
