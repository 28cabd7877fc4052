// The depthwise step drawn from the current D_K, M and D_F: one D_K × D_K filter per channel.
import { memo } from 'react';
import {
  Arrow,
  Kernel,
  Label,
  MAX_DRAWN,
  Slabs,
  channelClass,
  drawnNote,
} from './09-tensor-figure';

export interface DepthwiseFigureProps {
  readonly DK: number;
  readonly M: number;
  readonly DF: number;
}

const SIZE = 92;

export const DepthwiseFigure = memo(function DepthwiseFigure({ DK, M, DF }: DepthwiseFigureProps) {
  const drawn = Math.min(M, MAX_DRAWN);
  const window = Math.min(SIZE, (SIZE * DK) / Math.max(DF, 1));
  const kernels = Math.min(M, 4);
  return (
    <svg
      className="sep-figure"
      viewBox="0 0 460 236"
      role="img"
      aria-label={`Depthwise convolution: the ${DF} by ${DF} by ${M} input is filtered channel by channel, each of the ${M} channels by its own ${DK} by ${DK} filter, giving ${DF} by ${DF} by ${M}.`}
    >
      <Slabs x={8} y={76} size={SIZE} count={drawn} step={7} tone={channelClass} grid={DF} />
      <rect x={8} y={76} width={window} height={window} className="sep-window" />
      <Label x={72} y={200} className="sep-fig-math">
        {`${DF}×${DF}×${M}`}
      </Label>
      <Label x={4} y={228} className="sep-fig-note" anchor="start">
        {drawnNote(M) ? `${drawn} of ${M} drawn` : ''}
      </Label>

      <Label x={228} y={28} className="sep-fig-strong">
        {`${M} filter${M === 1 ? '' : 's'}`}
      </Label>
      {Array.from({ length: kernels }, (_, i) => (
        <Kernel key={i} x={166 + i * 32} y={48} size={26} cells={DK} className={channelClass(i)} />
      ))}
      {M > kernels ? (
        <Label x={228} y={98} className="sep-fig-note">
          …
        </Label>
      ) : null}
      <Arrow x1={150} y1={128} x2={306} y2={128} />
      <Label x={228} y={160} className="sep-fig-text">
        {`${DK}×${DK}×1 each`}
      </Label>

      <Slabs x={322} y={76} size={SIZE} count={drawn} step={7} tone={channelClass} grid={DF} />
      <Label x={386} y={200} className="sep-fig-math">
        {`${DF}×${DF}×${M}`}
      </Label>
    </svg>
  );
});
