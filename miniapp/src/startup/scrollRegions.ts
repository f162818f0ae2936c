// Fallback for builds other than weapp and h5 (Taro picks scrollRegions.weapp.ts / .h5.ts first).
export { makeScrollRegionsFocusable } from './scrollRegions.h5';
