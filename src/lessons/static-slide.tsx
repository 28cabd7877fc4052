import { useMemo } from 'react';
import { parseParams } from '../store/param-schema';
import type { SlideEntry } from './deck';
import type { FillState } from './fill';
import { SlideView } from './slide-view';

const ALL_FILLS: FillState = { shown: null, reveal: () => undefined };
const ignore = () => undefined;

export interface StaticSlideProps {
  readonly entry: SlideEntry;
  /** The slide's link query; invalid values fall back to the nearest valid ones. */
  readonly query: Readonly<Record<string, string>>;
  readonly fills?: FillState;
  /** Show the parameter values as read-only controls. */
  readonly controls?: boolean;
}

// A slide shown from a link query, without editing: previews, audience windows, handouts.
export function StaticSlide({
  entry,
  query,
  fills = ALL_FILLS,
  controls = false,
}: StaticSlideProps) {
  const queryKey = new URLSearchParams(query).toString();
  const values = useMemo(
    () => parseParams(entry.meta.params, query).values,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- queryKey stands for query
    [entry, queryKey],
  );
  return (
    <SlideView entry={entry} values={values} onChange={ignore} fills={fills} controls={controls} />
  );
}
