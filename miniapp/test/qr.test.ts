import { launchQrCode, parseQrText } from '../src/platform/qr';

describe('reading a QR label', () => {
  it('takes a bare label code as it is', () => {
    expect(parseQrText('R-B5-0312')).toBe('R-B5-0312');
  });
  it('finds the scene in the path of a scanned mini-program code', () => {
    expect(parseQrText('pages/report/index?scene=R-B5-0312')).toBe('R-B5-0312');
  });
  it('finds the code in a plain-link QR URL, as a query or the last path segment', () => {
    expect(parseQrText('https://bx.example-hospital.cn/r?code=A-B5-0312-AC1')).toBe('A-B5-0312-AC1');
    expect(parseQrText('https://bx.example-hospital.cn/r/R-B5-0312')).toBe('R-B5-0312');
  });
  it('refuses text that is not one of our labels', () => {
    expect(parseQrText('hello world!')).toBeNull();
    expect(parseQrText('')).toBeNull();
  });
  it('reads the page params WeChat opens the app with: scene and q', () => {
    expect(launchQrCode({ scene: encodeURIComponent('R-B5-0312') })).toBe('R-B5-0312');
    expect(launchQrCode({ q: encodeURIComponent('https://bx.example-hospital.cn/r/R-B5-0312'), scancode_time: '1700000000' })).toBe('R-B5-0312');
    expect(launchQrCode({ code: 'R-B5-0312' })).toBe('R-B5-0312');
    expect(launchQrCode({})).toBeNull();
  });
});
