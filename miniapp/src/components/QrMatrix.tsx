import { View } from '@tarojs/components';

/** A QR code's modules as the `qrcode` package computes them (QRCode.create(text).modules). */
export interface QrModules {
  size: number;
  data: ArrayLike<number>;
}

/** The quiet zone a reader needs around the code, in modules. */
const QUIET_MODULES = 4;

interface Run {
  dark: boolean;
  length: number;
}

/** One row as runs of equal modules: far fewer views than one per module. */
function runsOf(modules: QrModules, row: number): Run[] {
  const runs: Run[] = [];
  for (let col = 0; col < modules.size; col++) {
    const dark = modules.data[row * modules.size + col] === 1;
    const last = runs[runs.length - 1];
    if (last && last.dark === dark) last.length++;
    else runs.push({ dark, length: 1 });
  }
  return runs;
}

/**
 * Draws a QR code with plain views, so it looks the same in the mini-program and in a browser,
 * and needs neither a canvas nor an image URL (nothing for a content security policy to refuse).
 */
export function QrMatrix({ modules, modulePx, testId }: { modules: QrModules; modulePx: number; testId?: string }) {
  const px = (n: number) => `${n * modulePx}px`;
  const rows = Array.from({ length: modules.size }, (_, row) => runsOf(modules, row));
  return (
    <View data-testid={testId} style={{ display: 'inline-block', background: '#fff', padding: px(QUIET_MODULES), lineHeight: 0 }}>
      {rows.map((runs, row) => (
        <View key={row} style={{ display: 'flex', height: px(1) }}>
          {runs.map((run, i) => (
            <View key={i} style={{ width: px(run.length), height: px(1), background: run.dark ? '#000' : '#fff', flexShrink: 0 }} />
          ))}
        </View>
      ))}
    </View>
  );
}
