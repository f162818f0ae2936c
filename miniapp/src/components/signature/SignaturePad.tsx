// Fallback for builds other than weapp and h5 (Taro picks SignaturePad.weapp.tsx / .h5.tsx first).
export { SignaturePad } from './SignaturePad.h5';
