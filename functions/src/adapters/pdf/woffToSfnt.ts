import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER_BYTES = 44;
const WOFF_TABLE_ENTRY_BYTES = 20;
const SFNT_HEADER_BYTES = 12;
const SFNT_TABLE_ENTRY_BYTES = 16;

const tagOf = (name: string) => Buffer.from(name, 'latin1').readUInt32BE(0);
const HEAD_INDEX_TO_LOC_FORMAT_AT = 50;
const MAXP_NUM_GLYPHS_AT = 4;

/**
 * Every glyph padded to an even length (long loca). fontkit's subsetter copies glyphs as they
 * are and writes a short loca (offsets / 2) when the subset is small: a glyph of odd length (this
 * font has them) shifts every glyph after it, and those print blank.
 */
function evenGlyphs(tables: { tag: number; data: Buffer }[]): void {
  const find = (name: string) => tables.find((t) => t.tag === tagOf(name));
  const [head, maxp, loca, glyf] = [find('head'), find('maxp'), find('loca'), find('glyf')];
  if (!head || !maxp || !loca || !glyf) return;
  const numGlyphs = maxp.data.readUInt16BE(MAXP_NUM_GLYPHS_AT);
  const long = head.data.readInt16BE(HEAD_INDEX_TO_LOC_FORMAT_AT) === 1;
  const offset = (i: number) => (long ? loca.data.readUInt32BE(i * 4) : loca.data.readUInt16BE(i * 2) * 2);
  const glyphs = Array.from({ length: numGlyphs }, (_, i) => glyf.data.subarray(offset(i), offset(i + 1)));
  if (glyphs.every((g) => g.length % 2 === 0)) return;
  const newLoca = Buffer.alloc((numGlyphs + 1) * 4);
  const newGlyf = Buffer.alloc(glyphs.reduce((sum, g) => sum + g.length + (g.length % 2), 0));
  let at = 0;
  glyphs.forEach((g, i) => {
    newLoca.writeUInt32BE(at, i * 4);
    newGlyf.set(g, at);
    at += g.length + (g.length % 2);
  });
  newLoca.writeUInt32BE(at, numGlyphs * 4);
  const newHead = Buffer.from(head.data);
  newHead.writeInt16BE(1, HEAD_INDEX_TO_LOC_FORMAT_AT);
  head.data = newHead;
  loca.data = newLoca;
  glyf.data = newGlyf;
}

/**
 * A WOFF (1.0) font as the plain TrueType/OpenType file it wraps: each table inflated once. fontkit
 * reads WOFF itself but inflates a table again on every access (the whole glyf table per glyph:
 * seconds for a sheet of names), and its WOFF2 reader subsets into a broken, megabyte-sized font.
 * Checksums are kept as they were: fontkit and PDF viewers do not check them.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (input.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('Not a WOFF font');
  const flavor = input.readUInt32BE(4);
  const numTables = input.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = WOFF_HEADER_BYTES + i * WOFF_TABLE_ENTRY_BYTES;
    const offset = input.readUInt32BE(at + 4);
    const compLength = input.readUInt32BE(at + 8);
    const origLength = input.readUInt32BE(at + 12);
    const raw = input.subarray(offset, offset + compLength);
    return { tag: input.readUInt32BE(at), checksum: input.readUInt32BE(at + 16), data: compLength < origLength ? inflateSync(raw) : raw };
  });
  evenGlyphs(tables);
  const padded = (n: number) => (n + 3) & ~3;
  const size = SFNT_HEADER_BYTES + numTables * SFNT_TABLE_ENTRY_BYTES + tables.reduce((sum, t) => sum + padded(t.data.length), 0);
  const out = Buffer.alloc(size);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let dataAt = SFNT_HEADER_BYTES + numTables * SFNT_TABLE_ENTRY_BYTES;
  tables.forEach((table, i) => {
    const at = SFNT_HEADER_BYTES + i * SFNT_TABLE_ENTRY_BYTES;
    out.writeUInt32BE(table.tag, at);
    out.writeUInt32BE(table.checksum, at + 4);
    out.writeUInt32BE(dataAt, at + 8);
    out.writeUInt32BE(table.data.length, at + 12);
    out.set(table.data, dataAt);
    dataAt += padded(table.data.length);
  });
  return out;
}
