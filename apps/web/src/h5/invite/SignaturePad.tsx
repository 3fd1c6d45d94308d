import { useContext, useEffect, useRef, useState, type PointerEvent } from 'react';
import { Button } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { InkSurfaceContext, type InkSurface } from './ink-surface';

interface SignaturePadProps {
  /** The PNG data URL after each stroke, null when cleared. */
  onChange: (dataUrl: string | null) => void;
  height?: number;
  disabled?: boolean;
}

/** A box to sign in with a finger or a stylus (pointer events), with a clear button. */
export function SignaturePad({ onChange, height = 180, disabled = false }: SignaturePadProps) {
  const { t } = useTranslation('h5invite');
  const createSurface = useContext(InkSurfaceContext);
  const canvas = useRef<HTMLCanvasElement>(null);
  const surface = useRef<InkSurface | null>(null);
  const drawing = useRef(false);
  const [inked, setInked] = useState(false);

  useEffect(() => {
    if (canvas.current) surface.current = createSurface(canvas.current);
  }, [createSurface]);

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return { x: (e.clientX || 0) - rect.left, y: (e.clientY || 0) - rect.top };
  };
  const down = (e: PointerEvent<HTMLCanvasElement>) => {
    if (disabled || !surface.current) return;
    e.preventDefault();
    // Keep receiving moves when the finger leaves the box mid-stroke.
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drawing.current = true;
    const { x, y } = point(e);
    surface.current.begin(x, y);
  };
  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current || !surface.current) return;
    const { x, y } = point(e);
    surface.current.lineTo(x, y);
  };
  const up = () => {
    if (!drawing.current || !surface.current) return;
    drawing.current = false;
    setInked(true);
    onChange(surface.current.toPngDataUrl());
  };
  const clear = () => {
    surface.current?.clear();
    setInked(false);
    onChange(null);
  };

  return (
    <div>
      <div style={{ position: 'relative', border: '1px dashed var(--adm-color-border, #ccc)', borderRadius: 8, background: '#fff' }}>
        <canvas
          ref={canvas}
          aria-label={t('signatureBox')}
          role="img"
          style={{ display: 'block', width: '100%', height, touchAction: 'none', cursor: 'crosshair' }}
          onPointerDown={down}
          onPointerMove={move}
          onPointerUp={up}
          onPointerCancel={up}
        />
        {!inked && (
          <div style={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', color: 'var(--adm-color-weak, #999)', pointerEvents: 'none' }}>
            {t('signHere')}
          </div>
        )}
      </div>
      <div style={{ textAlign: 'right', marginTop: 8 }}>
        <Button size="small" onClick={clear} disabled={!inked || disabled}>
          {t('clear')}
        </Button>
      </div>
    </div>
  );
}
