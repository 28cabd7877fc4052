// The quiz topics, in lecture order: the ids the slides use in `meta.quizTopic`.

/** A quiz topic's id. */
export type QuizTopicId =
  | 'dot-product'
  | 'dense-flops'
  | 'conv-output-size'
  | 'standard-conv'
  | 'depthwise'
  | 'pointwise'
  | 'separable'
  | 'separable-ratio'
  | 'width-multiplier'
  | 'resolution-multiplier'
  | 'params-vs-macs'
  | 'compound-scaling'
  | 'se-params'
  | 'mbconv-cost'
  | 'macs-flops';

/** A topic: its id, a title, a label short enough for a chart axis, and the slide that teaches it. */
export interface QuizTopic {
  readonly id: QuizTopicId;
  readonly title: string;
  readonly short: string;
  readonly slide: string;
}

/** Every topic, in the order the lecture teaches them (pure data: safe to import anywhere). */
export const QUIZ_TOPICS: readonly QuizTopic[] = [
  { id: 'dot-product', title: 'Dot product FLOPs', short: 'Dot product', slide: 'what-is-a-flop' },
  { id: 'dense-flops', title: 'Dense layer FLOPs', short: 'Dense layer', slide: 'what-is-a-flop' },
  {
    id: 'conv-output-size',
    title: 'Conv output size',
    short: 'Output size',
    slide: 'standard-conv-definitions',
  },
  {
    id: 'standard-conv',
    title: 'Standard conv MACs',
    short: 'Standard conv',
    slide: 'standard-conv-flops',
  },
  { id: 'depthwise', title: 'Depthwise conv MACs', short: 'Depthwise', slide: 'depthwise-flops' },
  { id: 'pointwise', title: 'Pointwise conv MACs', short: 'Pointwise', slide: 'pointwise-flops' },
  {
    id: 'separable',
    title: 'Depthwise separable MACs',
    short: 'Separable',
    slide: 'separable-total',
  },
  {
    id: 'separable-ratio',
    title: 'Separable vs standard: ratio and speed-up',
    short: 'Ratio, speed-up',
    slide: 'efficiency-example',
  },
  {
    id: 'width-multiplier',
    title: 'Width multiplier α',
    short: 'Width α',
    slide: 'width-multiplier',
  },
  {
    id: 'resolution-multiplier',
    title: 'Resolution multiplier ρ',
    short: 'Resolution ρ',
    slide: 'width-multiplier',
  },
  {
    id: 'params-vs-macs',
    title: 'What scales params vs mult-adds',
    short: 'Params vs MACs',
    slide: 'width-multiplier',
  },
  {
    id: 'compound-scaling',
    title: 'Compound scaling',
    short: 'Compound',
    slide: 'compound-scaling',
  },
  { id: 'se-params', title: 'SE block parameters', short: 'SE params', slide: 'se-excitation' },
  { id: 'mbconv-cost', title: 'MBConv cost per part', short: 'MBConv parts', slide: 'mbconv' },
  { id: 'macs-flops', title: 'MACs ↔ FLOPs', short: 'MACs ↔ FLOPs', slide: 'what-is-a-flop' },
];

const IDS = new Set<string>(QUIZ_TOPICS.map((topic) => topic.id));

/** Tells whether a string is a topic id. */
export function isQuizTopicId(value: unknown): value is QuizTopicId {
  return typeof value === 'string' && IDS.has(value);
}

/** The topic with an id. */
export function quizTopic(id: QuizTopicId): QuizTopic {
  const found = QUIZ_TOPICS.find((topic) => topic.id === id);
  if (!found) throw new Error(`Unknown quiz topic ${id}`);
  return found;
}
