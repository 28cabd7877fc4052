// The --json output: exact integers, the shape the issue specifies (and a few more fields).
import { shapeToArray, type Analysis } from '../engine/index';

/** Renders an analysis as JSON text. */
export function renderJson(a: Analysis): string {
  const t = a.totals;
  const doc = {
    model: a.network.id,
    title: a.network.title,
    input: shapeToArray(a.input),
    convention: a.convention,
    preset: a.preset,
    totals: {
      macs: t.macs,
      flops: t.flops,
      params: t.params,
      batchNormParams: t.batchNormParams,
      buffers: t.buffers,
      reportedParams: a.reportedParams,
    },
    layers: a.rows.map((r) => ({
      name: r.name,
      kind: r.kind,
      type: r.type,
      stage: r.stage,
      inputShape: shapeToArray(r.inputShape),
      outputShape: shapeToArray(r.outputShape),
      macs: r.macs,
      flops: r.flops,
      params: r.params,
    })),
    warnings: a.warnings.map((w) => w.message),
  };
  // Shapes print on one line: "inputShape": [224, 224, 3].
  const text = JSON.stringify(doc, null, 2).replace(
    /\[\s+([\d,\s]*?)\s+\]/g,
    (_, items: string) => `[${items.split(/,\s*/).join(', ')}]`,
  );
  return `${text}\n`;
}
