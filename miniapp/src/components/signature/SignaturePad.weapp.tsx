import { useRef } from 'react';
import { Canvas } from '@tarojs/components';
import Taro, { useReady } from '@tarojs/taro';
import { a11y } from '../a11y';
import { PAD_HEIGHT_PX, type SignaturePadProps } from './signaturePadTypes';
import './SignaturePad.scss';

type Point = { x: number; y: number };
type Ctx2d = {
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  scale(x: number, y: number): void;
  lineWidth: number;
  lineCap: string;
  lineJoin: string;
  strokeStyle: string;
  fillStyle: string;
};
type CanvasNode = { width: number; height: number; getContext(kind: '2d'): Ctx2d };

/**
 * The mini-program's pad: WeChat's Canvas 2D has no DOM pointer events, so signature_pad cannot
 * run here; the strokes are drawn from the Canvas's touch events as line segments (a signature
 * is evidence of who signed, not calligraphy), and exported with canvasToTempFilePath as a PNG.
 */
export function SignaturePad({ handle, onSignedChange, label }: SignaturePadProps) {
  const node = useRef<CanvasNode | null>(null);
  const ctx = useRef<Ctx2d | null>(null);
  const last = useRef<Point | null>(null);
  const strokes = useRef(0);
  const size = useRef({ width: 0, height: PAD_HEIGHT_PX });

  function paper() {
    const c = ctx.current;
    if (!c) return;
    c.fillStyle = '#ffffff';
    c.fillRect(0, 0, size.current.width, size.current.height);
  }

  useReady(() => {
    Taro.createSelectorQuery()
      .select('#signature-pad')
      .fields({ node: true, size: true })
      .exec((res: { node: CanvasNode; width: number; height: number }[]) => {
        const found = res[0];
        if (!found) return;
        const ratio = Taro.getWindowInfo().pixelRatio;
        found.node.width = found.width * ratio;
        found.node.height = found.height * ratio;
        const c = found.node.getContext('2d');
        c.scale(ratio, ratio);
        c.lineWidth = 2.5;
        c.lineCap = 'round';
        c.lineJoin = 'round';
        c.strokeStyle = '#141414';
        node.current = found.node;
        ctx.current = c;
        size.current = { width: found.width, height: found.height };
        paper();
      });
  });

  handle.current = {
    clear: () => {
      paper();
      strokes.current = 0;
      onSignedChange(false);
    },
    isEmpty: () => strokes.current === 0,
    toImage: async () => {
      const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas: node.current as never, fileType: 'png' } as never);
      return { path: tempFilePath, size: 0, contentType: 'image/png' };
    },
  };

  const pointOf = (e: { touches: { x?: number; y?: number }[] }): Point | null => {
    const touch = e.touches[0];
    return touch && typeof touch.x === 'number' && typeof touch.y === 'number' ? { x: touch.x, y: touch.y } : null;
  };

  return (
    <Canvas
      id="signature-pad"
      type="2d"
      className="signature-pad"
      style={{ height: `${PAD_HEIGHT_PX}px` }}
      disableScroll
      {...a11y({ role: 'img', label })}
      onTouchStart={(e) => {
        last.current = pointOf(e as never);
      }}
      onTouchMove={(e) => {
        const at = pointOf(e as never);
        const c = ctx.current;
        if (!at || !c || !last.current) return;
        c.beginPath();
        c.moveTo(last.current.x, last.current.y);
        c.lineTo(at.x, at.y);
        c.stroke();
        last.current = at;
      }}
      onTouchEnd={() => {
        last.current = null;
        strokes.current += 1;
        onSignedChange(true);
      }}
    />
  );
}
