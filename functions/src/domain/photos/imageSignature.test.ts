import { sniffPhotoType } from './imageSignature';

const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('the photo type of the first bytes', () => {
  // Written by hand from each format's specification.
  const cases: [what: string, first: Uint8Array, type: string | null][] = [
    ['a JFIF JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF'), 'image/jpeg'],
    ['an Exif JPEG from a phone camera', bytes([0xff, 0xd8, 0xff, 0xe1, 0x12, 0x34], 'Exif'), 'image/jpeg'],
    ['a PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR'), 'image/png'],
    ['a WebP', bytes('RIFF', [0x24, 0x00, 0x00, 0x00], 'WEBPVP8 '), 'image/webp'],
    ['an iPhone HEIC', bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1'), 'image/heic'],
    ['a HEIF with the mif1 brand', bytes([0, 0, 0, 0x1c], 'ftypmif1', [0, 0, 0, 0], 'heic'), 'image/heic'],
    ['an HTML page', bytes('<!doctype html><script>'), null],
    ['an SVG', bytes('<svg xmlns="http://'), null],
    ['a PDF', bytes('%PDF-1.7\n'), null],
    ['a GIF', bytes('GIF89a', [1, 0, 1, 0]), null],
    ['a RIFF that is a WAV', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '), null],
    ['an MP4 video', bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0, 2, 0], 'isom'), null],
    ['a JPEG start cut short', bytes([0xff, 0xd8]), null],
    ['nothing', new Uint8Array(0), null],
  ];
  it.each(cases)('%s: %#', (_what, first, type) => {
    expect(sniffPhotoType(first)).toBe(type);
  });
});
