// "Explain the gap": one network under the paper's, torchvision's and Keras's conventions, and why they differ.
import {
  analyzeNetwork,
  buildModel,
  EFFICIENTNET_TABLE2,
  findModel,
  MOBILENET_V1_FIGURES,
  PRESETS,
  REFERENCE_IMPLEMENTATIONS,
  type Analysis,
  type ModelOptions,
  type Network,
  type PresetId,
  type PrintedNumber,
  type PublishedFigure,
} from '../engine/index';
import { trimOptions } from './model-options';

/** One source's view of the network. */
export interface GapColumn {
  readonly preset: PresetId;
  readonly label: string;
  readonly network: Network;
  readonly resolution: string;
  readonly params: number;
  readonly macs: number;
  /** What the source calls its cost figure. */
  readonly costName: string;
  /** The source's own printed figure for this exact network, if it publishes one. */
  readonly published: PublishedFigure | null;
  readonly note: string;
}

/** One reason for a difference, with the size of its effect. */
export interface GapReason {
  readonly title: string;
  readonly detail: string;
}

/** The comparison. */
export interface Gap {
  readonly columns: readonly GapColumn[];
  readonly reasons: readonly GapReason[];
}

const COST_NAMES: Readonly<Record<PresetId, string>> = {
  paper: 'mult-adds ("FLOPs" in EfficientNet)',
  torchvision: '"GFLOPS" (MACs)',
  keras: 'MACs (Keras prints no FLOPs)',
};

/** Tells whether a published figure was built with exactly these model options. */
function sameBuild(figure: PublishedFigure, model: string, options: ModelOptions): boolean {
  if (figure.build?.model !== model) return false;
  const info = findModel(model);
  if (!info) return false;
  const a = trimOptions(info, figure.build.options);
  const b = trimOptions(info, options);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every(
    (k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k],
  );
}

/**
 * Finds a source's figure for a model built with these options. Of several, the first whose cost is
 * within 10 % of the engine's (MobileNet's Table 4 also lists the full-conv variant under the same build).
 */
function publishedFor(
  preset: PresetId,
  model: string,
  options: ModelOptions,
  macs: number,
): PublishedFigure | null {
  const list =
    preset === 'paper'
      ? [...MOBILENET_V1_FIGURES, ...EFFICIENTNET_TABLE2]
      : REFERENCE_IMPLEMENTATIONS.filter((f) =>
          f.id.startsWith(preset === 'torchvision' ? 'torchvision-' : 'keras-'),
        );
  const near = (f: PublishedFigure) =>
    f.macs === undefined || Math.abs(f.macs.value - macs) <= 0.1 * macs;
  return list.find((f) => sameBuild(f, model, options) && near(f)) ?? null;
}

/** The resolution of a network's input, as "224 × 224". */
function resolutionOf(network: Network): string {
  return network.input.spatial.length === 0 ? 'vector input' : network.input.spatial.join(' × ');
}

function column(
  preset: PresetId,
  network: Network,
  analysis: Analysis,
  published: PublishedFigure | null,
): GapColumn {
  return {
    preset,
    label: PRESETS[preset].label,
    network,
    resolution: resolutionOf(network),
    params: analysis.reportedParams,
    macs: analysis.totals.macs,
    costName: COST_NAMES[preset],
    published,
    note: PRESETS[preset].note,
  };
}

/** The network each source evaluates, and the options to look its figure up by. */
interface SourceNetwork {
  readonly network: Network;
  readonly options: ModelOptions | null;
}

/** torchvision evaluates some models at their own resolution (B2 at 288); Keras adds an input normalization layer. */
function sourceNetworks(
  model: string,
  options: ModelOptions,
  base: Network,
): Record<PresetId, SourceNetwork> {
  const info = findModel(model);
  const tvFigure = REFERENCE_IMPLEMENTATIONS.find(
    (f) => f.id.startsWith('torchvision-') && f.build?.model === model,
  );
  let tv: SourceNetwork = { network: base, options };
  if (
    tvFigure?.resolution !== undefined &&
    options.resolution === undefined &&
    tvFigure.resolution !== info?.defaultResolution
  ) {
    const tvOptions = { ...options, resolution: tvFigure.resolution };
    const built = buildModel(model, tvOptions);
    if (built.ok) tv = { network: built.value, options: tvOptions };
  }
  let keras: SourceNetwork = { network: base, options };
  if (info?.options.includes('inputNormalization') && options.inputNormalization === undefined) {
    const kerasOptions = { ...options, inputNormalization: true };
    const built = buildModel(model, kerasOptions);
    if (built.ok) keras = { network: built.value, options: kerasOptions };
  }
  return { paper: { network: base, options }, torchvision: tv, keras };
}

