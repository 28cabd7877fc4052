// Share of mult-adds and params by layer type: the engine beside MobileNet's Table 2.
import { memo } from 'react';
import { MOBILENET_V1_TABLE2, categoryShares, type Analysis } from '../../engine/index';

const pct = (share: number) => (share * 100).toFixed(2);

export interface SharesProps {
  readonly analysis: Analysis;
}

/** The four layer types of Table 2 with the engine's shares (FC bias included) and the printed ones. */
export const Shares = memo(function Shares({ analysis }: SharesProps) {
  const shares = categoryShares(analysis);
  return (
    <table className="data arch-shares">
      <caption>Share by type; in grey, Table 2 (1.0-224)</caption>
      <colgroup>
        <col className="c-type" />
        <col />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Type</th>
          <th scope="col" className="n">
            Mult-adds %
          </th>
          <th scope="col" className="n">
            Params %
          </th>
        </tr>
      </thead>
      <tbody>
        {MOBILENET_V1_TABLE2.map((published) => {
          const mine = shares.find((s) => s.category === published.category);
          const misprint = published.category === 'Conv 3×3';
          return (
            <tr key={published.category}>
              <th scope="row">{published.category}</th>
              <td className="n">
                {mine ? pct(mine.macsShare) : '–'}{' '}
                <span
                  className={misprint ? 'arch-paper arch-wrong' : 'arch-paper'}
                  title={misprint ? 'Table 2 prints 1.19 %, a misprint for 1.91 %' : undefined}
                >
                  {published.macsPercent.toFixed(2)}
                  {misprint ? '*' : ''}
                </span>
              </td>
              <td className="n">
                {mine ? pct(mine.paramsShare) : '–'}{' '}
                <span className="arch-paper">{published.paramsPercent.toFixed(2)}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
