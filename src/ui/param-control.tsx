import { memo, useId, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import {
  checkParam,
  sliderMin,
  type ChoiceParam,
  type NumberParam,
  type ParamSpec,
  type ParamValue,
} from '../store/param-schema';
import { Tex } from './tex';

export interface ParamControlProps {
  readonly spec: ParamSpec;
  readonly value: ParamValue;
  readonly onChange: (value: ParamValue) => void;
}

// A labelled control for one slide parameter: a slider with a number field, or a choice.
export const ParamControl = memo(function ParamControl({
  spec,
  value,
  onChange,
}: ParamControlProps) {
  return spec.kind === 'choice' ? (
    <ChoiceControl spec={spec} value={String(value)} onChange={onChange} />
  ) : (
    <NumberControl spec={spec} value={Number(value)} onChange={onChange} />
  );
});

function ControlLabel({ id, spec }: { id: string; spec: ParamSpec }) {
  return (
    <span id={id} className="param-label">
      <span aria-hidden="true" className="param-symbol">
        <Tex tex={spec.symbol} fallback={spec.key} />
      </span>
      <span className="sr-only">{spec.key}:</span>{' '}
      <span className="param-meaning">{spec.label}</span>
    </span>
  );
}

function NumberControl({
  spec,
  value,
  onChange,
}: {
  spec: NumberParam;
  value: number;
  onChange: (value: number) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const accept = (raw: string) => {
    setDraft(raw);
    const check = checkParam(spec, raw);
    if (check.ok) {
      setError(null);
      onChange(Number(check.value));
    } else {
      setError(check.message);
    }
  };
  const onSlider = (event: ChangeEvent<HTMLInputElement>) => {
    setDraft(null);
    setError(null);
    onChange(Number(event.target.value));
  };
  const onFieldKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      setDraft(null);
      setError(null);
    }
  };
  const sliderLow = sliderMin(spec);
  const errorId = `${id}-error`;
  return (
    <div className="param-control" data-invalid={error ? 'true' : undefined}>
      <ControlLabel id={`${id}-label`} spec={spec} />
      <div className="param-inputs">
        <input
          type="range"
          aria-labelledby={`${id}-label`}
          min={sliderLow}
          max={spec.max}
          step={spec.step}
          value={value}
          onChange={onSlider}
        />
        <input
          type="text"
          inputMode="decimal"
          className="param-field"
          aria-label={`${spec.key} (${spec.label}), exact value`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          value={draft ?? String(value)}
          onChange={(event) => accept(event.target.value)}
          onKeyDown={onFieldKey}
          onBlur={() => error === null && setDraft(null)}
        />
        {spec.unit ? <span className="param-unit">{spec.unit}</span> : null}
      </div>
      {error ? (
        <p id={errorId} className="param-error" role="alert">
          {error} Still using {spec.key} = {value}.
        </p>
      ) : null}
    </div>
  );
}

function ChoiceControl({
  spec,
  value,
  onChange,
}: {
  spec: ChoiceParam;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <fieldset className="param-control param-choice">
      <legend>
        <ControlLabel id={`${id}-label`} spec={spec} />
      </legend>
      <div className="param-options">
        {spec.options.map((option) => (
          <label key={option.value} className="param-option">
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
