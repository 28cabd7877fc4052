// MobileNetV1 at a width α and a resolution, analysed by the engine once per (α, resolution).
import {
  analyzeNetwork,
  mobilenetV1,
  type Analysis,
  type Network,
  type Result,
} from '../../engine/index';

/** A built network and its analysis (the paper's counting: mult-adds, params without BN). */
export interface MobileNetAnalysis {
  readonly network: Network;
  readonly analysis: Analysis;
}

const cache = new Map<string, Result<MobileNetAnalysis>>();
const LIMIT = 256;

/** Builds and analyses MobileNetV1 α-res; remembers recent results so a slider moving back is free. */
export function analyzeMobileNet(alpha: number, resolution: number): Result<MobileNetAnalysis> {
  const key = `${alpha}|${resolution}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const network = mobilenetV1({ width: alpha, resolution });
  let result: Result<MobileNetAnalysis>;
  if (!network.ok) result = network;
  else {
    const analysis = analyzeNetwork(network.value);
    result = analysis.ok
      ? { ok: true, value: { network: network.value, analysis: analysis.value } }
      : analysis;
  }
  if (cache.size >= LIMIT) cache.delete(cache.keys().next().value ?? key);
  cache.set(key, result);
  return result;
}
