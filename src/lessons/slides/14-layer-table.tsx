// The body table: one memoised row per layer, plain text numbers, scrolling inside a fixed box.
import { memo } from 'react';
import type { BodyRow } from './14-layer-rows';

const LayerTableRow = memo(function LayerTableRow({ row }: { readonly row: BodyRow }) {
  return (
    <tr className={row.printed ? 'arch-misprint' : undefined}>
      <td className="n">{row.number}</td>
      <td>
        {row.type}
        {row.printed ? (
          <span className="arch-badge" title={`Table 1 prints “${row.printed}”`}>
            {' '}
            ⚠<span className="sr-only"> printed as {row.printed} in Table 1</span>
          </span>
        ) : null}
      </td>
      <td>{row.filter}</td>
      <td className="n">{row.input}</td>
      <td className="n arch-out">{row.output}</td>
      <td className="n">{row.macs}</td>
      <td className="n">{row.params}</td>
    </tr>
  );
}, sameRow);

function sameRow(a: { readonly row: BodyRow }, b: { readonly row: BodyRow }): boolean {
  const x = a.row;
  const y = b.row;
  return (
    x.key === y.key &&
    x.number === y.number &&
    x.type === y.type &&
    x.filter === y.filter &&
    x.input === y.input &&
    x.output === y.output &&
    x.macs === y.macs &&
    x.params === y.params &&
    x.printed === y.printed
  );
}

export interface LayerTableProps {
  readonly rows: readonly BodyRow[];
  /** The table's accessible name. */
  readonly caption: string;
  /** The network's name, "MobileNetV1 1.0-224", shown above the table. */
  readonly title: string;
  /** How many layers the paper's "28" counts. */
  readonly layers: number;
}

/** MobileNet's Table 1 with each layer's output shape, mult-adds and params added. */
export const LayerTable = memo(function LayerTable({
  rows,
  caption,
  title,
  layers,
}: LayerTableProps) {
  return (
    <div className="arch-body">
      {/* The name first, in a box as wide as the longest one, so the words after it never move. */}
      <p className="arch-heading">
        <span className="arch-title">{title}:</span> {layers} layers (conv, 13 dw, 13 pw, FC).
        Howard et al. 2017, Table 1, with output, mult-adds and params from the engine
      </p>
      <div className="arch-table-box" tabIndex={0} role="region" aria-label={caption}>
        <table className="data arch-table">
          <caption className="sr-only">{caption}</caption>
          <colgroup>
            <col className="c-num" />
            <col className="c-type" />
            <col className="c-filter" />
            <col className="c-in" />
            <col className="c-out" />
            <col className="c-macs" />
            <col className="c-params" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className="n">
                #
              </th>
              <th scope="col">Type / stride</th>
              <th scope="col">Filter shape</th>
              <th scope="col" className="n">
                Input size
              </th>
              <th scope="col" className="n">
                Output
              </th>
              <th scope="col" className="n">
                Mult-adds
              </th>
              <th scope="col" className="n">
                Params
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <LayerTableRow key={row.key} row={row} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
});
