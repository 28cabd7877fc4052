import { memo, type CSSProperties, type ReactNode } from 'react';
import type { ChannelMap } from './se-example';
import './channel-maps.css';

export interface ChannelMapsProps {
  /** The channels, each as rows of values. */
  readonly maps: readonly ChannelMap[];
  /** The symbol of a channel, e.g. "u" gives u₁, u₂, … */
  readonly symbol: string;
  /** Decimals printed per value. */
  readonly decimals?: number;
  /** Width of a cell in em (default: 1.75, or 2.2 with decimals). */
  readonly cellWidth?: number;
  /** The value that gets the strongest shade (defaults to the largest value shown). */
  readonly scaleMax?: number;
  /** A line under each channel, e.g. its z_c. */
  readonly footer?: (channel: number) => ReactNode;
  /** Row sums printed to the right of each channel's rows. */
  readonly rowSums?: readonly (readonly number[])[];
  /** What the maps are, for screen readers. */
  readonly label: string;
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
/** Em between two channels, and the width of a row-sum column. */
const GAP_EM = 1.2;
const SUM_EM = 1.9;

/** Writes a whole number with subscript digits: 12 → "₁₂". */
export function subscript(n: number): string {
  return String(n)
    .split('')
    .map((d) => SUBSCRIPTS[Number(d)] ?? d)
    .join('');
}

// A feature map as small grids of numbers, one per channel, each cell shaded by its value. The
// type shrinks with the space (down to a floor) so that the channels stay on one row.
export const ChannelMaps = memo(function ChannelMaps({
  maps,
  symbol,
  decimals = 0,
  cellWidth = decimals > 0 ? 2.2 : 1.75,
  scaleMax,
  footer,
  rowSums,
  label,
}: ChannelMapsProps) {
  const top = scaleMax ?? Math.max(1, ...maps.flat(2));
  const columns = maps[0]?.[0]?.length ?? 0;
  const span =
    maps.length * (columns * cellWidth + (rowSums ? SUM_EM : 0)) + (maps.length - 1) * GAP_EM + 0.5;
  const style = { '--cm-span': span, '--cm-cell': `${cellWidth}em` } as CSSProperties;
  return (
    <div className="cm-wrap">
      <div className="cm" role="group" aria-label={label} style={style}>
        {maps.map((map, c) => (
          <figure key={c} className={`cm-channel se-band-${c % 5}`}>
            <figcaption className="cm-name">
              {symbol}
              {subscript(c + 1)}
            </figcaption>
            <table className="cm-grid">
              <tbody>
                {map.map((row, i) => (
                  <tr key={i}>
                    {row.map((value, j) => (
                      <td
                        key={j}
                        className="num"
                        style={
                          {
                            '--cm-level': `${Math.round((Math.max(0, value) / top) * 45)}%`,
                          } as CSSProperties
                        }
                      >
                        {value.toFixed(decimals)}
                      </td>
                    ))}
                    {rowSums ? <th className="cm-row-sum num">{rowSums[c]?.[i]}</th> : null}
                  </tr>
                ))}
              </tbody>
            </table>
            {footer ? <div className="cm-footer">{footer(c)}</div> : null}
          </figure>
        ))}
      </div>
    </div>
  );
});
