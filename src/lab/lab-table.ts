// The per-layer table: its columns, sorting, and the same table as an export (CSV, Markdown, LaTeX).
import { CONVENTION_INFO, formatShape, shapeElements } from '../engine/index';
import {
  costName,
  EXTRA_SWITCHES,
  PARAMS_MODES,
  type Counting,
  type LabAnalysis,
  type LabRow,
} from './counting';
import type { Cell, ExportTable } from './export-formats';

/** The columns the table sorts by. */
export type SortKey =
  'index' | 'name' | 'stage' | 'category' | 'output' | 'params' | 'macs' | 'cost';

/** A sort order. */
export interface SortOrder {
  readonly key: SortKey;
  readonly descending: boolean;
}

/** The value a row sorts by under a key. */
function sortValue(r: LabRow, key: SortKey): number | string {
  switch (key) {
    case 'index':
      return r.row.index;
    case 'name':
      return r.row.name;
    case 'stage':
      return r.row.stage;
    case 'category':
      return r.row.category;
    case 'output':
      return shapeElements(r.row.outputShape);
    case 'params':
      return r.row.params;
    case 'macs':
      return r.row.macs;
    case 'cost':
      return r.cost;
  }
}

/** Sorts rows (stable: ties keep network order). */
export function sortRows(rows: readonly LabRow[], order: SortOrder): readonly LabRow[] {
  if (order.key === 'index' && !order.descending) return rows;
  const sign = order.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, order.key);
    const y = sortValue(b, order.key);
    const c =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return c !== 0 ? sign * c : a.row.index - b.row.index;
  });
}

/** Tells whether the counted cost differs from plain MACs (another convention or extra costs). */
export function showsCost(counting: Counting): boolean {
  return counting.convention !== 'macs' || Object.values(counting.extras).some(Boolean);
}

/** The counting in words, for captions and exports: "FLOPs (mults + adds), batch norm counted". */
export function countingNote(counting: Counting): string {
  const extras = EXTRA_SWITCHES.filter((s) => counting.extras[s.key]).map((s) =>
    s.label.toLowerCase(),
  );
  const bias =
    counting.convention === 'flops'
      ? counting.countBias
        ? ', bias adds counted'
        : ', bias adds not counted'
      : '';
  const params = PARAMS_MODES.find((m) => m.id === counting.params)?.label ?? counting.params;
  return `Cost: ${CONVENTION_INFO[counting.convention].label}${bias}; extra costs: ${extras.length > 0 ? extras.join(', ') : 'none'}. Params: ${params.toLowerCase()} in the total; per layer, trainable.`;
}

/** The table as an export: every row in network order, with a totals row. */
export function exportTable(title: string, lab: LabAnalysis, counting: Counting): ExportTable {
  const withCost = showsCost(counting);
  const cost = withCost ? costName(counting.convention) : 'MACs';
  const columns = [
    { header: '#', numeric: true },
    { header: 'Layer', numeric: false },
    { header: 'Stage', numeric: false },
    { header: 'Type', numeric: false },
    { header: 'Input', numeric: false },
    { header: 'Output', numeric: false },
    { header: 'Params', numeric: true },
    { header: 'MACs', numeric: true },
    ...(withCost ? [{ header: cost, numeric: true }] : []),
    { header: `Share of ${cost} (%)`, numeric: true },
  ];
  const rows: Cell[][] = lab.rows.map((r) => [
    r.row.index + 1,
    r.row.name,
    r.row.stage,
    r.row.category,
    formatShape(r.row.inputShape, 'x'),
    formatShape(r.row.outputShape, 'x'),
    r.row.params,
    r.row.macs,
    ...(withCost ? [r.cost] : []),
    Number((r.share * 100).toFixed(2)),
  ]);
  const trainable = lab.analysis.totals.params;
  const totals: Cell[] = [
    '',
    'Total',
    '',
    '',
    '',
    '',
    trainable,
    lab.totalMacs,
    ...(withCost ? [lab.totalCost] : []),
    100,
  ];
  const note = `${countingNote(counting)} Headline params (${PARAMS_MODES.find((m) => m.id === counting.params)?.label ?? ''}): ${lab.params}.`;
  return { title, note, columns, rows, totals };
}
