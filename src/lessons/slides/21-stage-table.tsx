import { memo } from 'react';
import { formatCompact, formatCount, type StageRow } from '../../engine/index';
import { Fill } from '../fill';

// EfficientNet Table 1 with the engine's mult-adds and params per stage; plain numbers (no KaTeX)
// so a model switch repaints in one frame.

export interface StageCosts {
  readonly macs: number;
  readonly params: number;
}

export interface StageTableProps {
  readonly rows: readonly StageRow[];
  readonly costs: ReadonlyMap<number, StageCosts>;
  readonly totals: StageCosts;
  /** "B0", "B3": the model the table shows. */
  readonly model: string;
  readonly caption: string;
}

// A count both exact and compact; CSS shows the compact one when the panel is narrow.
function Count({ value }: { value: number }) {
  return (
    <>
      <span className="bt-exact">{formatCount(value)}</span>
      <span className="bt-compact">
        {value < 1e4 ? formatCount(value) : formatCompact(value, { digits: 2 })}
      </span>
    </>
  );
}

/** The nine-stage table. */
export const StageTable = memo(function StageTable({
  rows,
  costs,
  totals,
  model,
  caption,
}: StageTableProps) {
  return (
    <div
      className="bt-wrap"
      tabIndex={0}
      role="region"
      aria-label="The stage table (scrolls sideways)"
    >
      <table className="data bt">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="bt-word">Stage </span>i
            </th>
            <th scope="col">
              <span className="bt-word">Operator </span>F̂ᵢ
            </th>
            <th scope="col" className="n">
              <span className="bt-word">Resolution </span>Ĥᵢ×Ŵᵢ
            </th>
            <th scope="col" className="n">
              <span className="bt-word">#Channels </span>Ĉᵢ
            </th>
            <th scope="col" className="n">
              <span className="bt-word">#Layers </span>L̂ᵢ
            </th>
            <th scope="col" className="n">
              <span className="bt-word">Mult-adds</span>MACs
            </th>
            <th scope="col" className="n">
              Params<span className="bt-word"> (with BN)</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const cost = costs.get(row.stage);
            return (
              <tr key={row.stage}>
                <td>{row.stage}</td>
                <td className="bt-op">{row.operator}</td>
                <td className="n">
                  <span className="bt-exact">
                    {row.resolution}×{row.resolution}
                  </span>
                  <span className="bt-compact">{row.resolution}²</span>
                </td>
                <td className="n">{row.channels}</td>
                <td className="n">{row.layers}</td>
                <td className="n">
                  <Fill index={0} label={`stage ${row.stage} MACs`}>
                    {cost ? <Count value={cost.macs} /> : '–'}
                  </Fill>
                </td>
                <td className="n">
                  <Fill index={1} label={`stage ${row.stage} params`}>
                    {cost ? <Count value={cost.params} /> : '–'}
                  </Fill>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="bt-total">
            <th scope="row" colSpan={5}>
              Total {model}
            </th>
            <td className="n">
              <Fill index={2} label="total MACs">
                <Count value={totals.macs} />
              </Fill>
            </td>
            <td className="n">
              <Fill index={2} label="total params">
                <Count value={totals.params} />
              </Fill>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
});
