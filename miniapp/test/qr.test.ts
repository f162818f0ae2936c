import { labelCodeOf, launchQrCode, parseQrText, readScan } from '../src/platform/qr';

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

describe('reading what the in-app scan found', () => {
  const requestId = 'Ab3_-Ab3_-Ab3_-Ab3_-Ab';
  it("tells a desk PC's sign-in QR from a label (its URL ends in index, which would pass for a label code)", () => {
    expect(readScan(`https://bx.example-hospital.cn/#/pages/pclogin/index?r=${requestId}`)).toEqual({ kind: 'pcLogin', requestId });
    expect(readScan(`http://localhost:3000/#/pages/pclogin/index?x=1&r=${requestId}`)).toEqual({ kind: 'pcLogin', requestId });
    expect(readScan('pages/report/index?scene=R-B5-0312')).toEqual({ kind: 'label', code: 'R-B5-0312' });
  });
  it('refuses a sign-in QR whose request id is not one, rather than taking it for a label', () => {
    expect(readScan('https://bx.example-hospital.cn/#/pages/pclogin/index?r=short')).toEqual({ kind: 'unknown' });
  });
  it('reads the path of a mini-program code before its text, and gives up on anything else', () => {
    expect(readScan(undefined, 'R-B5-0312')).toEqual({ kind: 'label', code: 'R-B5-0312' });
    expect(readScan('hello world!')).toEqual({ kind: 'unknown' });
  });
  it('answers scanCode with the label code, an empty string for anything else, null when cancelled', () => {
    expect(labelCodeOf({ kind: 'label', code: 'R-B5-0312' })).toBe('R-B5-0312');
    expect(labelCodeOf({ kind: 'pcLogin', requestId })).toBe('');
    expect(labelCodeOf({ kind: 'unknown' })).toBe('');
    expect(labelCodeOf(null)).toBeNull();
  });
});
