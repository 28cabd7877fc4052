import { memo, type CSSProperties } from 'react';
import type { ChannelMap } from '../se/se-example';
import { ChannelTables, subscript, type ChannelLayer } from './25-channel-tables';
import './25-channel-figure.css';

export interface ChannelFigureProps {
  readonly layers: readonly ChannelLayer[];
  /** The value that gets the strongest shade. */
  readonly scaleMax: number;
  /** The drawing's box in viewBox units; its shape never follows C, H or W. */
  readonly width: number;
  readonly height: number;
}

// Sizes in cells (a cell is one unit tall): the caption above a grid, the footer under it, the
// row-sum column, the gaps, the map names' column, and the width of one footer character.
const NAME_H = 1.25;
const FOOT_H = 1.2;
const SUM_W = 1.35;
const GAP_X = 0.75;
const GAP_Y = 0.5;
const LABEL_W = 1.5;
const CHAR_W = 0.38;
/** The largest cell, in viewBox units: small examples are not blown up. */
const MAX_CELL = 46;

interface Layout {
  /** A cell's height in viewBox units, and its width in cells. */
  readonly unit: number;
  readonly cellW: number;
  readonly perRow: number;
  readonly chanW: number;
  readonly labelW: number;
  /** Top of each layer's first band, in cells (the drawing is centred in the box's height). */
  readonly tops: readonly number[];
  readonly bandH: readonly number[];
}

/**
 * Lays the channels out in the fixed box: in one band, or wrapped into several, whichever gives
 * the largest cells; every size follows from C, H and W, nothing is measured.
 */
export function layoutChannels(
  layers: readonly ChannelLayer[],
  width: number,
  height: number,
): Layout {
  const c = layers[0]?.maps.length ?? 1;
  const h = layers[0]?.maps[0]?.length ?? 1;
  const w = layers[0]?.maps[0]?.[0]?.length ?? 1;
  const cellW = layers.some((l) => (l.decimals ?? 0) > 0) ? 1.45 : 1.2;
  const sums = layers.some((l) => l.rowSums) ? SUM_W : 0;
  const footerChars = Math.max(
    0,
    ...layers.flatMap((l) =>
      l.footer ? l.maps.map((_, k) => (l.footer?.(k) ?? ['', '']).join('').length) : [],
    ),
  );
  const chanW = Math.max(w * cellW + sums, footerChars * CHAR_W + 0.2, 1.6);
  const labelW = layers.some((l) => l.name) ? LABEL_W : 0;
  const bandH = layers.map((l) => NAME_H + h + (l.footer ? FOOT_H : 0));
  let best: { unit: number; perRow: number } = { unit: 0, perRow: c };
  for (let bands = 1; bands <= Math.min(c, 4); bands += 1) {
    const perRow = Math.ceil(c / bands);
    const rows = Math.ceil(c / perRow);
    const totalW = labelW + perRow * chanW + (perRow - 1) * GAP_X;
    const totalH =
      bandH.reduce((sum, each) => sum + rows * each + (rows - 1) * GAP_Y, 0) +
      (layers.length - 1) * GAP_Y * 1.5;
    const unit = Math.min(MAX_CELL, width / totalW, height / totalH);
    if (unit > best.unit * 1.01) best = { unit, perRow };
  }
  const rows = Math.ceil(c / best.perRow);
  const tops: number[] = [];
  let top = 0;
  for (const each of bandH) {
    tops.push(top);
    top += rows * each + (rows - 1) * GAP_Y + GAP_Y * 1.5;
  }
  // The drawing sits in the middle of the box's height, the room it leaves split above and below.
  const used = top - GAP_Y * 1.5;
  const offset = Math.max(0, (height / best.unit - used) / 2);
  return {
    unit: best.unit,
    cellW,
    perRow: best.perRow,
    chanW,
    labelW,
    tops: tops.map((each) => each + offset),
    bandH,
  };
}

