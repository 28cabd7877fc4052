// MBConv / inverted residual (MobileNetV2 §3.3, EfficientNet Table 1): expand 1×1 → depthwise k×k
// → SE → project 1×1 (linear) (+ residual add when stride 1 and c_in = c_out).
import { fail, ok, type Result } from '../errors';
import type { LayerSpec, MbConvSpec } from '../layers/spec';
import { checkPositiveInt, checkRange, firstError } from '../validate';

/** Expanded channels t · c_in (rounded to a whole channel, as torchvision does). */
export function expandedChannels(inChannels: number, expand: number): number {
  return Math.round(inChannels * expand);
}

/** SE's squeezed channels from the block's INPUT channels: max(1, ⌊c_in · ratio⌋) (EfficientNet code). */
export function seReducedChannels(inChannels: number, seRatio: number): number {
  return Math.max(1, Math.floor(inChannels * seRatio));
}

/** Tells whether the block adds its input back: stride 1 and c_in = c_out (and residual not turned off). */
export function mbconvHasResidual(spec: MbConvSpec, inChannels: number): boolean {
  return (spec.residual ?? true) && spec.stride === 1 && inChannels === spec.out;
}

/** Checks an MBConv spec's numbers. */
export function checkMbConv(spec: MbConvSpec, field: string): Result<true> {
  const bad = firstError(
    checkPositiveInt(spec.out, `${field}.out`, 'Output channels'),
    checkRange(spec.expand, `${field}.expand`, 'Expansion ratio t', 1, 64),
    checkPositiveInt(spec.kernel, `${field}.kernel`, 'Kernel size D_K'),
    checkPositiveInt(spec.stride, `${field}.stride`, 'Stride s'),
    checkRange(spec.seRatio, `${field}.seRatio`, 'SE ratio', 0, 1),
  );
  return bad ? { ok: false, error: bad } : ok(true);
}

/** Expands an MBConv spec into primitive specs for an input of `inChannels` channels. */
export function expandMbConv(
  spec: MbConvSpec,
  inChannels: number,
  field: string,
): Result<readonly LayerSpec[]> {
  const checked = checkMbConv(spec, field);
  if (!checked.ok) return checked;
  if (inChannels < 1)
    return fail('shape-mismatch', field, 'An MBConv block needs at least one input channel.');
  const n = spec.name;
  const hidden = expandedChannels(inChannels, spec.expand);
  const body: LayerSpec[] = [];
  if (spec.expand !== 1) {
    body.push(
      { kind: 'conv', name: `${n}.expand`, part: 'expand', out: hidden, kernel: 1 },
      { kind: 'bn', name: `${n}.expand_bn`, part: 'expand' },
      { kind: 'act', name: `${n}.expand_act`, part: 'expand', fn: spec.act },
    );
  }
  body.push(
    {
      kind: 'conv',
      name: `${n}.depthwise`,
      part: 'depthwise',
      out: hidden,
      kernel: spec.kernel,
      stride: spec.stride,
      padding: 'same',
      groups: 'depthwise',
    },
    { kind: 'bn', name: `${n}.depthwise_bn`, part: 'depthwise' },
    { kind: 'act', name: `${n}.depthwise_act`, part: 'depthwise', fn: spec.act },
  );
  if (spec.seRatio > 0) {
    const reduced = seReducedChannels(inChannels, spec.seRatio);
    body.push({ kind: 'se', name: `${n}.se`, part: 'se', reduced, act: spec.seAct ?? spec.act });
  }
  body.push(
    { kind: 'conv', name: `${n}.project`, part: 'project', out: spec.out, kernel: 1 },
    { kind: 'bn', name: `${n}.project_bn`, part: 'project' },
  );
  if (!mbconvHasResidual(spec, inChannels)) return ok(body);
  return ok([{ kind: 'residual', name: n, part: 'residual', body, shortcut: [] }]);
}
