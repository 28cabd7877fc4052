import type { ParamSpec } from '../../store/param-schema';

// The small SE example of slides 26 and 27: its channels, reduction ratio and map size.
export const SE_EXAMPLE_PARAMS: readonly ParamSpec[] = [
  {
    key: 'C',
    symbol: 'C',
    label: 'channels (example)',
    kind: 'int',
    min: 2,
    max: 8,
    step: 1,
    default: 4,
  },
  {
    key: 'r',
    symbol: 'r',
    label: 'reduction ratio',
    kind: 'int',
    min: 1,
    max: 8,
    step: 1,
    default: 2,
  },
  {
    key: 'H',
    symbol: 'H',
    label: 'height (example)',
    kind: 'int',
    min: 2,
    max: 6,
    step: 1,
    default: 4,
  },
  {
    key: 'W',
    symbol: 'W',
    label: 'width (example)',
    kind: 'int',
    min: 2,
    max: 6,
    step: 1,
    default: 4,
  },
];
