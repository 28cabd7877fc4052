// The default output: an aligned per-layer table with thousands separators, then totals.
import {
  CONVENTION_INFO,
  PRESETS,
  derivationToText,
  formatCompact,
  formatCount,
  formatShape,
  type Analysis,
  type LayerRow,
} from '../engine/index';

/** Pads cells to aligned columns: text left, numbers right. */
export function alignColumns(
  rows: readonly (readonly string[])[],
  numeric: readonly boolean[],
): string[] {
  const widths = numeric.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) =>
    r
      .map((cell, c) => {
        const pad = ' '.repeat((widths[c] ?? 0) - [...cell].length);
        return numeric[c] ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** Tells whether a row is worth a line: it costs something or holds parameters. */
function shown(r: LayerRow, all: boolean): boolean {
  return all || r.macs > 0 || r.flops > 0 || r.params > 0 || r.split.buffers > 0;
}

/** Renders an analysis as text. */
export function renderTable(
  a: Analysis,
  options: { allLayers: boolean; explain: boolean },
): string {
  const conv = CONVENTION_INFO[a.convention];
  const costHeader = a.convention === 'macs' ? 'MACs + extras' : 'FLOPs';
  const macsOnly = a.convention === 'macs' && a.rows.every((r) => r.extraFlops === 0);
  const withStage = a.rows.some((r) => r.stage !== '');
  const rows = a.rows.filter((r) => shown(r, options.allLayers));
  const t = a.totals;
  // Columns: #, layer, type, stage?, input, output, MACs, cost?, params (the cost column only when it differs).
  const pick = (cells: string[]): string[] =>
    cells.filter((_, i) => (i !== 3 || withStage) && (i !== 7 || !macsOnly));
  const header = pick([
    '#',
    'layer',
    'type',
    'stage',
    'input',
    'output',
    'MACs',
    costHeader,
    'params',
  ]);
  const numeric = pick(['1', '', '', '', '', '', '1', '1', '1']).map((c) => c === '1');
  const body = rows.map((r) =>
    pick([
      String(r.index + 1),
      r.name,
      r.type,
      r.stage,
      formatShape(r.inputShape),
      formatShape(r.outputShape),
      formatCount(r.macs),
      formatCount(r.flops),
      formatCount(r.params),
    ]),
  );
  const totals = pick([
    '',
    'total',
    '',
    '',
    formatShape(a.input),
    formatShape(a.output),
    formatCount(t.macs),
    formatCount(t.flops),
    formatCount(t.params),
  ]);
  const lines = alignColumns([header, ...body, totals], numeric);
  const rule = '─'.repeat(Math.max(...lines.map((l) => [...l].length)));
  const out = [
    `${a.network.title}: ${conv.label}, preset ${PRESETS[a.preset].label}`,
    '',
    lines[0] ?? '',
    rule,
    ...lines.slice(1, -1),
    rule,
    lines.at(-1) ?? '',
  ];
  const hidden = a.rows.length - rows.length;
  out.push(
    '',
    `MACs             ${formatCount(t.macs)}  (${formatCompact(t.macs)})`,
    ...(macsOnly
      ? []
      : [
          `${costHeader.padEnd(16)} ${formatCount(t.flops)}  (${formatCompact(t.flops)}; ${conv.rule})`,
        ]),
    `params           ${formatCount(t.params)} trainable  (weights ${formatCount(t.weights)}, biases ${formatCount(t.biases)}, BN γ/β ${formatCount(t.batchNormParams)})`,
    `buffers          ${formatCount(t.buffers)} (BN running mean/variance; not trainable)`,
    `${(PRESETS[a.preset].label + ' params').padEnd(16)} ${formatCount(a.reportedParams)}  (${formatCompact(a.reportedParams)})`,
  );
  if (hidden > 0)
    out.push(
      `(${hidden} layers that cost nothing under this count are not listed; --all-layers lists them)`,
    );
  for (const w of a.warnings) out.push(`warning: ${w.message}`);
  if (options.explain) {
    out.push('', 'Derivations:');
    for (const r of rows) {
      out.push(`  ${r.name}: ${derivationToText(r.derivation)}`);
      if (r.params > 0)
        out.push(`  ${' '.repeat(r.name.length)}  ${derivationToText(r.paramsDerivation)}`);
    }
  }
  return out.join('\n') + '\n';
}