// The shade of a value: the channel's colour mixed into the surface, up to 45 %.
function shade(value: number, top: number): CSSProperties {
  const level = Math.round((Math.max(0, value) / top) * 45);
  return { fill: `color-mix(in srgb, var(--cf-color) ${level}%, var(--surface))` };
}

/**
 * A feature map as small grids of numbers, one per channel, drawn in an SVG box whose shape is
 * fixed: more channels or larger maps make the cells smaller, never the figure larger, so the
 * slide around it does not move. Screen readers get the same numbers as tables (ChannelTables).
 */
export const ChannelFigure = memo(function ChannelFigure({
  layers,
  scaleMax,
  width,
  height,
}: ChannelFigureProps) {
  const layout = layoutChannels(layers, width, height);
  const { unit: u, cellW, perRow, chanW, labelW, tops, bandH } = layout;
  const top = Math.max(1, scaleMax);
  return (
    <div className="cf">
      <svg
        className="cf-svg"
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
        focusable="false"
      >
        {layers.map((layer, l) => {
          const y0 = (tops[l] ?? 0) * u;
          const band = (bandH[l] ?? 0) * u;
          const rows = Math.ceil(layer.maps.length / perRow);
          return (
            <g key={l} className="cf-layer">
              {layer.name
                ? Array.from({ length: rows }, (_, r) => (
                    <text
                      key={r}
                      className="cf-layer-name"
                      x={(labelW * u) / 2}
                      y={
                        y0 +
                        r * (band + GAP_Y * u) +
                        (NAME_H + (layer.maps[0]?.length ?? 0) / 2) * u
                      }
                      fontSize={0.95 * u}
                    >
                      {layer.name}
                    </text>
                  ))
                : null}
              {layer.maps.map((map, k) => {
                const x = (labelW + (k % perRow) * (chanW + GAP_X)) * u;
                const y = y0 + Math.floor(k / perRow) * (band + GAP_Y * u);
                const footer = layer.footer?.(k);
                return (
                  <g key={k} className={`cf-channel cf-band-${k % 5}`} data-channel={k + 1}>
                    <text className="cf-name" x={x + 0.1 * u} y={y + 0.85 * u} fontSize={0.8 * u}>
                      {layer.symbol}
                      {subscript(k + 1)}
                    </text>
                    <rect
                      className="cf-underline"
                      x={x}
                      y={y + 1.02 * u}
                      width={Math.min(chanW, 1.5) * u}
                      height={0.11 * u}
                    />
                    {map.map((row, i) =>
                      row.map((value, j) => {
                        const cx = x + j * cellW * u;
                        const cy = y + (NAME_H + i) * u;
                        return (
                          <g key={`${i}-${j}`} className="cf-cell">
                            <rect
                              x={cx}
                              y={cy}
                              width={cellW * u}
                              height={u}
                              style={shade(value, top)}
                            />
                            <text x={cx + (cellW * u) / 2} y={cy + 0.53 * u} fontSize={0.66 * u}>
                              {value.toFixed(layer.decimals ?? 0)}
                            </text>
                          </g>
                        );
                      }),
                    )}
                    {layer.rowSums?.[k]?.map((sum, i) => (
                      <text
                        key={i}
                        className="cf-sum"
                        x={x + (columns(map) * cellW + 0.22) * u}
                        y={y + (NAME_H + i + 0.52) * u}
                        fontSize={0.52 * u}
                      >
                        {sum}
                      </text>
                    ))}
                    {footer ? (
                      <text
                        className="cf-footer"
                        x={x}
                        y={y + (NAME_H + map.length + 0.82) * u}
                        fontSize={0.64 * u}
                      >
                        {footer[0]}
                        <tspan className="cf-footer-value">{footer[1]}</tspan>
                      </text>
                    ) : null}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <ChannelTables layers={layers} />
    </div>
  );
});

// The number of columns of a channel's grid.
function columns(map: ChannelMap): number {
  return map[0]?.length ?? 0;
}
