import { useMemo, type ReactNode } from 'react';
import {
  analyzeNetwork,
  derivationTexParts,
  derivationTextParts,
  formatCompact,
  formatCount,
  MOBILENET_V1_FIGURES,
  standardConvSteps,
  type Derivation,
  type Network,
} from '../../engine/index';
import { Tex } from '../../ui/tex';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import './08-standard-conv-flops.css';

interface Step {
  readonly title: string;
  readonly name: string;
  readonly what: ReactNode;
  readonly label: string;
}

// The lecture's three steps (slide "Step-by-Step FLOP Count").
const STEPS: readonly Step[] = [
  {
    title: 'Step 1 · one position, one filter',
    name: 'Mults once',
    what: 'one product per weight of the filter',
    label: 'Mults once (one position, one filter)',
  },
  {
    title: 'Step 2 · all positions',
    name: 'Mults per kernel',
    what: (
      <>
        the filter visits D<sub>F</sub> × D<sub>F</sub> positions
      </>
    ),
    label: 'Mults per kernel (all positions)',
  },
  {
    title: 'Step 3 · all N filters',
    name: 'Mults N kernels',
    what: 'one filter per output channel',
    label: 'Mults for N kernels (the total)',
  },
];

/** One step's formula with the values put in under it, and the result beside them. */
function StepCells({ derivation }: { derivation: Derivation }) {
  const tex = derivationTexParts(derivation);
  const text = derivationTextParts(derivation);
  return (
    <>
      <span className="scf-eq">
        <span className="scf-cell">
          <Tex tex={tex.general} fallback={text.general} />
        </span>
        <span className="scf-cell scf-values">
          <Tex tex={`= ${tex.substituted}`} fallback={`= ${text.substituted}`} />
        </span>
      </span>
      <span className="scf-result num">{`= ${text.result}`}</span>
    </>
  );
}

/** MobileNet Table 3's layer, the slide's defaults; its printed figures and the engine's count. */
const TABLE3 = { kernel: 3, inChannels: 512, outChannels: 512, size: 14 };
const TABLE3_PRINT = MOBILENET_V1_FIGURES.find((f) => f.id === 't3-conv');
const TABLE3_ENGINE = standardConvSteps(TABLE3);

/** The same layer as a one-layer network, to count every add too (the lecture's FLOPs of slide 4). */
function oneConv(DK: number, M: number, N: number, DF: number): Network {
  return {
    id: 'standard-conv',
    title: 'Standard convolution',
    input: { spatial: [DF, DF], channels: M },
    layers: [{ kind: 'conv', name: 'conv', out: N, kernel: DK, stride: 1, padding: 'same' }],
  };
}

// Slide 8: the standard convolution's multiplications in the lecture's three steps.
export default function Panel({ values }: SlideProps) {
  const DK = Number(values.DK);
  const M = Number(values.M);
  const N = Number(values.N);
  const DF = Number(values.DF);
  const steps = useMemo(
    () => standardConvSteps({ kernel: DK, inChannels: M, outChannels: N, size: DF }),
    [DK, M, N, DF],
  );
  const flops = useMemo(
    () => analyzeNetwork(oneConv(DK, M, N, DF), { convention: 'flops' }),
    [DK, M, N, DF],
  );
  if (!steps.ok) return <p className="panel-error">{steps.error.message}</p>;
  const s = steps.value;
  const derivations = [s.once, s.perKernel, s.total];
  const allOps = flops.ok ? flops.value.totals.flops : null;
  const isTable3 =
    DK === TABLE3.kernel &&
    M === TABLE3.inChannels &&
    N === TABLE3.outChannels &&
    DF === TABLE3.size;
  return (
    <div className="scf">
      <div className="scf-table" role="list" aria-label="The three steps">
        {STEPS.map((step, i) => (
          <div key={step.title} className="scf-row" role="listitem">
            <div className="scf-label">
              <h2 className="scf-step-title">{step.name}</h2>
              <span className="scf-step-what">
                {step.title}: {step.what}
              </span>
            </div>
            <Fill index={i} label={step.label} block>
              {derivations[i] ? <StepCells derivation={derivations[i]} /> : null}
            </Fill>
          </div>
        ))}
      </div>
      <div className="scf-summary">
        <p className="scf-total">
          <span className="scf-total-value num">{formatCompact(s.macs)}</span>
          <span className="scf-total-unit">MACs (mult-adds)</span>
          <span className="scf-total-alt num">
            {`${allOps === null ? '–' : formatCompact(allOps)} FLOPs (mults + adds)`}
          </span>
        </p>
        <p className="scf-convention">
          The lecture’s “FLOPs” here count only <strong>multiplications</strong>, i.e. MACs, as
          MobileNet does. Counting every addition too (slide 4’s 2n − 1 rule):{' '}
          {/* Room for the longest count, so the sentence never rewraps as the digits change. */}
          <span className="scf-all-ops num">
            {allOps === null
              ? '–'
              : `${formatCount(allOps)} ≈ ${(allOps / s.macs).toFixed(2)} × MACs`}
          </span>
        </p>
        <p className="source">
          MobileNet’s Table 3 prints this layer, D<sub>K</sub> = 3, M = N = 512, D<sub>F</sub> = 14{' '}
          <span className="scf-here">{isTable3 ? '(= your values)' : '(≠ your values)'}</span>, as{' '}
          <strong>{TABLE3_PRINT?.macs?.printed ?? '–'}&nbsp;M</strong> mult-adds and{' '}
          <strong>{TABLE3_PRINT?.params?.printed ?? '–'}&nbsp;M</strong> params (Howard et al.
          2017); the engine counts{' '}
          {TABLE3_ENGINE.ok
            ? `${formatCompact(TABLE3_ENGINE.value.macs)} and ${formatCompact(TABLE3_ENGINE.value.params, { digits: 2 })}`
            : '–'}
          .
        </p>
      </div>
    </div>
  );
}
