import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { woffToSfnt } from './woffToSfnt';

const woff = readFileSync(require.resolve('@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff'));

describe('woffToSfnt', () => {
  it('unwraps the WOFF into a TrueType font fontkit reads, with every glyph of even length', () => {
    const sfnt = woffToSfnt(woff);
    const font = fontkit.create(Buffer.from(sfnt));
    expect(font.numGlyphs).toBe(8248);
    expect([...'重症监护室 A区 住院楼 1号病床梯'].every((c) => font.hasGlyphForCodePoint(c.codePointAt(0)!))).toBe(true);
    expect(Buffer.from(sfnt).readUInt32BE(0)).toBe(0x00010000);
  });

  it('lets pdf-lib embed only the glyphs a page uses', async () => {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    const font = await pdf.embedFont(woffToSfnt(woff), { subset: true });
    pdf.addPage().drawText('重症监护室 A区', { font, x: 10, y: 10, size: 12 });
    expect((await pdf.save()).length).toBeLessThan(20 * 1024);
  });

  it('refuses what is not a WOFF font', () => {
    expect(() => woffToSfnt(new Uint8Array(64))).toThrow('Not a WOFF font');
  });
});
