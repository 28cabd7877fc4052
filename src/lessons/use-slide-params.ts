import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSlideMemory } from '../store/slide-memory';
import type { SlideEntry } from './deck';
import { navigate } from '../store/location';
import { formatParams, parseParams, type ParamValue } from '../store/param-schema';

/**
 * Reads a slide's parameters from its link; writes changes back to the link (no history entry).
 * `prefix` is the path before the slide id: [] for the deck, ['presenter'] for the presenter.
 */
export function useSlideParams(
  entry: SlideEntry,
  query: Readonly<Record<string, string>>,
  prefix: readonly string[] = [],
) {
  const { id, params } = entry.meta;
  const remember = useSlideMemory((state) => state.remember);
  const queryKey = new URLSearchParams(query).toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- queryKey stands for query
  const parsed = useMemo(() => parseParams(params, query), [params, queryKey]);
  const [notices, setNotices] = useState<{ slide: string; list: readonly string[] }>({
    slide: id,
    list: [],
  });

  // A link with bad values: say so, and rewrite it to the nearest valid state.
  useEffect(() => {
    if (parsed.notices.length === 0) return;
    setNotices({ slide: id, list: parsed.notices });
    navigate({ segments: [...prefix, id], query: formatParams(params, parsed.values) }, 'replace');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the link changes
  }, [parsed]);

  const set = useCallback(
    (key: string, value: ParamValue) => {
      const values = { ...parsed.values, [key]: value };
      navigate({ segments: [...prefix, id], query: formatParams(params, values) }, 'replace');
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- prefix is fixed per view
    [id, params, parsed.values],
  );

  // Remembers the slide's numbers for when the deck comes back to it, and for the handout.
  useEffect(() => {
    remember(id, formatParams(params, parsed.values));
  }, [id, params, parsed.values, remember]);

  return {
    values: parsed.values,
    set,
    notices: notices.slide === id ? notices.list : [],
    dismissNotices: () => setNotices({ slide: id, list: [] }),
  };
}
