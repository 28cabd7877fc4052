// Single-layer commands: conv, dense, separable, se and mbconv as one-layer networks.
import { type LayerSpec, type Network, type Result } from '../engine/index';
import { UsageError, type OptionValue } from './parse';

/** The single-layer commands. */
export const LAYER_COMMANDS = ['conv', 'dense', 'separable', 'se', 'mbconv'] as const;
type LayerCommand = (typeof LAYER_COMMANDS)[number];

/** The options each layer command needs and takes. */
const LAYER_OPTIONS: Readonly<
  Record<LayerCommand, { required: readonly string[]; optional: readonly string[] }>
> = {
  conv: {
    required: ['kernel', 'in', 'out', 'size'],
    optional: ['stride', 'padding', 'groups', 'dilation', 'bias'],
  },
  dense: { required: ['in', 'out'], optional: ['no-bias'] },
  separable: { required: ['kernel', 'in', 'out', 'size'], optional: ['stride'] },
  se: { required: ['channels', 'size'], optional: ['reduction'] },
  mbconv: {
    required: ['in', 'out', 'size'],
    optional: ['expand', 'kernel', 'stride', 'se-ratio', 'act'],
  },
};

const GLOBAL = new Set(['convention', 'preset', 'count', 'json', 'explain', 'all-layers', 'help']);

function int(values: ReadonlyMap<string, OptionValue>, name: string, fallback?: number): number {
  const v = values.get(name) ?? fallback;
  return v as number;
}

function checkLayerOptions(command: LayerCommand, values: ReadonlyMap<string, OptionValue>): void {
  const { required, optional } = LAYER_OPTIONS[command];
  for (const name of values.keys()) {
    if (GLOBAL.has(name) || required.includes(name) || optional.includes(name)) continue;
    const allowed = [...required, ...optional].map((o) => `--${o}`).join(', ');
    throw new UsageError(`--${name} does not apply to ${command}; its options are ${allowed}.`);
  }
  const missing = required.filter((name) => !values.has(name));
  if (missing.length > 0) {
    throw new UsageError(
      `${command} needs ${missing.map((m) => `--${m}`).join(', ')} (see --help).`,
    );
  }
}

function network(
  id: LayerCommand,
  title: string,
  spatial: number[],
  channels: number,
  layers: LayerSpec[],
): Network {
  return { id, title, input: { spatial, channels }, layers };
}

/** Builds the one-layer (or one-block) network of a layer command. */
export function layerNetwork(
  command: string,
  values: ReadonlyMap<string, OptionValue>,
): Result<Network> {
  const c = command as LayerCommand;
  checkLayerOptions(c, values);
  const size = int(values, 'size', 1);
  const square = [size, size];
  switch (c) {
    case 'conv': {
      const spec: LayerSpec = {
        kind: 'conv',
        name: 'conv',
        out: int(values, 'out'),
        kernel: int(values, 'kernel'),
        stride: int(values, 'stride', 1),
        padding: (values.get('padding') as number | 'same' | 'valid' | undefined) ?? 'same',
        dilation: int(values, 'dilation', 1),
        groups: int(values, 'groups', 1),
        bias: values.has('bias'),
      };
      return { ok: true, value: network(c, 'Convolution', square, int(values, 'in'), [spec]) };
    }
    case 'dense':
      return {
        ok: true,
        value: network(c, 'Dense', [], int(values, 'in'), [
          { kind: 'dense', name: 'dense', out: int(values, 'out'), bias: !values.has('no-bias') },
        ]),
      };
    case 'separable':
      return {
        ok: true,
        value: network(c, 'Depthwise separable convolution', square, int(values, 'in'), [
          {
            kind: 'conv',
            name: 'depthwise',
            out: int(values, 'in'),
            kernel: int(values, 'kernel'),
            stride: int(values, 'stride', 1),
            groups: 'depthwise',
          },
          { kind: 'conv', name: 'pointwise', out: int(values, 'out'), kernel: 1 },
        ]),
      };
    case 'se': {
      const channels = int(values, 'channels');
      const reduced = Math.max(1, Math.floor(channels / int(values, 'reduction', 16)));
      return {
        ok: true,
        value: network(c, 'Squeeze-and-excitation', square, channels, [
          { kind: 'se', name: 'se', reduced },
        ]),
      };
    }
    case 'mbconv':
      return {
        ok: true,
        value: network(c, 'MBConv block', square, int(values, 'in'), [
          {
            kind: 'mbconv',
            name: 'mbconv',
            out: int(values, 'out'),
            expand: (values.get('expand') as number | undefined) ?? 6,
            kernel: int(values, 'kernel', 3),
            stride: int(values, 'stride', 1),
            seRatio: (values.get('se-ratio') as number | undefined) ?? 0.25,
            act: (values.get('act') as 'swish' | undefined) ?? 'swish',
          },
        ]),
      };
  }
  throw new UsageError(`unknown layer "${command}".`);
}
