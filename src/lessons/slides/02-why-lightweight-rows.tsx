// Slide 2's numbers: the lecture's 2D/3D table beside the engine's counts of the same networks.
import {
  analyzeNetwork,
  buildModel,
  LECTURE_PARAMS_TABLE,
  REFERENCE_IMPLEMENTATIONS,
  type ModelOptions,
  type PrintedNumber,
} from '../../engine/index';

/** The models of the lecture's table, in its order, with their registry ids. */
export const MODELS = [
  { id: 'vgg-16', name: 'VGG-16' },
  { id: 'resnet-18', name: 'ResNet-18' },
  { id: 'resnet-34', name: 'ResNet-34' },
  { id: 'resnet-50', name: 'ResNet-50' },
  { id: 'resnet-101', name: 'ResNet-101' },
  { id: 'resnet-152', name: 'ResNet-152' },
] as const;

/** The 2D column of the lecture: 16 stacked RGB frames as one 48-channel image. */
export const STACKED_CHANNELS = 48;

/** One model: the lecture's print, the engine's count at the chosen classes, ImageNet for scale. */
export interface ModelRow {
  readonly id: string;
  readonly name: string;
  readonly lecture2d: PrintedNumber | undefined;
  readonly lecture3d: PrintedNumber | undefined;
  /** Why the engine does not reproduce the lecture's 3D figure, when it does not. */
  readonly note3d: string | undefined;
  readonly engine2d: number | null;
  readonly engine3d: number | null;
}

/** ImageNet-1k (1000 classes, RGB): torchvision's print and the engine's count. */
export interface ImageNetRow {
  readonly id: string;
  readonly name: string;
  readonly torchvision: PrintedNumber | undefined;
  readonly engine: number | null;
}

/** Trainable params of a registry model (weights + biases + BN γ/β), or null if it cannot be built. */
function params(id: string, options: ModelOptions): number | null {
  const network = buildModel(id, options);
  if (!network.ok) return null;
  const analysis = analyzeNetwork(network.value);
  return analysis.ok ? analysis.value.totals.params : null;
}

/** A network without its classifier: the params that do not depend on the classes, and the classifier's input length. */
interface Body {
  readonly params: number;
  readonly features: number;
}

const bodies = new Map<string, Body | null>();

/** The body of a model in 2D or 3D, analysed once (the class count only changes the last FC layer). */
function body(id: string, dims: 2 | 3): Body | null {
  const key = `${id}:${dims}`;
  const hit = bodies.get(key);
  if (hit !== undefined) return hit;
  const options: ModelOptions =
    dims === 3 ? { classes: 1, dims: 3 } : { classes: 1, inChannels: STACKED_CHANNELS };
  const network = buildModel(id, options);
  const analysis = network.ok ? analyzeNetwork(network.value) : null;
  const last = analysis?.ok ? analysis.value.rows.findLast((r) => r.kind === 'dense') : undefined;
  const value =
    analysis?.ok && last
      ? { params: analysis.value.totals.params - last.params, features: last.inputShape.channels }
      : null;
  bodies.set(key, value);
  return value;
}

/** The engine's params of the classifier FC (features → classes, with bias). */
function classifier(features: number, classes: number): number | null {
  const analysis = analyzeNetwork({
    id: 'classifier',
    title: 'Classifier',
    input: { spatial: [], channels: features },
    layers: [{ kind: 'dense', name: 'fc', out: classes, bias: true }],
  });
  return analysis.ok ? analysis.value.totals.params : null;
}

/** Params of a model for a number of classes: its body (analysed once) plus its classifier. */
function paramsFor(id: string, dims: 2 | 3, classes: number): number | null {
  const b = body(id, dims);
  const head = b ? classifier(b.features, classes) : null;
  return b && head !== null ? b.params + head : null;
}

const lecture = (id: string) => LECTURE_PARAMS_TABLE.find((f) => f.id === id);

// Rows by number of classes, kept: the slider revisits values.
const cache = new Map<number, readonly ModelRow[]>();

/**
 * The table's rows for a number of classes (2D: 48 input channels; 3D: t × k × k kernels, 16
 * frames). Each model is analysed once; a new class count re-analyses only its classifier.
 */
export function modelRows(classes: number): readonly ModelRow[] {
  const hit = cache.get(classes);
  if (hit) return hit;
  const rows = MODELS.map(({ id, name }) => {
    const f3 = lecture(`${id}-3d`);
    return {
      id,
      name,
      lecture2d: lecture(`${id}-2d`)?.params,
      lecture3d: f3?.params,
      note3d: f3?.note?.startsWith('Not reproduced') ? f3.note : undefined,
      engine2d: paramsFor(id, 2, classes),
      engine3d: paramsFor(id, 3, classes),
    };
  });
  if (cache.size > 64) cache.clear();
  cache.set(classes, rows);
  return rows;
}

let imagenet: readonly ImageNetRow[] | undefined;

/** ImageNet-1k params (independent of the slide's controls, computed once). */
export function imagenetRows(): readonly ImageNetRow[] {
  imagenet ??= MODELS.map(({ id, name }) => ({
    id,
    name,
    torchvision: REFERENCE_IMPLEMENTATIONS.find((f) => f.id === `torchvision-${id}`)?.params,
    engine: params(id, { classes: 1000 }),
  }));
  return imagenet;
}

/** Millions with one decimal, as the lecture prints them. */
export function millions(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : (n / 1e6).toFixed(1);
}
