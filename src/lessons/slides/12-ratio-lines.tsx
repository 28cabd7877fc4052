// The ratio's algebra as rows aligned on "=": each general line once, then the same with numbers.
// One formula per row, so a slider step re-renders only the rows with numbers in them.
import { Tex } from '../../ui/tex';
import type { SubstitutedStep } from './12-formula-lines';

export interface RatioLinesProps {
  /** TeX of the left-hand side, e.g. \frac{\text{separable}}{\text{standard}}. */
  readonly lhs: string;
  readonly steps: readonly SubstitutedStep[];
  /** TeX appended to the last row: "\approx 0.0020 + 0.1111 = 0.1131". */
  readonly tail: string;
  readonly tailText: string;
}

export function RatioLines({ lhs, steps, tail, tailText }: RatioLinesProps) {
  const last = steps.length - 1;
  return (
    <div className="ratio-lines">
      <span className="ratio-lhs">
        <Tex display tex={lhs} fallback="separable / standard" />
      </span>
      {steps.map((step, i) =>
        i === last ? (
          <span key={i} className="ratio-row">
            <Tex
              display
              tex={`= ${step.general} = ${step.substituted} ${tail}`}
              fallback={`= ${step.generalText} = ${step.substitutedText} ${tailText}`}
            />
          </span>
        ) : (
          [
            <span key={`${i}g`} className="ratio-row">
              <Tex display tex={`= ${step.general}`} fallback={`= ${step.generalText}`} />
            </span>,
            <span key={`${i}s`} className="ratio-row ratio-row-values">
              <Tex display tex={`= ${step.substituted}`} fallback={`= ${step.substitutedText}`} />
            </span>,
          ]
        ),
      )}
    </div>
  );
}
