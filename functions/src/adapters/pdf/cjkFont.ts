import notoSansScBoldWoff from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff';
import { woffToSfnt } from './woffToSfnt';

/**
 * Noto Sans SC Bold (SIL OFL), the "chinese-simplified" file of @fontsource/noto-sans-sc: one
 * TrueType-outline font of 8,248 glyphs (GB 2312's hanzi, Latin, digits, CJK punctuation), so a
 * label name such as 重症监护室 A区 prints in one font. esbuild inlines the WOFF (1.5 MB) into the
 * qrLabels bundle only (`binary` loader, infra/esbuild.yml): nothing to read from disk in Lambda.
 * Unwrapped once per cold start (about 10 ms); pdf-lib then embeds only the glyphs a sheet uses.
 * WOFF, not the smaller WOFF2: fontkit subsets WOFF2 fonts into megabyte-sized broken ones.
 */
let sfnt: Uint8Array | undefined;
export function cjkFontBytes(): Uint8Array {
  sfnt ??= woffToSfnt(notoSansScBoldWoff);
  return sfnt;
}
