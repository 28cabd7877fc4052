import { memo, useDeferredValue } from 'react';
import type { Analysis } from '../engine/index';
import { ChartByType } from './chart-by-type';
import { ChartScatter } from './chart-scatter';
import { ChartStages } from './chart-stages';

export interface LabChartsProps {
  readonly analysis: Analysis;
  readonly title: string;
  /** Show MobileNet's Table 2 beside the engine's shares (for 1.0 MobileNet-224 only). */
  readonly paperTable2: boolean;
}

// Where the cost is: by layer type (MobileNet's Table 2), per stage, and params against MACs per layer.
// The charts trail the controls (useDeferredValue), so the numbers paint first.
export const LabCharts = memo(function LabCharts({ analysis, title, paperTable2 }: LabChartsProps) {
  const deferred = useDeferredValue(analysis);
  const label = useDeferredValue(title);
  return (
    <div className="lab-charts">
      <ChartByType analysis={deferred} title={label} paperTable2={paperTable2} />
      <ChartStages analysis={deferred} title={label} />
      <ChartScatter analysis={deferred} title={label} />
    </div>
  );
});
