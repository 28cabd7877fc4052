// Tables 6 and 7 as printed, each row beside the engine's values; the current network's row marked.
import { memo } from 'react';
import { formatCompact } from '../../engine/index';
import type { PublishedPoint } from './15-published-points';

export interface PointsTableProps {
  readonly points: readonly PublishedPoint[];
  readonly current: string | undefined;
}

export const PointsTable = memo(function PointsTable({ points, current }: PointsTableProps) {
  const notes = points.filter((p) => p.note !== undefined);
  return (
    <div
      className="wm-table-box"
      tabIndex={0}
      role="region"
      aria-label="Paper beside engine, Tables 6 and 7"
    >
      <table className="data wm-table">
        <caption>
          Paper (Howard et al. 2017: T6 width α at 224, T7 resolution at α = 1) beside the engine
        </caption>
        <colgroup>
          <col className="c-model" />
          <col className="c-top1" />
          <col className="c-paper" />
          <col className="c-engine" />
          <col className="c-paper" />
          <col className="c-engine" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col" className="n">
              Top-1
            </th>
            <th scope="col" className="n">
              Mult-adds paper
            </th>
            <th scope="col" className="n">
              engine
            </th>
            <th scope="col" className="n">
              Params paper
            </th>
            <th scope="col" className="n">
              engine
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.id} className={p.id === current ? 'wm-current' : undefined}>
              <th scope="row">
                {p.model}
                {p.note ? '†' : ''}
                <span className="wm-src"> {p.table.replace('Table ', 'T')}</span>
              </th>
              <td className="n">{p.top1.toFixed(1)} %</td>
              <td className="n wm-paper">{p.paperMacs} M</td>
              <td className="n">{formatCompact(p.macs, { unit: 'M' })}</td>
              <td className="n wm-paper">{p.paperParams} M</td>
              <td className="n">
                {formatCompact(p.params, { unit: 'M', digits: p.params < 1e6 ? 2 : 1 })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {notes.length > 0 ? (
        <details className="wm-notes">
          <summary>† Why the engine and the paper differ there</summary>
          {notes.map((p) => (
            <p key={p.id} className="source">
              † {p.model}: {p.note}
            </p>
          ))}
        </details>
      ) : null}
    </div>
  );
});