/** Compares the three sources on a network (a registry model gets each source's own variant). */
export function explainGap(
  base: Network,
  model: { id: string; options: ModelOptions } | null,
): Gap | null {
  const same: SourceNetwork = { network: base, options: null };
  const nets = model
    ? sourceNetworks(model.id, model.options, base)
    : { paper: same, torchvision: same, keras: same };
  const columns: GapColumn[] = [];
  const analyses: Partial<Record<PresetId, Analysis>> = {};
  for (const preset of ['paper', 'torchvision', 'keras'] as const) {
    const { network, options } = nets[preset];
    const result = analyzeNetwork(network, { preset });
    if (!result.ok) return null;
    analyses[preset] = result.value;
    const published =
      model && options ? publishedFor(preset, model.id, options, result.value.totals.macs) : null;
    columns.push(column(preset, network, result.value, published));
  }
  return { columns, reasons: gapReasons(base, columns, analyses as Record<PresetId, Analysis>) };
}

/** Prints a count with thousands separators. */
const n = (x: number): string => Math.round(x).toLocaleString('en-US');

/** A printed number with its unit: "569" printed for millions reads "569 M". */
export function printedText(p: PrintedNumber): string {
  if (/[a-z]/i.test(p.printed)) return p.printed;
  const ratio = p.value / Number(p.printed.replace(/,/g, ''));
  const unit = ratio > 5e8 ? ' B' : ratio > 5e5 ? ' M' : ratio > 500 ? ' K' : '';
  return `${p.printed}${unit}`;
}

/** Compares a printed figure with the engine's count: exact, within rounding, or more than rounding explains. */
function compare(p: PrintedNumber, exact: number): string {
  const verdict =
    p.value === exact && p.step <= 1
      ? 'matches exactly'
      : Math.abs(exact - p.value) <= p.step / 2
        ? 'the difference is rounding'
        : 'more than rounding explains';
  return `printed ${printedText(p)}, the engine counts ${n(exact)}: ${verdict}`;
}

/** Says why the columns differ, each reason with its size in this network. */
function gapReasons(
  base: Network,
  columns: readonly GapColumn[],
  a: Readonly<Record<PresetId, Analysis>>,
): GapReason[] {
  const reasons: GapReason[] = [
    {
      title: 'Same operations, three names',
      detail:
        'All three count multiply-accumulates of conv and dense layers (SE\u2019s two FCs included) and nothing else: no BN, activations, pooling or SE scale. The MobileNet paper calls them mult-adds, the EfficientNet paper "FLOPs", torchvision "GFLOPS". Under the lecture\u2019s FLOPs (every mult and add) the figures would be about twice as large.',
    },
  ];
  const paper = a.paper.totals;
  if (paper.batchNormParams > 0) {
    const counted = base.paperCountsBatchNorm ?? true;
    reasons.push({
      title: 'BN γ and β counted or not',
      detail: counted
        ? `The paper and torchvision both count BN\u2019s γ and β (${n(paper.batchNormParams)} values) as parameters.`
        : `The paper leaves out BN\u2019s γ and β (${n(paper.batchNormParams)} values); torchvision (p.numel()) and Keras count them: ${n(a.paper.reportedParams)} → ${n(a.torchvision.totals.params)}.`,
    });
  }
  const keras = a.keras.totals;
  if (keras.buffers > 0) {
    const normalize = a.keras.rows
      .filter((r) => r.kind === 'normalize')
      .reduce((s, r) => s + r.split.buffers, 0);
    const running = keras.buffers - normalize;
    reasons.push({
      title: 'Running statistics',
      detail: `Keras\u2019s "Total params" adds what is stored but not trained: BN\u2019s moving mean and variance (${n(running)} values, 2 per channel per BN layer)${normalize > 0 ? ` and its input Normalization layer (${n(normalize)} values: mean and variance per channel and a count)` : ''}. PyTorch keeps these as buffers and leaves them out of p.numel().`,
    });
  }
  const [pc, tc] = [columns[0], columns[1]];
  if (pc && tc && pc.resolution !== tc.resolution) {
    reasons.push({
      title: 'Resolution',
      detail: `torchvision evaluates this model at ${tc.resolution} instead of the paper\u2019s ${pc.resolution}: cost grows with the number of pixels, ${n(pc.macs)} → ${n(tc.macs)} MACs (× ${(tc.macs / pc.macs).toFixed(3)}).`,
    });
  }
  for (const c of columns) {
    const p = c.published;
    if (!p) continue;
    const parts: string[] = [];
    if (p.macs) parts.push(`cost ${compare(p.macs, c.macs)}`);
    if (p.params) parts.push(`params ${compare(p.params, c.params)}`);
    reasons.push({
      title: `As printed: ${c.label}`,
      detail: `${p.source}: ${parts.join('; ')}.${p.note ? ` ${p.note}` : ''}`,
    });
  }
  return reasons;
}
