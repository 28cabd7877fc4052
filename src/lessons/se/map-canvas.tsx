import { memo, useLayoutEffect, useRef } from 'react';
import type { MapImage } from './use-activation-maps';

// One activation map painted into a canvas (putImageData), scaled up by CSS.
export const MapCanvas = memo(function MapCanvas({
  image,
  label,
}: {
  image: MapImage;
  label: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const data = context.createImageData(image.size, image.size);
    data.data.set(image.pixels);
    context.putImageData(data, 0, 0);
  }, [image]);
  return (
    <canvas
      ref={ref}
      className={image.final ? 'amap-canvas' : 'amap-canvas amap-preview'}
      width={image.size}
      height={image.size}
      role="img"
      aria-label={label}
    />
  );
});
