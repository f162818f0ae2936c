import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import { create as createQr } from 'qrcode/lib/core/qrcode';
import type { Label } from '../../domain/admin/qrLabels';
import { cjkFontBytes } from './cjkFont';

/** A4 in points, 2 columns × 5 rows of labels (about 90 × 50 mm each, for a 10-up label sheet). */
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 28;
const COLUMNS = 2;
const ROWS = 5;
const CELL = { width: (PAGE.width - 2 * MARGIN) / COLUMNS, height: (PAGE.height - 2 * MARGIN) / ROWS };
const QR_SIZE_PT = 130;
const QUIET_ZONE_MODULES = 4;

/**
 * The QR as vector squares (one rectangle per run of dark modules): sharp at any printer
 * resolution, and no image codec in the bundle.
 */
function drawQr(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const { modules } = createQr(text, { errorCorrectionLevel: 'M' });
  const count = modules.size;
  const unit = size / (count + 2 * QUIET_ZONE_MODULES);
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; ) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < count && modules.get(row, col)) col++;
      page.drawRectangle({
        x: x + (QUIET_ZONE_MODULES + start) * unit,
        y: y + size - (QUIET_ZONE_MODULES + row + 1) * unit,
        width: (col - start) * unit,
        height: unit,
        color: rgb(0, 0, 0),
      });
    }
  }
}

interface Fonts {
  /** Noto Sans SC Bold, subset to the glyphs of this sheet: the names, places and the tagline. */
  name: PDFFont;
  nameGlyphs: ReadonlySet<number>;
  /** Helvetica: the codes and the footer, ASCII only. */
  regular: PDFFont;
}

/** The bilingual line of every label (issue 14: it was English only). */
export const LABEL_TAGLINE = '扫码报修 · Scan to report';

/** A text with a character outside the font (a rare hanzi) would print a blank box: the fallback (ids) prints instead. */
function printable(fonts: Fonts, text: string): string | null {
  return [...text].every((c) => fonts.nameGlyphs.has(c.codePointAt(0)!)) ? text : null;
}

/** The text broken into lines that fit the width, at most `maxLines`; the last one cut with "..." when it does not fit. */
function wrap(font: PDFFont, text: string, size: number, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let rest = [...text];
  while (rest.length && lines.length < maxLines) {
    let n = rest.length;
    while (n > 1 && font.widthOfTextAtSize(rest.slice(0, n).join(''), size) > width) n--;
    lines.push(rest.slice(0, n).join('').trim());
    rest = rest.slice(n);
  }
  if (rest.length && lines.length) {
    let last = [...lines[lines.length - 1]!];
    while (last.length > 1 && font.widthOfTextAtSize(`${last.join('')}...`, size) > width) last = last.slice(0, -1);
    lines[lines.length - 1] = `${last.join('')}...`;
  }
  return lines;
}

/** A mini-program code as WeChat sent it: JPEG or PNG, told by its bytes (not the content type). */
async function embedCode(pdf: PDFDocument, bytes: Uint8Array): Promise<PDFImage> {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return pdf.embedJpg(bytes);
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return pdf.embedPng(bytes);
  throw new Error('A mini-program code that is neither JPEG nor PNG');
}

function drawLabel(page: PDFPage, fonts: Fonts, label: Label, image: PDFImage | undefined, x: number, y: number): void {
  page.drawRectangle({ x, y, width: CELL.width, height: CELL.height, borderColor: rgb(0.75, 0.75, 0.75), borderWidth: 0.5, borderDashArray: [3, 3] });
  const qrY = y + (CELL.height - QR_SIZE_PT) / 2;
  if (image) page.drawImage(image, { x: x + 4, y: qrY, width: QR_SIZE_PT, height: QR_SIZE_PT });
  else drawQr(page, label.link, x + 4, qrY, QR_SIZE_PT);
  const textX = x + QR_SIZE_PT + 10;
  const textWidth = CELL.width - QR_SIZE_PT - 16;
  let lineY = y + CELL.height - 34;
  const line = (text: string, size: number, font: PDFFont, gap: number, color = rgb(0, 0, 0)) => {
    page.drawText(text, { x: textX, y: lineY, size, font, color });
    lineY -= gap;
  };
  const name = printable(fonts, label.name) ?? label.code;
  for (const text of wrap(fonts.name, name, 12, textWidth, 2)) line(text, 12, fonts.name, 16);
  lineY -= 2;
  const place = printable(fonts, label.place) ?? label.placeIds;
  for (const text of wrap(fonts.name, place, 9, textWidth, 2)) line(text, 9, fonts.name, 12, rgb(0.25, 0.25, 0.25));
  lineY -= 4;
  for (const text of wrap(fonts.regular, label.code, 11, textWidth, 1)) line(text, 11, fonts.regular, 14);
  page.drawText(LABEL_TAGLINE, { x: textX, y: y + 24, size: 8, font: fonts.name, color: rgb(0.35, 0.35, 0.35) });
}

/** A printable A4 sheet of labels, ten to a page, each with its QR link (or mini-program code), name, building and floor, code and the bilingual tagline. */
export async function renderLabelSheetPdf(title: string, labels: readonly Label[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setCreator('hospital fault reporting');
  pdf.registerFontkit(fontkit);
  const name = await pdf.embedFont(cjkFontBytes(), { subset: true });
  const fonts: Fonts = { name, nameGlyphs: new Set(name.getCharacterSet()), regular: await pdf.embedFont(StandardFonts.Helvetica) };
  const images = await Promise.all(labels.map((label) => (label.codeImage ? embedCode(pdf, label.codeImage) : undefined)));
  const perPage = COLUMNS * ROWS;
  for (let i = 0; i < Math.max(labels.length, 1); i += perPage) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    labels.slice(i, i + perPage).forEach((label, n) => {
      const col = n % COLUMNS;
      const row = Math.floor(n / COLUMNS);
      drawLabel(page, fonts, label, images[i + n], MARGIN + col * CELL.width, PAGE.height - MARGIN - (row + 1) * CELL.height);
    });
  }
  return Buffer.from(await pdf.save());
}
