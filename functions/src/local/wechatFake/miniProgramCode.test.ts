import jsQR from 'jsqr';
import { decode as decodeJpeg } from 'jpeg-js';
import { codeRequestError, miniProgramCode, readMiniAppPages } from './miniProgramCode';

const pages = ['pages/home/index', 'pages/report/index', 'packages/tech/jobs/index'];
const errcodeOf = (body: unknown) => codeRequestError(body, pages)?.errcode ?? 0;
const good = { scene: 'R-T1-0201', page: 'pages/report/index', check_path: true, env_version: 'release', width: 430 };

describe('getwxacodeunlimit (fake)', () => {
  it('reads the app pages, sub-packages included, from app.config.ts', () => {
    const appPages = readMiniAppPages();
    expect(appPages).toEqual(expect.arrayContaining(['pages/home/index', 'pages/report/index', 'packages/tech/jobs/index', 'packages/manager/dashboard/index']));
    expect(appPages[0]).toBe('pages/home/index');
  });

  it('accepts a good request', () => {
    expect(errcodeOf(good)).toBe(0);
    expect(errcodeOf({ scene: 'a' })).toBe(0);
    expect(errcodeOf({ ...good, scene: "0aZ!#$&'()*+,/:;=?@-._~" })).toBe(0);
  });

  it('refuses a body that is not a JSON object (40169) and a missing scene (40097)', () => {
    expect(errcodeOf('scene=x')).toBe(40169);
    expect(errcodeOf(null)).toBe(40169);
    expect(errcodeOf({ page: 'pages/report/index' })).toBe(40097);
  });

  it('refuses a scene that is empty or longer than 32 (40169), or has other characters (40129)', () => {
    expect(errcodeOf({ ...good, scene: '' })).toBe(40169);
    expect(errcodeOf({ ...good, scene: 'x'.repeat(32) })).toBe(0);
    expect(errcodeOf({ ...good, scene: 'x'.repeat(33) })).toBe(40169);
    expect(errcodeOf({ ...good, scene: 'R T1' })).toBe(40129);
    expect(errcodeOf({ ...good, scene: '报修' })).toBe(40129);
    expect(errcodeOf({ ...good, scene: 'a%20b' })).toBe(40129);
  });

  it('refuses a page with a leading slash or a query, or not in the app when check_path (41030)', () => {
    expect(errcodeOf({ ...good, page: '/pages/report/index' })).toBe(41030);
    expect(errcodeOf({ ...good, page: 'pages/report/index?scene=x' })).toBe(41030);
    expect(errcodeOf({ ...good, page: 'pages/nope/index' })).toBe(41030);
    expect(errcodeOf({ ...good, page: 'pages/nope/index', check_path: false })).toBe(0);
    expect(errcodeOf({ ...good, page: '/pages/nope/index', check_path: false })).toBe(41030);
  });

  it('refuses other bad arguments (40097): env_version, width, check_path', () => {
    expect(errcodeOf({ ...good, env_version: 'prod' })).toBe(40097);
    expect(errcodeOf({ ...good, env_version: 'trial' })).toBe(0);
    expect(errcodeOf({ ...good, width: 279 })).toBe(40097);
    expect(errcodeOf({ ...good, width: 1281 })).toBe(40097);
    expect(errcodeOf({ ...good, width: 1280 })).toBe(0);
    expect(errcodeOf({ ...good, width: '430' })).toBe(40097);
    expect(errcodeOf({ ...good, check_path: 'yes' })).toBe(40097);
  });

  it('answers a JPEG of width pixels whose QR decodes to page?scene=', () => {
    const answer = miniProgramCode(good, pages);
    if (!('image' in answer)) throw new Error(JSON.stringify(answer.error));
    expect(answer.contentType).toBe('image/jpeg');
    expect([...answer.image.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const jpeg = decodeJpeg(answer.image, { useTArray: true });
    expect(jpeg.width).toBe(430);
    expect(jsQR(new Uint8ClampedArray(jpeg.data), jpeg.width, jpeg.height)?.data).toBe('pages/report/index?scene=R-T1-0201');
    const home = miniProgramCode({ scene: 'x' }, pages);
    if (!('image' in home)) throw new Error('expected an image');
    const decoded = decodeJpeg(home.image, { useTArray: true });
    expect(jsQR(new Uint8ClampedArray(decoded.data), decoded.width, decoded.height)?.data).toBe('pages/home/index?scene=x');
  });
});
