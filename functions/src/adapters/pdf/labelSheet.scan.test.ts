import { readFileSync } from 'node:fs';
import { readScan } from '../../../../miniapp/src/platform/qr';
import { decodeLabelSheet, pdfText } from '../../../../test/support/pdfQr';
import { labelCatalog, labelCampus } from '../../domain/admin/labelCampus.fixture';
import { selectLabels, withMiniProgramCodes } from '../../domain/admin/qrLabels';
import { miniProgramCode, readMiniAppPages } from '../../local/wechatFake/miniProgramCode';
import type { MiniProgramCodes } from '../../domain/ports';
import { renderLabelSheetPdf } from './labelSheetPdf';
import { woffToSfnt } from './woffToSfnt';

// esbuild inlines the font file into the bundle; jest reads it from the package instead.
jest.mock('./cjkFont', () => {
  const woff = readFileSync(require.resolve('@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff'));
  return { cjkFontBytes: () => woffToSfnt(woff) };
});

const BASE = 'http://127.0.0.1:3100';
const every = { kind: 'all', page: 1, perPage: 200 } as const;
/** The labels of the fixture, by hand: what each printed QR must scan as. */
const CODES = ['R-B5-0101', 'A-B5-EL01', 'R-B5-0501', 'A-B5-0501-AC1', 'R-B5-0502', 'R-OPD-0101'];

/** The local stack's WeChat fake as the label function's code source: a plain QR of `<page>?scene=<scene>`. */
const fakeWeChat: MiniProgramCodes = {
  async codeFor(scene, page) {
    const answer = miniProgramCode({ scene, page }, readMiniAppPages());
    if ('error' in answer) throw new Error(`fake refused: ${JSON.stringify(answer.error)}`);
    return { bytes: answer.image, contentType: answer.contentType };
  },
};

describe('a printed label sheet, scanned', () => {
  it('scans every link QR of the sheet as its label, in the mini-program scan path', async () => {
    const { labels } = await selectLabels(labelCatalog, labelCampus.hospitalId, every, BASE);
    const decoded = await decodeLabelSheet(await renderLabelSheetPdf('labels', labels));
    expect(decoded.map((d) => d.text)).toEqual(CODES.map((code) => `${BASE}/#/pages/report/index?scene=${code}`));
    expect(decoded.map((d) => readScan(d.text))).toEqual(CODES.map((code) => ({ kind: 'label', code })));
  });

  it("scans every mini-program code of the sheet as its label, read from the scan's path", async () => {
    const { labels } = await selectLabels(labelCatalog, labelCampus.hospitalId, every, BASE);
    const decoded = await decodeLabelSheet(await renderLabelSheetPdf('labels', await withMiniProgramCodes(fakeWeChat, labels)));
    // Taro.scanCode gives a mini-program code's page as `path`; the fake's code is a plain QR of that path.
    expect(decoded.map((d) => readScan(d.text, undefined))).toEqual(CODES.map((code) => ({ kind: 'label', code })));
  });

  it('prints on each label its name, building and floor, code and the bilingual line', async () => {
    const { labels } = await selectLabels(labelCatalog, labelCampus.hospitalId, { ...every, buildingId: 'B5', floorIds: ['B5-F01'] }, BASE);
    const text = await pdfText(await renderLabelSheetPdf('labels', labels));
    for (const printed of ['电梯厅', '住院楼 5号楼 · 1层', 'R-B5-0101', '1号客梯', 'A-B5-EL01', '扫码报修 · Scan to report']) expect(text).toContain(printed);
    expect(text).not.toContain('门诊楼');
    expect(text).not.toContain('Scan to report a fault');
  });
});
