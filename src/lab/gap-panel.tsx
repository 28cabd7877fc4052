import { memo, useMemo } from 'react';
import { formatCompact, formatCount, type ModelOptions, type Network } from '../engine/index';
import { explainGap, printedText } from './gap';
import { ScrollBox } from './scroll-box';

export interface GapPanelProps {
  readonly network: Network;
  /** The registry model the network was built from, if any (each source then gets its own variant). */
  readonly model: { readonly id: string; readonly options: ModelOptions } | null;
}

// "Explain the gap": the paper's, torchvision's and Keras's numbers side by side, and why they differ.
export const GapPanel = memo(function GapPanel({ network, model }: GapPanelProps) {
  const gap = useMemo(() => explainGap(network, model), [network, model]);
  if (!gap) return <p className="lab-hint">Fix the network&apos;s error to compare the sources.</p>;
  const cols = gap.columns;
  return (
    <div className="lab-gap">
      <p className="lab-lead">
        One network, three counts. None of them is wrong: each source counts different things, at
        its own resolution, and prints rounded figures.
        {model
          ? null
          : ' (Your own network: all three see the same layers, so only the params differ.)'}
      </p>
      <ScrollBox label="The three sources side by side">
        <table className="data lab-gap-table">
          <caption>
            {network.title} under each source&apos;s counting (engine values; printed figures
            quoted)
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="sr-only">Quantity</span>
              </th>
              {cols.map((c) => (
                <th key={c.preset} scope="col" className="n">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Network evaluated</th>
              {cols.map((c) => (
                <td key={c.preset} className="n">
                  {c.network.title}
                  <br />
                  <span className="lab-hint">input {c.resolution}</span>
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Params (headline)</th>
              {cols.map((c) => (
                <td key={c.preset} className="n num">
                  {formatCount(c.params)}
                  <br />
                  <span className="lab-hint">{formatCompact(c.params)}</span>
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Cost</th>
              {cols.map((c) => (
                <td key={c.preset} className="n num">
                  {formatCount(c.macs)}
                  <br />
                  <span className="lab-hint">{c.costName}</span>
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">As printed</th>
              {cols.map((c) => (
                <td key={c.preset} className="n">
                  {c.published ? (
                    <span className="source">
                      {[
                        c.published.params ? `${printedText(c.published.params)} params` : null,
                        c.published.macs ? `${printedText(c.published.macs)} cost` : null,
                      ]
                        .filter(Boolean)
                        .join(', ')}
                      <br />({c.published.source})
                    </span>
                  ) : (
                    <span className="lab-hint">no published figure for this exact network</span>
                  )}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">How it counts</th>
              {cols.map((c) => (
                <td key={c.preset} className="lab-gap-note">
                  {c.note}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </ScrollBox>
      <h3>Why the numbers differ</h3>
      <ol className="lab-reasons">
        {gap.reasons.map((r) => (
          <li key={r.title}>
            <strong>{r.title}.</strong> {r.detail}
          </li>
        ))}
      </ol>
    </div>
  );
});
