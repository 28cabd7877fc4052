// One schema for the CLI's options: it drives parsing, checking and --help.

/** How an option's value is read. */
export type OptionKind = 'flag' | 'number' | 'int' | 'choice' | 'padding' | 'list';

/** Which commands an option applies to. */
export type Scope = 'all' | 'network' | 'layer';

/** One command-line option. */
export interface OptionDef {
  /** The option as typed, without dashes: "width", "in-channels". */
  readonly name: string;
  readonly kind: OptionKind;
  /** The value's placeholder in --help: "<α>". */
  readonly value?: string;
  readonly choices?: readonly string[];
  readonly help: string;
  readonly scope: Scope;
}

/** Extra costs by their CLI names. */
export const EXTRA_NAMES = [
  'batch-norm',
  'activations',
  'pooling',
  'se-scale',
  'residual',
  'all',
] as const;

/** Every option, in --help order. */
export const OPTIONS: readonly OptionDef[] = [
  {
    name: 'width',
    kind: 'number',
    value: '<α>',
    help: 'width multiplier (MobileNet α; 0 < α ≤ 4)',
    scope: 'network',
  },
  {
    name: 'resolution',
    kind: 'int',
    value: '<px>',
    help: "input resolution (default: the model's own, e.g. 260 for B2)",
    scope: 'network',
  },
  {
    name: 'classes',
    kind: 'int',
    value: '<k>',
    help: 'classifier outputs (default 1000)',
    scope: 'network',
  },
  {
    name: 'in-channels',
    kind: 'int',
    value: '<c>',
    help: 'input channels (default 3; 48 = 16 stacked RGB frames)',
    scope: 'network',
  },
  {
    name: '3d',
    kind: 'flag',
    help: 'video version with t×k×k kernels (ResNet, VGG-16)',
    scope: 'network',
  },
  {
    name: 'frames',
    kind: 'int',
    value: '<T>',
    help: 'input frames with --3d (default 16)',
    scope: 'network',
  },
  {
    name: 'phi',
    kind: 'number',
    value: '<φ>',
    help: 'compound coefficient for `efficientnet` (0 ≤ φ ≤ 10)',
    scope: 'network',
  },
  {
    name: 'alpha',
    kind: 'number',
    value: '<α>',
    help: 'depth coefficient with --phi (default 1.2)',
    scope: 'network',
  },
  {
    name: 'beta',
    kind: 'number',
    value: '<β>',
    help: 'width coefficient with --phi (default 1.1)',
    scope: 'network',
  },
  {
    name: 'gamma',
    kind: 'number',
    value: '<γ>',
    help: 'resolution coefficient with --phi (default 1.15)',
    scope: 'network',
  },
  { name: 'kernel', kind: 'int', value: '<D_K>', help: 'kernel size', scope: 'layer' },
  {
    name: 'in',
    kind: 'int',
    value: '<M|n>',
    help: 'input channels M (conv) or input length n (dense)',
    scope: 'layer',
  },
  {
    name: 'out',
    kind: 'int',
    value: '<N|m>',
    help: 'output channels N (conv) or output length m (dense)',
    scope: 'layer',
  },
  {
    name: 'size',
    kind: 'int',
    value: '<D_F>',
    help: 'input feature map size (square)',
    scope: 'layer',
  },
  { name: 'stride', kind: 'int', value: '<s>', help: 'stride (default 1)', scope: 'layer' },
  {
    name: 'padding',
    kind: 'padding',
    value: '<p|same|valid>',
    help: "padding per side (default 'same')",
    scope: 'layer',
  },
  { name: 'dilation', kind: 'int', value: '<d>', help: 'dilation (default 1)', scope: 'layer' },
  {
    name: 'groups',
    kind: 'int',
    value: '<g>',
    help: 'groups (g = M is depthwise)',
    scope: 'layer',
  },
  {
    name: 'bias',
    kind: 'flag',
    help: 'add a bias (conv; dense has one by default)',
    scope: 'layer',
  },
  { name: 'no-bias', kind: 'flag', help: 'drop the bias of a dense layer', scope: 'layer' },
  { name: 'channels', kind: 'int', value: '<C>', help: 'channels of an SE block', scope: 'layer' },
  {
    name: 'reduction',
    kind: 'int',
    value: '<r>',
    help: 'SE reduction ratio (C_r = ⌊C/r⌋; default 16)',
    scope: 'layer',
  },
  {
    name: 'expand',
    kind: 'number',
    value: '<t>',
    help: 'MBConv expansion ratio (default 6)',
    scope: 'layer',
  },
  {
    name: 'se-ratio',
    kind: 'number',
    value: '<ρ>',
    help: 'MBConv SE ratio of the input channels (default 0.25; 0 = none)',
    scope: 'layer',
  },
  {
    name: 'act',
    kind: 'choice',
    value: '<fn>',
    choices: ['relu', 'relu6', 'sigmoid', 'swish', 'hard-swish'],
    help: 'MBConv activation (default swish)',
    scope: 'layer',
  },
  {
    name: 'convention',
    kind: 'choice',
    value: '<c>',
    choices: ['macs', 'flops', '2macs'],
    help: 'count MACs, FLOPs (mults + adds: 2n − 1 per dot product) or 2·MACs',
    scope: 'all',
  },
  {
    name: 'preset',
    kind: 'choice',
    value: '<p>',
    choices: ['paper', 'torchvision', 'keras'],
    help: 'reproduce a source\u2019s totals (default paper)',
    scope: 'all',
  },
  {
    name: 'count',
    kind: 'list',
    value: '<extras>',
    choices: EXTRA_NAMES,
    help: 'also count these, comma-separated',
    scope: 'all',
  },
  {
    name: 'explain',
    kind: 'flag',
    help: 'print each layer\u2019s derivation (formula, values, result)',
    scope: 'all',
  },
  {
    name: 'all-layers',
    kind: 'flag',
    help: 'list layers that cost nothing too (activations, pools)',
    scope: 'all',
  },
  { name: 'json', kind: 'flag', help: 'print JSON with exact integers', scope: 'all' },
  { name: 'help', kind: 'flag', help: 'print this help', scope: 'all' },
];

/** Finds an option by name. */
export function findOption(name: string): OptionDef | undefined {
  return OPTIONS.find((o) => o.name === name);
}
