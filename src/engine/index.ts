// The engine's public API: everything outside src/engine imports from here, and only from here.

// Units, errors, shapes
export type { Branded, Bytes, Flops, Macs, Params } from './units';
export { asBytes, asFlops, asMacs, asParams, isExactCount, MAX_EXACT } from './units';
export type { EngineError, ErrorCode, Result } from './errors';
export { fail, mapResult, ok, unwrap } from './errors';
export type { Shape } from './shapes';
export {
  formatShape,
  shape,
  shapeElements,
  shapePositions,
  shapesEqual,
  shapeToArray,
  vectorShape,
} from './shapes';

// Formulas and derivations
export type { Bindings, Expr } from './expr';
export {
  add,
  ceil,
  div,
  evaluate,
  floor,
  frac,
  mul,
  num,
  paren,
  pow,
  sub,
  substitute,
  sym,
  symbolsOf,
} from './expr';
export type { SymbolInfo } from './symbols';
export { SYMBOLS, symbolTex, symbolText } from './symbols';
export { exprToTex, exprToText } from './print';
export type { Derivation, DerivationParts } from './derivation';
export {
  derive,
  derivationTexParts,
  derivationTextParts,
  derivationToTex,
  derivationToText,
} from './derivation';

// Conventions and presets
export type {
  Convention,
  ElementRule,
  ExtraCost,
  ExtraCosts,
  ParamsCount,
  Preset,
  PresetId,
} from './conventions';
export {
  ALL_EXTRAS,
  CONVENTION_INFO,
  CONVENTIONS,
  ELEMENT_RULES,
  NO_EXTRAS,
  POOL_RULES,
  PRESET_IDS,
  PRESETS,
} from './conventions';

// Layers and networks as data
export type {
  ActivationName,
  ActivationSpec,
  BatchNormSpec,
  BlockPart,
  ConvSpec,
  DenseSpec,
  GlobalPoolSpec,
  LayerSpec,
  MbConvSpec,
  Network,
  NormalizeSpec,
  Padding,
  PoolSpec,
  ResidualSpec,
  SeSpec,
} from './layers/spec';
export { convCategory, convType } from './layers/conv';
export { samePadTotal, windowOut } from './layers/geometry';
export {
  expandedChannels,
  expandMbConv,
  mbconvHasResidual,
  seReducedChannels,
} from './blocks/mbconv';

// Analysis
export type {
  Analysis,
  AnalyzeOptions,
  ConvType,
  LayerKind,
  LayerRow,
  ParamSplit,
  Totals,
} from './rows';
export { analyzeNetwork } from './analyze';
export { totalsOf } from './totals';
export type { CategoryShare, Precision, ShareOptions, StageSummary } from './summaries';
export {
  activationMemory,
  categoryShares,
  partSummary,
  PRECISIONS,
  stageSummary,
  weightMemory,
} from './summaries';

// Network builders and the registry
export type { CommonOptions } from './networks/options';
export { roundChannels, roundRepeats } from './networks/options';
export type { MobileNetV1Options } from './networks/mobilenet-v1';
export { MOBILENET_V1_BLOCKS, MOBILENET_V1_MIN_WIDTH, mobilenetV1 } from './networks/mobilenet-v1';
export type { MobileNetV2Options } from './networks/mobilenet-v2';
export { MOBILENET_V2_STAGES, mobilenetV2 } from './networks/mobilenet-v2';
export type {
  EfficientNetConfig,
  EfficientNetScale,
  EfficientNetVariant,
} from './networks/efficientnet-scaling';
export {
  COMPOUND_COEFFICIENTS,
  EFFICIENTNET_COEFFICIENTS,
  EFFICIENTNET_VARIANTS,
  efficientNetScale,
} from './networks/efficientnet-scaling';
export type { EfficientNetOptions } from './networks/efficientnet';
export { EFFICIENTNET_B0_STAGES, efficientNet } from './networks/efficientnet';
export type { FamilyMember } from './networks/efficientnet-family';
export { efficientNetFamily, variantsWithin } from './networks/efficientnet-family';
export type { StageRow } from './networks/efficientnet-stages';
export { efficientNetStages } from './networks/efficientnet-stages';
export type { ResNetDepth, ResNetOptions } from './networks/resnet';
export { RESNET_BLOCKS, RESNET_DEPTHS, resnet } from './networks/resnet';
export type { VggOptions } from './networks/vgg';
export { VGG16_CONFIG, vgg16 } from './networks/vgg';
export type { ModelInfo, ModelOption, ModelOptions } from './networks/registry';
export { buildModel, findModel, MODEL_IDS, MODELS } from './networks/registry';

// The lecture's formulas, one call per slide
export type { DenseCost, DotProductCost } from './lecture/dense';
export { denseCost, dotProduct } from './lecture/dense';
export type {
  DepthwiseConvCost,
  OutputSize,
  PointwiseConvCost,
  StandardConvSteps,
} from './lecture/conv-steps';
export {
  convOutputSize,
  depthwiseConvCost,
  pointwiseConvCost,
  standardConvSteps,
} from './lecture/conv-steps';
export type { SeparableConvCost, SeparableRatio } from './lecture/separable';
export { separableConvCost, separableRatio } from './lecture/separable';
export type { SeCost } from './blocks/se-cost';
export { seCost } from './blocks/se-cost';
export type { FeatureMap, SeWeights } from './blocks/se-numeric';
export { seExcite, seScale, seSqueeze } from './blocks/se-numeric';
export type { MbConvCost, MbConvParams, MbConvPartCost } from './blocks/mbconv-cost';
export { MBCONV_PARTS, mbconvCost } from './blocks/mbconv-cost';

// Scaling
export type { CompoundScaling, CostPoint, ScalingComparison } from './scaling';
export {
  axisScaling,
  compareScaling,
  compoundScaling,
  resolutionScaling,
  widthScaling,
} from './scaling';

// Activations, randomness, formatting
export type { ActivationInfo } from './activations';
export {
  ACTIVATION_INFO,
  activate,
  hardSigmoid,
  hardSwish,
  relu,
  relu6,
  sigmoid,
  swish,
  swishMinimum,
} from './activations';
export type { Mlp } from './mlp';
export { activationMap, createRandomMlp, mlpOutput } from './mlp';
export type { Rng } from './random';
export { createRng } from './random';
export type { BytesOptions, CompactOptions, CompactUnit } from './format';
export { formatBytes, formatCompact, formatCount, formatNumber, formatPercent } from './format';

// Published figures (quoted beside the engine's values, never instead)
export type { PrintedNumber, PublishedFigure, PublishedShare } from './published/types';
export {
  MOBILENET_MISPRINTS,
  MOBILENET_V1_FIGURES,
  MOBILENET_V1_TABLE2,
} from './published/mobilenet';
export { EFFICIENTNET_TABLE2, EFFICIENTNET_TABLE3 } from './published/efficientnet';
export { REFERENCE_IMPLEMENTATIONS } from './published/references';
export { LECTURE_PARAMS_TABLE } from './published/lecture';
export { MOBILENET_V2_PAPER, SE_RESNET50_EXTRA } from './published/others';
