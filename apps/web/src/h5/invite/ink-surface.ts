import { createContext } from 'react';

/**
 * Where a signature pad's ink goes. The browser's is a 2D canvas; tests give their own, since jsdom
 * has no canvas context.
 */
export interface InkSurface {
  /** Starts a stroke at (x, y), in CSS pixels from the pad's top left. */
  begin(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  clear(): void;
  /** The drawing as a PNG data URL, transparent where there is no ink. */
  toPngDataUrl(): string;
}

export type InkSurfaceFactory = (canvas: HTMLCanvasElement) => InkSurface | null;

/** A 2D canvas sized for the screen's pixel density, so strokes stay sharp on a phone. */
export const canvasInkSurface: InkSurfaceFactory = (canvas) => {
  const ctx = typeof canvas.getContext === 'function' ? canvas.getContext('2d') : null;
  if (!ctx) return null;
  const ratio = Math.min(window.devicePixelRatio || 1, 3);
  const rect = canvas.getBoundingClientRect();
  canvas.width = Math.round((rect.width || 320) * ratio);
  canvas.height = Math.round((rect.height || 180) * ratio);
  ctx.scale(ratio, ratio);
  const pen = () => {
    ctx.lineWidth = 2.5;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#1a1a1a';
  };
  pen();
  let last: { x: number; y: number } | null = null;
  return {
    begin(x, y) {
      last = { x, y };
      // A tap leaves a dot.
      ctx.beginPath();
      ctx.arc(x, y, 1.25, 0, Math.PI * 2);
      ctx.fillStyle = '#1a1a1a';
      ctx.fill();
    },
    lineTo(x, y) {
      if (!last) return;
      ctx.beginPath();
      ctx.moveTo(last.x, last.y);
      ctx.lineTo(x, y);
      ctx.stroke();
      last = { x, y };
    },
    clear() {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      last = null;
    },
    toPngDataUrl: () => canvas.toDataURL('image/png'),
  };
};

export const InkSurfaceContext = createContext<InkSurfaceFactory>(canvasInkSurface);
