// Every topic's generator, by topic id.
import type { QuizTopicId } from '../topics';
import { compoundScalingGenerator } from './compound';
import {
  depthwiseGenerator,
  pointwiseGenerator,
  separableGenerator,
  standardConvGenerator,
} from './conv-costs';
import { convOutputSizeGenerator } from './conv-size';
import { denseFlopsGenerator, dotProductGenerator } from './flops-basics';
import type { TopicGenerator } from './generator';
import { macsFlopsGenerator } from './macs-flops';
import { mbconvCostGenerator } from './mbconv';
import { resolutionMultiplierGenerator, widthMultiplierGenerator } from './multipliers';
import { paramsVsMacsGenerator } from './params-vs-macs';
import { separableRatioGenerator } from './ratio';
import { seParamsGenerator } from './se';

/** The generator of each topic. */
export const GENERATORS: Readonly<Record<QuizTopicId, TopicGenerator>> = {
  'dot-product': dotProductGenerator,
  'dense-flops': denseFlopsGenerator,
  'conv-output-size': convOutputSizeGenerator,
  'standard-conv': standardConvGenerator,
  depthwise: depthwiseGenerator,
  pointwise: pointwiseGenerator,
  separable: separableGenerator,
  'separable-ratio': separableRatioGenerator,
  'width-multiplier': widthMultiplierGenerator,
  'resolution-multiplier': resolutionMultiplierGenerator,
  'params-vs-macs': paramsVsMacsGenerator,
  'compound-scaling': compoundScalingGenerator,
  'se-params': seParamsGenerator,
  'mbconv-cost': mbconvCostGenerator,
  'macs-flops': macsFlopsGenerator,
};
