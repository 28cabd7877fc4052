import { memo } from 'react';
import { CONVENTION_INFO, formatCompact, formatCount, formatShape } from '../engine/index';
import { PARAMS_MODES, type Counting, type LabAnalysis } from './counting';
import { showsCost } from './lab-table';

export interface TotalsBarProps {
  readonly title: string;
  readonly lab: LabAnalysis;
  readonly counting: Counting;
  /** True while the numbers are from the last network that worked. */
  readonly stale: boolean;
}

// The network's headline numbers: params (as chosen), MACs, and the cost under the chosen convention.
export const TotalsBar = memo(function TotalsBar({ title, lab, counting, stale }: TotalsBarProps) {
  const mode = PARAMS_MODES.find((m) => m.id === counting.params);
  const layers = lab.rows.filter((r) => r.row.macs > 0).length;
  return (
    <section className={`lab-totals${stale ? ' is-stale' : ''}`} aria-label={`Totals of ${title}`}>
      <div className="lab-total">
        <span className="lab-total-label">Params ({mode?.label.toLowerCase()})</span>
        <span className="lab-total-value num">{formatCompact(lab.params)}</span>
        <span className="lab-total-exact num">{formatCount(lab.params)}</span>
      </div>
      <div className="lab-total">
        <span className="lab-total-label">MACs (mult-adds)</span>
        <span className="lab-total-value num">{formatCompact(lab.totalMacs)}</span>
        <span className="lab-total-exact num">{formatCount(lab.totalMacs)}</span>
      </div>
      {showsCost(counting) ? (
        <div className="lab-total">
          <span className="lab-total-label">{CONVENTION_INFO[counting.convention].label}</span>
          <span className="lab-total-value num">{formatCompact(lab.totalCost)}</span>
          <span className="lab-total-exact num">{formatCount(lab.totalCost)}</span>
        </div>
      ) : (
        <div className="lab-total lab-total-aside">
          <span className="lab-total-label">The same as FLOPs = 2 · MACs</span>
          <span className="lab-total-value num">{formatCompact(2 * lab.totalMacs)}</span>
          <span className="lab-total-exact num">{formatCount(2 * lab.totalMacs)}</span>
        </div>
      )}
      <div className="lab-total">
        <span className="lab-total-label">Layers with MACs</span>
        <span className="lab-total-value num">{layers}</span>
        <span className="lab-total-exact num">
          {formatShape(lab.analysis.input)} → {formatShape(lab.analysis.output)}
        </span>
      </div>
    </section>
  );
});
