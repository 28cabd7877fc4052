import { memo } from 'react';
import { formatCompact, formatCount, type StageRow } from '../../engine/index';
import { Fill } from '../fill';
import { padToWidth } from './21-fixed-width';

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
  /** "w = 1.0, d = 1.0, 224 × 224": how the model scales B0. */
  readonly scaling: string;
}

// The widest values a column shows (B7's stages at 800 px), so the text of a count never moves.
const WIDEST_MACS = '00,000,000,000';
const WIDEST_PARAMS = '00,000,000';
const WIDEST_RESOLUTION = '000×000';

// A count both exact and compact; CSS shows the compact one when the panel is narrow.
function Count({ value, widest }: { value: number; widest: string }) {
  return (
    <>
      <span className="bt-exact">{padToWidth(formatCount(value), widest)}</span>
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
  scaling,
}: StageTableProps) {
  return (
    <div
      className="bt-wrap"
      tabIndex={0}
      role="region"
      aria-label="The stage table (scrolls sideways)"
    >
      <table className="data bt">
        {/* Shown in the total row on a wide panel; above the table on a narrow one. */}
        <caption className="bt-caption">
          {model} ({scaling})
        </caption>
        {/* Fixed column widths: the longest counts (B7 at 800 px) fit, so no count moves a column. */}
        <colgroup>
          <col className="bt-col-stage" />
          <col className="bt-col-op" />
          <col className="bt-col-res" />
          <col className="bt-col-ch" />
          <col className="bt-col-layers" />
          <col className="bt-col-macs" />
          <col className="bt-col-params" />
        </colgroup>
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
                    {padToWidth(`${row.resolution}×${row.resolution}`, WIDEST_RESOLUTION)}
                  </span>
                  <span className="bt-compact">{row.resolution}²</span>
                </td>
                <td className="n">{row.channels}</td>
                <td className="n">{row.layers}</td>
                <td className="n">
                  <Fill index={0} label={`stage ${row.stage} MACs`}>
                    {cost ? <Count value={cost.macs} widest={WIDEST_MACS} /> : '–'}
                  </Fill>
                </td>
                <td className="n">
                  <Fill index={1} label={`stage ${row.stage} params`}>
                    {cost ? <Count value={cost.params} widest={WIDEST_PARAMS} /> : '–'}
                  </Fill>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="bt-total">
            <th scope="row" colSpan={5}>
              Total {model} <span className="bt-scaling">{`(${scaling})`}</span>
            </th>
            <td className="n">
              <Fill index={2} label="total MACs">
                <Count value={totals.macs} widest={WIDEST_MACS} />
              </Fill>
            </td>
            <td className="n">
              <Fill index={2} label="total params">
                <Count value={totals.params} widest={WIDEST_PARAMS} />
              </Fill>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
});
