import { useId, useMemo } from 'react';
import {
  denseCost,
  derivationTexParts,
  derivationToText,
  dotProduct,
  formatCount,
  type Derivation,
} from '../../engine/index';
import { DerivationView } from '../../ui/derivation-view';
import { Tex } from '../../ui/tex';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { MatrixFigure } from './04-what-is-a-flop-matrix';
import './04-what-is-a-flop.css';

/** y = w₁x₁ + … + wₙxₙ, written out while short, elided after that. */
function dotTex(n: number): string {
  const term = (i: number | string) => `w_{${i}} x_{${i}}`;
  if (n <= 4) return `y = ${Array.from({ length: n }, (_, i) => term(i + 1)).join(' + ')}`;
  return `y = ${term(1)} + ${term(2)} + \\cdots + ${term(n)}`;
}

/** general = substituted = result, without a left-hand side (the sentence around it names it). */
function chainTex(d: Derivation): string {
  const p = derivationTexParts(d);
  return `${p.general} = ${p.substituted} = ${p.result}`;
}

// Slide 4: what a FLOP is, a dot product of n elements, and a dense layer n → m.
export default function Panel({ values }: SlideProps) {
  const n = Number(values.n);
  const m = Number(values.m);
  const bias = values.bias === 'on';
  const uid = useId();
  const dot = useMemo(() => dotProduct(n), [n]);
  const dense = useMemo(() => denseCost({ inputs: n, outputs: m, bias }), [n, m, bias]);
  if (!dot.ok) return <p className="panel-error">{dot.error.message}</p>;
  if (!dense.ok) return <p className="panel-error">{dense.error.message}</p>;
  const d = dot.value;
  const l = dense.value;
  return (
    <div className="flop">
      <p className="flop-rule">
        A <strong>FLOP</strong> (floating-point operation) is one <strong>multiplication</strong> or
        one <strong>addition</strong>.
      </p>
      <div className="flop-grid">
        <div className="flop-col">
          <section className="flop-example flop-dot" aria-labelledby={`${uid}-dot`}>
            <h2 id={`${uid}-dot`} className="flop-heading">
              Example 1 · dot product, <span className="num">n = {n}</span>
            </h2>
            <Tex tex={dotTex(n)} display fallback={`y = w1 x1 + … + w${n} x${n}`} />
            <p className="flop-count num">
              {`${d.mults} mult${d.mults === 1 ? '' : 's'} + ${d.adds} add${d.adds === 1 ? '' : 's'} = `}
              <strong>{`${formatCount(d.flops)} FLOP${d.flops === 1 ? '' : 's'}`}</strong>
            </p>
            <p className="flop-general-lead">
              In general, n elements take n mults and n&nbsp;−&nbsp;1 adds:
            </p>
            <p className="flop-general num">
              FLOPs:{' '}
              <Fill index={0} label="FLOPs of a dot product of n elements">
                <Tex tex={chainTex(d.derivation)} fallback={derivationToText(d.derivation)} />
              </Fill>
            </p>
          </section>
          <dl className="flop-tally num" aria-label="Operation counts of the dense layer">
            <div>
              <dt>mults = m·n</dt>
              <dd>{formatCount(l.mults)}</dd>
            </div>
            <div>
              <dt>adds = m(n − 1){bias ? ' + m' : ''}</dt>
              <dd>{formatCount(l.adds)}</dd>
            </div>
            <div className="flop-tally-main">
              <dt>FLOPs = mults + adds</dt>
              <dd>{formatCount(l.flops)}</dd>
            </div>
            <div>
              <dt>MACs (papers) = n·m</dt>
              <dd>{formatCount(l.macs)}</dd>
            </div>
          </dl>
        </div>
        <div className="flop-col">
          <section className="flop-example flop-dense" aria-labelledby={`${uid}-dense`}>
            <h2 id={`${uid}-dense`} className="flop-heading">
              Example 2 · dense layer <span className="num">{`${n} → ${m}`}</span>
            </h2>
            <Fill index={2} label="the weight matrix W" block>
              <p className="flop-matrix-caption">
                <span className="flop-why">One row per output: </span>
                <Tex
                  tex={`W \\in \\mathbb{R}^{${m} \\times ${n}}`}
                  fallback={`W ∈ R^(${m}×${n})`}
                />
              </p>
              <MatrixFigure n={n} m={m} bias={bias} />
            </Fill>
          </section>
          <div className="flop-dense-total">
            <span className="num">
              {`${m} dot product${m === 1 ? '' : 's'}${bias ? ` + ${m} bias adds` : ''}:`}
            </span>
            <Fill index={1} label="FLOPs of a dense layer n → m" block>
              <DerivationView derivation={l.derivations.flops} lhs="\text{FLOPs}" rows />
            </Fill>
          </div>
        </div>
      </div>
    </div>
  );
}
