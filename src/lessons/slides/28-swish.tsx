import { ACTIVATION_INFO, type ActivationInfo } from '../../engine/index';
import { signed } from '../se/signed';
import { SwishChart, swishLowest } from '../se/swish-chart';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { Tex } from '../../ui/tex';
import { Reserve } from './24-reserve';
import './28-swish.css';

const ROWS: readonly { info: ActivationInfo; first: number }[] = [
  { info: ACTIVATION_INFO.relu, first: 0 },
  { info: ACTIVATION_INFO.swish, first: 3 },
];

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

// The note ends in the numbers that change, so they move nothing after them.
const LIMITS = 'β → ∞ gives ReLU, β = 1 is SiLU.';
const SHAPE = `Smooth, unlike ReLU (its slope jumps at 0); ${LIMITS} Not monotonic: swish dips to `;
// The note's longest wording: the minimum with its most digits (x ≈ −12.785 at β = 0.1).
const LONGEST_NOTE = [SHAPE, { bold: '−0.000 at x ≈ −00.000.' }];

// The swish formula with the current β put in: x · σ(βx) = x · σ(2x).
function formulaTex(info: ActivationInfo, beta: number): string {
  if (info.name !== 'swish') return info.tex;
  const inner = beta === 1 ? 'x' : beta === 0 ? '0' : `${beta}x`;
  return `${info.tex} = x \\cdot \\sigma(${inner})`;
}

// Slide 28: swish against ReLU, the lecture's table filled, and a plot that follows β.
export default function Panel({ values }: SlideProps) {
  const beta = Number(values.beta);
  const lowest = swishLowest(beta);
  return (
    <div className="sw">
      <div className="sw-top">
        <p className="sw-formula">
          <Tex
            tex="\operatorname{Swish}(x) = x \cdot \sigma(\beta x), \quad \sigma(z) = 1/(1 + e^{-z})"
            fallback="Swish(x) = x · σ(βx), σ(z) = 1/(1 + e^(−z))"
          />{' '}
          <span className="sw-formula-note">(β is often set to 1)</span>
        </p>
        <div
          className="sw-scroll"
          tabIndex={0}
          role="region"
          aria-label="Activation functions table"
        >
          <table className="data sw-table">
            <caption className="sr-only">The lecture's table of activation functions</caption>
            <thead>
              <tr>
                <th scope="col">Function</th>
                <th scope="col">Formula</th>
                <th scope="col">Smooth?</th>
                <th scope="col">Monotonic?</th>
                <th scope="col">Used in</th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map(({ info, first }) => (
                <tr key={info.name}>
                  <th scope="row">{info.label}</th>
                  <td className="sw-formula-cell">
                    <Fill index={first} label={`${info.label} formula`}>
                      <Tex tex={formulaTex(info, beta)} fallback={info.text} />
                    </Fill>
                  </td>
                  <td>
                    <Fill index={first + 1} label={`${info.label} smooth?`}>
                      {yesNo(info.smooth)}
                    </Fill>
                  </td>
                  <td className="sw-monotonic-cell">
                    <Fill index={first + 2} label={`${info.label} monotonic?`}>
                      {info.name === 'swish' && beta === 0
                        ? 'Yes, at β = 0'
                        : yesNo(info.monotonic)}
                    </Fill>
                  </td>
                  <td>{info.usedIn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <Reserve className="sw-note num" longest={LONGEST_NOTE}>
        {lowest ? (
          <>
            {SHAPE}
            <strong>{`${signed(lowest.y, 3)} at x ≈ ${signed(lowest.x, 3)}.`}</strong>
          </>
        ) : (
          <>With β = 0, swish is the straight line x/2: monotonic, no minimum; {LIMITS}</>
        )}
      </Reserve>
      <SwishChart beta={beta} />
    </div>
  );
}
