// Builds the network a command names: a model of the registry or a single layer.
import {
  findModel,
  MODEL_IDS,
  type ModelOption,
  type ModelOptions,
  type Network,
  type Result,
} from '../engine/index';
import { layerNetwork, LAYER_COMMANDS } from './layers';
import { UsageError, type OptionValue } from './parse';

/** CLI option name → registry option. */
const MODEL_OPTION: Readonly<Record<string, ModelOption>> = {
  width: 'width',
  resolution: 'resolution',
  classes: 'classes',
  'in-channels': 'inChannels',
  '3d': 'dims',
  frames: 'frames',
  phi: 'phi',
  alpha: 'alpha',
  beta: 'beta',
  gamma: 'gamma',
};

/** Registry option → CLI option name, for error messages. */
export const CLI_NAME: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(MODEL_OPTION).map(([cli, key]) => [key, `--${cli}`]),
);

/** The commands, for messages and --help. */
export const COMMANDS: readonly string[] = [...MODEL_IDS, ...LAYER_COMMANDS];

/** Builds the network of a command from the parsed options. */
export function commandNetwork(
  command: string,
  values: ReadonlyMap<string, OptionValue>,
  keras: boolean,
): Result<Network> {
  if ((LAYER_COMMANDS as readonly string[]).includes(command)) return layerNetwork(command, values);
  const model = findModel(command);
  if (model === undefined) {
    throw new UsageError(`unknown model or layer "${command}"; allowed: ${COMMANDS.join(', ')}.`);
  }
  const options: Record<string, unknown> = {};
  for (const [name, value] of values) {
    const key = MODEL_OPTION[name];
    if (key === undefined) {
      if (['convention', 'preset', 'count', 'json', 'explain', 'all-layers', 'help'].includes(name))
        continue;
      throw new UsageError(
        `--${name} does not apply to ${command}; it is for single layers (conv, dense, separable, se, mbconv).`,
      );
    }
    if (!model.options.includes(key)) {
      const allowed = model.options.map((o) => CLI_NAME[o]).filter((o) => o !== undefined);
      throw new UsageError(
        `--${name} does not apply to ${command}; its options are ${allowed.join(', ')}.`,
      );
    }
    options[key] = key === 'dims' ? 3 : value;
  }
  if (command === 'efficientnet' && !values.has('phi')) {
    throw new UsageError(
      'efficientnet needs --phi <φ> (e.g. --phi 1); for a released variant use efficientnet-b0 … efficientnet-b7.',
    );
  }
  if (values.has('frames') && !values.has('3d'))
    throw new UsageError('--frames applies only with --3d.');
  if (keras && model.options.includes('inputNormalization')) options.inputNormalization = true;
  return model.build(options as ModelOptions);
}
