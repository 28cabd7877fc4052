// The registry models' options as parameters: one schema per option drives the control, the link and the checks.
import type { ModelInfo, ModelOption, ModelOptions } from '../engine/index';
import { checkParam, nearestValid, type ParamSpec, type ParamValue } from '../store/param-schema';

/** The schema of an option for a model (defaults are the model's own). */
export function optionSpec(model: ModelInfo, key: ModelOption): ParamSpec {
  switch (key) {
    case 'width':
      return {
        key,
        symbol: '\\alpha',
        label: 'width multiplier',
        kind: 'float',
        min: 0,
        max: 4,
        step: 0.05,
        default: 1,
        minExclusive: true,
      };
    case 'resolution':
      return {
        key,
        symbol: 'R',
        label: 'input resolution',
        kind: 'int',
        min: 16,
        max: 1024,
        step: 1,
        default: model.defaultResolution,
        unit: 'px',
      };
    case 'classes':
      return {
        key,
        symbol: 'K',
        label: 'classes',
        kind: 'int',
        min: 1,
        max: 100_000,
        step: 1,
        default: 1000,
      };
    case 'inChannels':
      return {
        key,
        symbol: 'C_{in}',
        label: 'input channels',
        kind: 'int',
        min: 1,
        max: 1024,
        step: 1,
        default: 3,
      };
    case 'dims':
      return {
        key,
        symbol: 'd',
        label: 'convolution dimensions',
        kind: 'choice',
        options: [
          { value: '2', label: '2D (images)' },
          { value: '3', label: '3D (video)' },
        ],
        default: '2',
      };
    case 'frames':
      return {
        key,
        symbol: 'T',
        label: 'frames (3D only)',
        kind: 'int',
        min: 1,
        max: 256,
        step: 1,
        default: 16,
      };
    case 'phi':
      return {
        key,
        symbol: '\\phi',
        label: 'compound coefficient',
        kind: 'float',
        min: 0,
        max: 8,
        step: 0.1,
        default: 0,
      };
    case 'alpha':
      return {
        key,
        symbol: '\\alpha',
        label: 'depth base',
        kind: 'float',
        min: 1,
        max: 2,
        step: 0.01,
        default: 1.2,
      };
    case 'beta':
      return {
        key,
        symbol: '\\beta',
        label: 'width base',
        kind: 'float',
        min: 1,
        max: 2,
        step: 0.01,
        default: 1.1,
      };
    case 'gamma':
      return {
        key,
        symbol: '\\gamma',
        label: 'resolution base',
        kind: 'float',
        min: 1,
        max: 2,
        step: 0.01,
        default: 1.15,
      };
    case 'inputNormalization':
      return {
        key,
        symbol: '\\mu,\\sigma',
        label: 'Keras input normalization layer',
        kind: 'choice',
        options: [
          { value: 'off', label: 'Off' },
          { value: 'on', label: 'On (Keras)' },
        ],
        default: 'off',
      };
  }
}

/** The schemas of every option a model takes. */
export function modelSpecs(model: ModelInfo): ParamSpec[] {
  return model.options.map((key) => optionSpec(model, key));
}

/** The control value of an option (choices are strings). */
export function toParamValue(
  model: ModelInfo,
  key: ModelOption,
  options: ModelOptions,
): ParamValue {
  const value = options[key];
  const spec = optionSpec(model, key);
  if (value === undefined) return spec.default;
  if (key === 'inputNormalization') return value ? 'on' : 'off';
  if (key === 'dims') return String(value);
  return value as number;
}

/** The option value of a control value. */
export function fromParamValue(key: ModelOption, value: ParamValue): number | boolean {
  if (key === 'inputNormalization') return value === 'on';
  return Number(value);
}

/** Sets an option; the model's default removes it, so links stay short. */
export function withOption(
  model: ModelInfo,
  options: ModelOptions,
  key: ModelOption,
  value: ParamValue,
): ModelOptions {
  const next: Record<string, unknown> = { ...options };
  if (value === optionSpec(model, key).default) delete next[key];
  else next[key] = fromParamValue(key, value);
  return next as ModelOptions;
}

/** Reads an option from a link: its value, or the nearest valid one with a message. */
export function readOptionText(
  model: ModelInfo,
  key: ModelOption,
  text: string,
): { value: number | boolean; notice: string | null } {
  const spec = optionSpec(model, key);
  const check = checkParam(spec, text);
  if (check.ok) return { value: fromParamValue(key, check.value), notice: null };
  const near = nearestValid(spec, text);
  return {
    value: fromParamValue(key, near),
    notice: `${check.message} Using ${key} = ${String(near)}.`,
  };
}

/** Writes an option for a link. */
export function optionText(key: ModelOption, value: number | boolean): string {
  if (key === 'inputNormalization') return value ? 'on' : 'off';
  return String(value);
}

/** Keeps only the options a model takes that differ from its defaults (for short links and comparisons). */
export function trimOptions(model: ModelInfo, options: ModelOptions): ModelOptions {
  let out: ModelOptions = {};
  for (const key of model.options) {
    if (options[key] !== undefined)
      out = withOption(model, out, key, toParamValue(model, key, options));
  }
  return out;
}
