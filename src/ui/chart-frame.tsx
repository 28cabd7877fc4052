import { Suspense, useId, type ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';

export interface ChartFrameProps {
  /** What the chart shows, read by screen readers and printed as the caption. */
  readonly title: string;
  /** The chart itself (Recharts, loaded with the slide). */
  readonly children: ReactNode;
  /** The same numbers as a table, for screen readers and print. */
  readonly table: ReactNode;
  /** Where published numbers come from. */
  readonly source?: ReactNode;
  /** Height of the plot area in rem; fixed so that changing numbers never shift the layout. */
  readonly height?: number;
}

/**
 * A chart with its numbers available as a table. The table is in the DOM (visually folded),
 * so screen readers and print always have the numbers.
 */
export function ChartFrame({ title, children, table, source, height = 14 }: ChartFrameProps) {
  const id = useId();
  return (
    <figure className="chart-frame" aria-labelledby={id}>
      <figcaption id={id} className="chart-title">
        {title}
      </figcaption>
      <div className="chart-plot" style={{ height: `${height}rem` }}>
        <ErrorBoundary what="this chart">
          <Suspense fallback={<p className="loading">Loading the chart…</p>}>{children}</Suspense>
        </ErrorBoundary>
      </div>
      <details className="chart-table">
        <summary>Numbers as a table</summary>
        {table}
      </details>
      {source ? <p className="source">{source}</p> : null}
    </figure>
  );
}
