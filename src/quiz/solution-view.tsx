import { DerivationView } from '../ui/derivation-view';
import { Tex } from '../ui/tex';
import { Prose } from './prose';
import type { Hint, SolutionStep } from './question';

// The hints shown so far, in order.
export function HintList({ hints }: { hints: readonly Hint[] }) {
  if (hints.length === 0) return null;
  return (
    <ol className="hint-list" aria-label="Hints">
      {hints.map((hint, i) => (
        <li key={i}>
          <span>
            <Prose text={hint.text} />
          </span>
          {hint.tex ? <Tex tex={hint.tex} display fallback={hint.tex} /> : null}
        </li>
      ))}
    </ol>
  );
}

// The worked solution: each step's label and the engine's derivation, general = substituted = result.
export function SolutionView({
  steps,
  answerText,
}: {
  steps: readonly SolutionStep[];
  answerText: string;
}) {
  return (
    <section className="solution" aria-label="Worked solution">
      <h3>Worked solution</h3>
      <ol className="solution-steps">
        {steps.map((step, i) => (
          <li key={i}>
            <p className="solution-label">
              <Prose text={step.label} />
            </p>
            <DerivationView
              derivation={step.derivation}
              rows
              {...(step.lhs ? { lhs: step.lhs } : {})}
            />
          </li>
        ))}
      </ol>
      <p className="solution-answer">
        Answer: <strong className="num">{answerText}</strong>
      </p>
    </section>
  );
}
