import { ConflictError, RateLimitedError } from '../errors';
import { MiniProgramCodeError, type MiniProgramCodes } from '../ports';
import { REPORT_PAGE, withMiniProgramCodes, type Label } from './qrLabels';

const labels: Label[] = Array.from({ length: 9 }, (_, i) => ({ code: `R-T1-020${i}`, name: `Room ${i}`, place: '测试楼 · 2层', placeIds: 'T1 · T1-F02', link: `https://x/#/pages/report/index?scene=R-T1-020${i}` }));

function codes(fail?: { at: string; error: Error }) {
  let inFlight = 0;
  let most = 0;
  const asked: string[] = [];
  const source: MiniProgramCodes = {
    async codeFor(scene, page) {
      asked.push(`${page}?scene=${scene}`);
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      if (fail?.at === scene) throw fail.error;
      return { bytes: new TextEncoder().encode(scene), contentType: 'image/jpeg' };
    },
  };
  return { source, asked, most: () => most };
}

describe('withMiniProgramCodes', () => {
  it('asks a code per label for the report page, with the label code as scene, a few at a time', async () => {
    const fake = codes();
    const out = await withMiniProgramCodes(fake.source, labels);
    expect(out.map((l) => new TextDecoder().decode(l.codeImage))).toEqual(labels.map((l) => l.code));
    expect(fake.asked.sort()).toEqual(labels.map((l) => `${REPORT_PAGE}?scene=${l.code}`).sort());
    expect(fake.most()).toBeLessThanOrEqual(4);
    expect(fake.most()).toBeGreaterThan(1);
  });

  it('is a 409 with a bilingual message when WeChat is not configured', async () => {
    const error = await withMiniProgramCodes(null, labels).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).message).toContain('format=link');
    expect((error as ConflictError).messageZh).toContain('小程序码');
  });

  it('maps the quota errcodes to rate_limited and other refusals to conflict', async () => {
    const quota = await withMiniProgramCodes(codes({ at: 'R-T1-0203', error: new MiniProgramCodeError(45009, 'quota') }).source, labels).catch((e: unknown) => e);
    expect(quota).toBeInstanceOf(RateLimitedError);
    const page = await withMiniProgramCodes(codes({ at: 'R-T1-0203', error: new MiniProgramCodeError(41030, 'invalid page') }).source, labels).catch((e: unknown) => e);
    expect(page).toBeInstanceOf(ConflictError);
    expect((page as Error).message).toContain('41030');
    const down = await withMiniProgramCodes(codes({ at: 'R-T1-0200', error: new Error('timeout') }).source, labels).catch((e: unknown) => e);
    expect(down).toBeInstanceOf(ConflictError);
  });
});
