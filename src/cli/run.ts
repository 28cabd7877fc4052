// The flops CLI as a function: argv in, stdout, stderr and an exit code out (testable without a process).
import {
  analyzeNetwork,
  derivationToText,
  formatCount,
  separableRatio,
  type Convention,
  type EngineError,
  type ExtraCosts,
  type Network,
  type PresetId,
} from '../engine/index';
import { helpText } from './help';
import { renderJson } from './json';
import { LAYER_COMMANDS } from './layers';
import { CLI_NAME, commandNetwork } from './networks';
import { parseArgs, UsageError, type OptionValue } from './parse';
import { renderTable } from './table';

/** What the CLI prints and how it exits. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

/** Engine field (last path segment) → the CLI option that set it. */
const FIELD_OPTION: Readonly<Record<string, string>> = {
  ...CLI_NAME,
  kernel: '--kernel',
  out: '--out',
  stride: '--stride',
  padding: '--padding',
  dilation: '--dilation',
  groups: '--groups',
  reduced: '--reduction',
  expand: '--expand',
  seRatio: '--se-ratio',
};

/** Names the CLI argument behind an engine error. */
function argumentOf(error: EngineError, layer: boolean): string {
  if (error.field.startsWith('input.channels')) return layer ? '--in' : '--in-channels';
  if (error.field.startsWith('input.spatial')) return layer ? '--size' : '--resolution';
  const last = error.field.split('.').at(-1) ?? error.field;
  return FIELD_OPTION[last] ?? last;
}

const EXTRA_KEYS: Readonly<Record<string, keyof ExtraCosts>> = {
  'batch-norm': 'batchNorm',
  activations: 'activations',
  pooling: 'pooling',
  'se-scale': 'seScale',
  residual: 'residual',
};

function extrasOf(value: OptionValue | undefined): Partial<ExtraCosts> {
  const names = (value as readonly string[] | undefined) ?? [];
  const all = names.includes('all');
  return Object.fromEntries(
    Object.entries(EXTRA_KEYS).map(([cli, key]) => [key, all || names.includes(cli)]),
  );
}

/** The separable command's comparison with the standard conv it replaces. */
function separableNote(values: ReadonlyMap<string, OptionValue>, depthwiseMacs: number): string {
  const k = values.get('kernel') as number;
  const n = values.get('out') as number;
  const ratio = separableRatio({ kernel: k, outChannels: n });
  if (!ratio.ok) return '';
  const r = ratio.value;
  return [
    '',
    // Standard = depthwise · N: D_K²·M·N·D_G² = (D_K²·M·D_G²) · N, exact in integers.
    `Standard ${k}×${k} conv for comparison: ${formatCount(depthwiseMacs * n)} MACs.`,
    `${derivationToText(r.derivation)}`,
    `Exactly ${r.numerator}/${r.denominator}: the separable conv is ${r.speedup.toFixed(2)}× cheaper.`,
    '',
  ].join('\n');
}

/** Runs the CLI on argv (without node and the script). */
export function runCli(argv: readonly string[]): CliResult {
  try {
    const { command, values } = parseArgs(argv);
    if (values.has('help')) return { stdout: helpText(), stderr: '', code: 0 };
    if (command === null) {
      throw new UsageError(
        'name a model or a layer, e.g. mobilenet-v1 or conv --kernel 3 --in 32 --out 64 --size 112; --help lists everything.',
      );
    }
    const preset = (values.get('preset') as PresetId | undefined) ?? 'paper';
    const layer = (LAYER_COMMANDS as readonly string[]).includes(command);
    const network = commandNetwork(command, values, preset === 'keras');
    if (!network.ok)
      throw new UsageError(`${argumentOf(network.error, layer)}: ${network.error.message}`);
    const convention = values.get('convention') as Convention | undefined;
    const analysis = analyzeNetwork(network.value as Network, {
      preset,
      extras: extrasOf(values.get('count')),
      ...(convention === undefined ? {} : { convention }),
    });
    if (!analysis.ok)
      throw new UsageError(`${argumentOf(analysis.error, layer)}: ${analysis.error.message}`);
    if (values.has('json')) return { stdout: renderJson(analysis.value), stderr: '', code: 0 };
    const table = renderTable(analysis.value, {
      allLayers: values.has('all-layers'),
      explain: values.has('explain') || (layer && command !== 'mbconv'),
    });
    const note =
      command === 'separable' ? separableNote(values, analysis.value.rows[0]?.macs ?? 0) : '';
    return { stdout: table + note, stderr: '', code: 0 };
  } catch (e) {
    if (e instanceof UsageError)
      return { stdout: '', stderr: `flops: ${e.message.replace(/\s*\n\s*/g, ' ')}\n`, code: 2 };
    const message = e instanceof Error ? e.message : String(e);
    return {
      stdout: '',
      stderr: `flops: internal error: ${message.split('\n')[0] ?? ''}\n`,
      code: 1,
    };
  }
}
