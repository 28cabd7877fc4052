import { useId } from 'react';
import {
  CONVENTION_INFO,
  CONVENTIONS,
  ELEMENT_RULES,
  POOL_RULES,
  type ExtraCost,
} from '../engine/index';
import { EXTRA_SWITCHES, PARAMS_MODES } from './counting';
import { useLabStore } from './lab-store';

/** The rule of each extra cost, stated where it is switched on. */
const EXTRA_RULES: Readonly<Record<ExtraCost, string>> = {
  batchNorm: ELEMENT_RULES.batchNorm.rule,
  activations: `${ELEMENT_RULES.relu.rule} ${ELEMENT_RULES.relu6.rule} ${ELEMENT_RULES.swish.rule}`,
  pooling: `${POOL_RULES.max} ${POOL_RULES.globalAvg}`,
  seScale: ELEMENT_RULES.seScale.rule,
  residual: ELEMENT_RULES.residual.rule,
};

// How to count: MACs, FLOPs or 2·MACs; bias adds; BN, activations and the other extra costs; which params.
export function CountingPanel() {
  const id = useId();
  const counting = useLabStore((s) => s.counting);
  const { setConvention, setCountBias, setExtra, setParamsMode } = useLabStore.getState();
  const biasApplies = counting.convention === 'flops';
  return (
    <section className="lab-card lab-counting" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Counting</h2>
      <div className="lab-counting-grid">
        <fieldset className="lab-fieldset">
          <legend>Cost</legend>
          <div className="param-options">
            {CONVENTIONS.map((c) => (
              <label key={c} className="param-option">
                <input
                  type="radio"
                  name={`${id}-conv`}
                  value={c}
                  checked={counting.convention === c}
                  onChange={() => setConvention(c)}
                />
                <span>{CONVENTION_INFO[c].label}</span>
              </label>
            ))}
          </div>
          <p className="lab-rule">{CONVENTION_INFO[counting.convention].rule}</p>
        </fieldset>
        <fieldset className="lab-fieldset">
          <legend>Also count</legend>
          <label
            className="lab-check"
            title={
              biasApplies ? undefined : 'Only the lecture\u2019s FLOPs count bias adds separately.'
            }
          >
            <input
              type="checkbox"
              checked={biasApplies && counting.countBias}
              disabled={!biasApplies}
              onChange={(e) => setCountBias(e.target.checked)}
            />
            <span>Bias adds{biasApplies ? '' : ' (FLOPs only)'}</span>
          </label>
          {EXTRA_SWITCHES.map((s) => (
            <label key={s.key} className="lab-check" title={EXTRA_RULES[s.key]}>
              <input
                type="checkbox"
                checked={counting.extras[s.key]}
                onChange={(e) => setExtra(s.key, e.target.checked)}
              />
              <span>{s.label}</span>
            </label>
          ))}
          <details className="lab-rules">
            <summary>Rules for these costs</summary>
            <ul>
              <li>
                <strong>Bias adds:</strong> under the lecture&apos;s FLOPs a layer with a bias adds
                it once per output, m(2n − 1) + m for a dense layer; MACs and 2·MACs fold the bias
                into the multiply-accumulates.
              </li>
              {EXTRA_SWITCHES.map((s) => (
                <li key={s.key}>
                  <strong>{s.label}:</strong> {EXTRA_RULES[s.key]}
                </li>
              ))}
            </ul>
          </details>
        </fieldset>
        <div>
          <label className="lab-field">
            <span>Params in the total</span>
            <select
              value={counting.params}
              onChange={(e) => setParamsMode(e.target.value as typeof counting.params)}
            >
              {PARAMS_MODES.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
          </label>
          <p className="lab-rule">{PARAMS_MODES.find((m) => m.id === counting.params)?.rule}</p>
        </div>
      </div>
    </section>
  );
}
