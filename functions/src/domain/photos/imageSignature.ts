import type { PhotoContentType } from '../../contract/uploads';

/**
 * How many leading bytes identify a photo type: the longest signature (HEIC's `ftyp` box brand)
 * ends at byte 12.
 */
export const SIGNATURE_BYTES = 16;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** ISO-BMFF brands of HEIF/HEIC stills and sequences as cameras write them (ISO/IEC 23008-12). */
const HEIC_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].map(ascii);

/**
 * The photo type the first bytes of a file show, or null for anything else (HTML, SVG, PDF, …).
 * A table of four signatures rather than a sniffing library: `file-type` is ESM-only, reads
 * through its own tokenizer stack and knows a hundred formats we would refuse anyway, for
 * the four a photo may be. Signatures: JPEG SOI + marker (FF D8 FF), PNG's 8-byte header,
 * RIFF....WEBP, and an ISO-BMFF `ftyp` box whose major brand is a HEIF one.
 */
export function sniffPhotoType(bytes: Uint8Array): PhotoContentType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('ftyp'), 4) && HEIC_BRANDS.some((brand) => startsWith(bytes, brand, 8))) return 'image/heic';
  return null;
}
