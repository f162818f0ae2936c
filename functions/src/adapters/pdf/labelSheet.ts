import type { Label } from '../../domain/admin/qrLabels';

/**
 * The printable label sheet. pdf-lib, fontkit (a prebuilt bundle of ~940 KB) and the inlined CJK
 * font (~2 MB of base64) are imported on the first sheet, not at cold start: a dynamic import
 * that esbuild keeps in the same bundle but evaluates only when called, so a request of the
 * labels function that never prints (a 401, a 403) does not pay for them.
 */
export async function renderLabelSheet(title: string, labels: readonly Label[]): Promise<Buffer> {
  const { renderLabelSheetPdf } = await import('./labelSheetPdf');
  return renderLabelSheetPdf(title, labels);
}
