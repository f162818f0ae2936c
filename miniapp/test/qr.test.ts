import { labelCodeFor, labelCodeOf, launchLabel, launchQrCode, parseQrText, readLabel, readScan, sceneOfLabel, type LabelRef } from '../src/platform/qr';

describe('reading a QR label', () => {
  it('takes a bare label code as it is', () => {
    expect(parseQrText('R-B5-0312')).toBe('R-B5-0312');
  });
  it('finds the scene in the path of a scanned mini-program code', () => {
    expect(parseQrText('pages/report/index?scene=R-B5-0312')).toBe('R-B5-0312');
  });
  it('refuses text that is not one of our labels', () => {
    expect(parseQrText('hello world!')).toBeNull();
    expect(parseQrText('')).toBeNull();
  });
  it('reads the page params WeChat opens the app with: scene and q', () => {
    expect(launchQrCode({ scene: encodeURIComponent('R-B5-0312') })).toBe('R-B5-0312');
    expect(launchQrCode({ q: encodeURIComponent('https://bx.example-hospital.cn/#/pages/report/index?scene=R-B5-0312'), scancode_time: '1700000000' })).toBe('R-B5-0312');
    expect(launchQrCode({ code: 'R-B5-0312' })).toBe('R-B5-0312');
    expect(launchQrCode({})).toBeNull();
  });
});

// Every text a label can carry, as the scan path receives it (issue 12: the link with its hash route was refused).
describe('every form of a label text', () => {
  const forms: [string, string, LabelRef][] = [
    ['the printed link QR with its hash route', 'http://127.0.0.1:3100/#/pages/report/index?scene=R-B5-0301', { code: 'R-B5-0301' }],
    ['the link of a deployment under a path', 'https://repair.hospital.cn/bx/#/pages/report/index?scene=A-B5-0201-VENT1', { code: 'A-B5-0201-VENT1' }],
    ['the link with more params after the scene', 'https://repair.hospital.cn/#/pages/report/index?scene=R-B5-0301&from=label', { code: 'R-B5-0301' }],
    ['a bare code', 'R-B5-0301', { code: 'R-B5-0301' }],
    ['a bare code with spaces around it, as typed', '  R-B5-0301 ', { code: 'R-B5-0301' }],
    ['a code naming its hospital', 'R-B5-0301@hosp-2', { code: 'R-B5-0301', hospitalId: 'hosp-2' }],
    ['a code naming its hospital, URL-encoded as WeChat passes a scene', 'R-B5-0301%40hosp-2', { code: 'R-B5-0301', hospitalId: 'hosp-2' }],
    ["a mini-program code's path", 'pages/report/index?scene=R-B5-0301', { code: 'R-B5-0301' }],
    ["a mini-program code's path with a leading slash", '/pages/report/index?scene=R-B5-0301', { code: 'R-B5-0301' }],
    ["a mini-program code's path naming the hospital", 'pages/report/index?scene=R-B5-0301%40hosp-2', { code: 'R-B5-0301', hospitalId: 'hosp-2' }],
    ['the in-app route with code', '/pages/report/index?code=R-B5-0301', { code: 'R-B5-0301' }],
    ['a q link: the route wrapping the URL-encoded link', `pages/report/index?q=${encodeURIComponent('https://repair.hospital.cn/#/pages/report/index?scene=R-B5-0301')}&scancode_time=1700000000`, { code: 'R-B5-0301' }],
    ['a q value alone', encodeURIComponent('https://repair.hospital.cn/#/pages/report/index?scene=R-B5-0301'), { code: 'R-B5-0301' }],
  ];
  it.each(forms)('reads %s', (_form, text, label) => {
    expect(readLabel(text)).toEqual(label);
    expect(parseQrText(text)).toBe(label.code);
    expect(readScan(text)).toEqual({ kind: 'label', ...label });
  });

  const foreign: [string, string][] = [
    ['a web page', 'https://www.example.com/news/2026'],
    ['a WeChat contact card', 'https://u.wechat.com/EFa1b2c3d4'],
    ['a link whose last segment looks like a code', 'https://bx.example-hospital.cn/r/R-B5-0312'],
    ['another page of the app', 'https://repair.hospital.cn/#/pages/ticket/index?id=T-1'],
    ['our route behind something that is no origin', 'javascript:alert(1)//pages/report/index?scene=R-B5-0301'],
    ['our route with a scene that is no code', 'pages/report/index?scene=R%20B5%200301'],
    ['our route without a scene', 'https://repair.hospital.cn/#/pages/report/index?from=label'],
    ['a code naming a hospital that is no id', 'R-B5-0301@hosp 2'],
    ['a code longer than a scene allows', 'R'.repeat(33)],
    ['a plain sentence', '扫码报修'],
    ['a q link nested deeper than WeChat wraps one', encodeURIComponent(encodeURIComponent(encodeURIComponent(encodeURIComponent('https://repair.hospital.cn/#/pages/report/index?scene=R-B5-0301'))))],
    ['a very long text', `pages/report/index?scene=R-B5-0301&x=${'a'.repeat(3000)}`],
  ];
  it.each(foreign)('refuses %s', (_form, text) => {
    expect(readLabel(text)).toBeNull();
    expect(readScan(text)).toEqual({ kind: 'unknown' });
  });

  it('launches with the hospital a scene names, and signs in with the same scene', () => {
    expect(launchLabel({ scene: 'R-B5-0301%40hosp-2' })).toEqual({ code: 'R-B5-0301', hospitalId: 'hosp-2' });
    expect(sceneOfLabel({ code: 'R-B5-0301', hospitalId: 'hosp-2' })).toBe('R-B5-0301@hosp-2');
    expect(sceneOfLabel({ code: 'R-B5-0301' })).toBe('R-B5-0301');
  });

  it("lets a user use a label of their own hospital or one naming none, and refuses another hospital's", () => {
    expect(labelCodeFor({ kind: 'label', code: 'R-B5-0301' }, 'demo')).toEqual({ code: 'R-B5-0301' });
    expect(labelCodeFor({ kind: 'label', code: 'R-B5-0301', hospitalId: 'demo' }, 'demo')).toEqual({ code: 'R-B5-0301' });
    expect(labelCodeFor({ kind: 'label', code: 'R-B5-0301', hospitalId: 'hosp-2' }, 'demo')).toEqual({ refused: 'otherHospital' });
    expect(labelCodeFor({ kind: 'unknown' }, 'demo')).toEqual({ refused: 'notOurCode' });
    expect(labelCodeFor({ kind: 'pcLogin', requestId: 'Ab3_-Ab3_-Ab3_-Ab3_-Ab' }, 'demo')).toEqual({ refused: 'notOurCode' });
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
