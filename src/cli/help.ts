// --help, generated from the option schema and the model registry.
import { MODELS } from '../engine/index';
import { alignColumns } from './table';
import { OPTIONS, type Scope } from './options';

function section(scope: Scope): string[] {
  const rows = OPTIONS.filter((o) => o.scope === scope).map((o) => [
    `  --${o.name}${o.value ? ` ${o.value}` : ''}`,
    o.choices && o.kind !== 'list'
      ? `${o.help} (${o.choices.join(' | ')})`
      : o.choices
        ? `${o.help}: ${o.choices.join(', ')}`
        : o.help,
  ]);
  return alignColumns(rows, [false, false]);
}

/** The full help text. */
export function helpText(): string {
  const models = alignColumns(
    MODELS.map((m) => [
      `  ${m.id}${m.id === 'efficientnet' ? ' --phi <φ>' : ''}`,
      `${m.title} (default ${m.defaultResolution} px)`,
    ]),
    [false, false],
  );
  return [
    'flops — FLOPs, MACs and parameters of CNNs, layer by layer, with every counting convention explicit.',
    '',
    'Usage: npm run --silent flops -- <model|layer> [options]',
    '',
    'Models:',
    ...models,
    '',
    'Single layers:',
    '  conv --kernel <D_K> --in <M> --out <N> --size <D_F> [--stride s] [--padding p|same|valid] [--groups g] [--dilation d] [--bias]',
    '  dense --in <n> --out <m> [--no-bias]',
    '  separable --kernel <D_K> --in <M> --out <N> --size <D_F> [--stride s]   (with the ratio to a standard conv)',
    '  se --channels <C> --size <D_F> [--reduction r]',
    '  mbconv --in <M> --out <N> --size <D_F> [--expand t] [--kernel k] [--stride s] [--se-ratio ρ] [--act fn]',
    '',
    'Model options:',
    ...section('network'),
    '',
    'Layer options:',
    ...section('layer'),
    '',
    'Counting and output:',
    ...section('all'),
    '',
    'Conventions: macs = multiply-accumulates, the papers\u2019 "mult-adds" and torchvision\u2019s "GFLOPS";',
    '  flops = every mult and add (a dot product of n is 2n − 1, + 1 with bias); 2macs = 2 · MACs.',
    'Params are trainable values (weights, biases, BN γ/β); BN running statistics are buffers.',
    '',
    'Examples:',
    '  npm run --silent flops -- mobilenet-v1 --width 0.75 --resolution 192',
    '  npm run --silent flops -- efficientnet-b2 --preset torchvision --resolution 288 --json',
    '  npm run --silent flops -- resnet-18 --3d --classes 101',
    '  npm run --silent flops -- conv --kernel 3 --in 32 --out 64 --size 112 --convention flops',
    '',
    'Bad arguments print one line on stderr and exit with code 2.',
    '',
  ].join('\n');
}
