import type { ReactNode } from 'react';
import type { ChannelMap } from '../se/se-example';

/** One feature map of the figure: its channels, drawn side by side. */
export interface ChannelLayer {
  readonly maps: readonly ChannelMap[];
  /** The symbol of a channel: "u" gives u₁, u₂, … */
  readonly symbol: string;
  /** The map's name, drawn at the left of its rows: "U", "X̃". */
  readonly name?: string;
  /** Decimals printed per value. */
  readonly decimals?: number;
  /** Row sums, printed to the right of each channel's rows. */
  readonly rowSums?: readonly (readonly number[])[];
  /** A line under channel k: the words, then the value in bold ("z₁ = ", "2.688"). */
  readonly footer?: (channel: number) => readonly [string, string];
  /** What the map is, for screen readers. */
  readonly label: string;
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** Writes a whole number with subscript digits: 12 → "₁₂". */
export function subscript(n: number): string {
  return String(n)
    .split('')
    .map((d) => SUBSCRIPTS[Number(d)] ?? d)
    .join('');
}

/**
 * The numbers of a channel figure as tables, one per channel, for screen readers (the drawing
 * itself is hidden from them): visually hidden, so they never take room on the slide.
 */
export function ChannelTables({ layers }: { layers: readonly ChannelLayer[] }): ReactNode {
  return (
    <div className="sr-only">
      {layers.map((layer, l) => (
        <div key={l} role="group" aria-label={layer.label}>
          {layer.maps.map((map, k) => {
            const footer = layer.footer?.(k);
            return (
              <figure key={k}>
                <figcaption>
                  {layer.symbol}
                  {subscript(k + 1)}
                </figcaption>
                <table>
                  <tbody>
                    {map.map((row, i) => (
                      <tr key={i}>
                        {row.map((value, j) => (
                          <td key={j}>{value.toFixed(layer.decimals ?? 0)}</td>
                        ))}
                        {layer.rowSums ? <th>{layer.rowSums[k]?.[i]}</th> : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
                {footer ? (
                  <p>
                    {footer[0]}
                    <strong>{footer[1]}</strong>
                  </p>
                ) : null}
              </figure>
            );
          })}
        </div>
      ))}
    </div>
  );
}
