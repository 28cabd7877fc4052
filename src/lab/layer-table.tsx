import { memo, useMemo } from 'react';
import { formatCount, formatShape } from '../engine/index';
import { costName, type Counting, type LabAnalysis, type LabRow } from './counting';
import { countingNote, showsCost, sortRows, type SortKey } from './lab-table';
import { useLabStore } from './lab-store';

/** Rows shown before "Show all". */
export const ROW_LIMIT = 120;

interface Column {
  readonly key: SortKey;
  readonly label: string;
  readonly numeric: boolean;
}

interface RowProps {
  readonly r: LabRow;
  readonly cost: boolean;
  readonly scale: number;
}

/** Rows are new objects after every analysis; a row re-renders only when what it shows changed. */
function sameRow(a: RowProps, b: RowProps): boolean {
  const x = a.r.row;
  const y = b.r.row;
  return (
    a.cost === b.cost &&
    a.scale === b.scale &&
    a.r.cost === b.r.cost &&
    a.r.share === b.r.share &&
    x.index === y.index &&
    x.name === y.name &&
    x.stage === y.stage &&
    x.category === y.category &&
    x.params === y.params &&
    x.macs === y.macs &&
    formatShape(x.inputShape) === formatShape(y.inputShape) &&
    formatShape(x.outputShape) === formatShape(y.outputShape)
  );
}

const Row = memo(function Row({ r, cost, scale }: RowProps) {
  const row = r.row;
  return (
    <tr>
      <td className="n">{row.index + 1}</td>
      <td className="lab-cell-name">{row.name}</td>
      <td>{row.stage}</td>
      <td>{row.category}</td>
      <td className="n lab-shape">{formatShape(row.inputShape)}</td>
      <td className="n lab-shape">{formatShape(row.outputShape)}</td>
      <td className="n">{formatCount(row.params)}</td>
      <td className="n">{formatCount(row.macs)}</td>
      {cost ? <td className="n">{formatCount(r.cost)}</td> : null}
      <td className="n">
        <span className="lab-share">
          <span
            className="lab-share-bar"
            style={{ width: `${Math.min(100, r.share * scale * 100)}%` }}
          />
          <span className="lab-share-text">{(r.share * 100).toFixed(2)} %</span>
        </span>
      </td>
    </tr>
  );
}, sameRow);

// The per-layer table: sortable, with the totals; long networks show the first rows until "Show all".
export const LayerTable = memo(function LayerTable({
  lab,
  counting,
  title,
}: {
  lab: LabAnalysis;
  counting: Counting;
  title: string;
}) {
  const sort = useLabStore((s) => s.sort);
  const showAll = useLabStore((s) => s.showAll);
  const { setSort, setShowAll } = useLabStore.getState();
  const sorted = useMemo(() => sortRows(lab.rows, sort), [lab.rows, sort]);
  const cost = showsCost(counting);
  // Bars are drawn against the largest share, so small networks' bars stay visible.
  const scale = useMemo(() => 1 / Math.max(1e-12, ...lab.rows.map((r) => r.share)), [lab.rows]);
  const name = costName(counting.convention);
  const columns: Column[] = [
    { key: 'index', label: '#', numeric: true },
    { key: 'name', label: 'Layer', numeric: false },
    { key: 'stage', label: 'Stage', numeric: false },
    { key: 'category', label: 'Type', numeric: false },
    { key: 'output', label: 'Input', numeric: true },
    { key: 'output', label: 'Output', numeric: true },
    { key: 'params', label: 'Params', numeric: true },
    { key: 'macs', label: 'MACs', numeric: true },
    ...(cost ? [{ key: 'cost' as const, label: name, numeric: true }] : []),
    { key: 'cost', label: `Share of ${cost ? name : 'MACs'}`, numeric: true },
  ];
  const shown = showAll ? sorted : sorted.slice(0, ROW_LIMIT);
  const clickSort = (key: SortKey) =>
    setSort(
      sort.key === key
        ? { key, descending: !sort.descending }
        : {
            key,
            descending: key !== 'index' && key !== 'name' && key !== 'stage' && key !== 'category',
          },
    );
  return (
    <div className="lab-table-wrap">
      <p className="lab-table-caption" aria-hidden="true">
        {title}: {lab.rows.length} layers. {countingNote(counting)} Click a column header to sort.
      </p>
      <div className="lab-scroll lab-results-scroll">
        <table className="data lab-results-table">
          <caption className="sr-only">
            {title}: {lab.rows.length} layers. {countingNote(counting)}
          </caption>
          <thead>
            <tr>
              {columns.map((c, i) => {
                const sortable = c.label !== 'Input';
                const active =
                  sortable && sort.key === c.key && !(c.label.startsWith('Share') && cost);
                return (
                  <th
                    key={i}
                    scope="col"
                    className={c.numeric ? 'n' : undefined}
                    aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  >
                    {sortable ? (
                      <button type="button" className="lab-sort" onClick={() => clickSort(c.key)}>
                        {c.label}
                        <span aria-hidden="true">
                          {active ? (sort.descending ? ' ▼' : ' ▲') : ''}
                        </span>
                      </button>
                    ) : (
                      c.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <Row key={r.row.index} r={r} cost={cost} scale={scale} />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={6}>
                Total ({lab.rows.length} layers; params per layer are trainable)
              </th>
              <td className="n">{formatCount(lab.analysis.totals.params)}</td>
              <td className="n">{formatCount(lab.totalMacs)}</td>
              {cost ? <td className="n">{formatCount(lab.totalCost)}</td> : null}
              <td className="n">100.00 %</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {sorted.length > ROW_LIMIT ? (
        <button
          type="button"
          className="lab-show-all"
          aria-pressed={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? `Show the first ${ROW_LIMIT} rows` : `Show all ${sorted.length} rows`}
        </button>
      ) : null}
    </div>
  );
});
