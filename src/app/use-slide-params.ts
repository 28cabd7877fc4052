import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SlideEntry } from '../lessons/deck';
import { navigate } from '../store/location';
import { formatParams, parseParams, type ParamValue } from '../store/param-schema';

// Reads a slide's parameters from its link; writes changes back to the link (no history entry).
export function useSlideParams(entry: SlideEntry, query: Readonly<Record<string, string>>) {
  const { id, params } = entry.meta;
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
    navigate(
      { segments: [id], query: { ...keep(query), ...formatParams(params, parsed.values) } },
      'replace',
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the link changes
  }, [parsed]);

  const set = useCallback(
    (key: string, value: ParamValue) => {
      const values = { ...parsed.values, [key]: value };
      navigate({ segments: [id], query: { ...keep(query), ...formatParams(params, values) } }, 'replace');
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- queryKey stands for query
    [id, params, parsed.values, queryKey],
  );

  return {
    values: parsed.values,
    set,
    notices: notices.slide === id ? notices.list : [],
    dismissNotices: () => setNotices({ slide: id, list: [] }),
  };
}

// Deck-wide link names that survive a parameter change.
function keep(query: Readonly<Record<string, string>>): Record<string, string> {
  const kept: Record<string, string> = {};
  if (query.practice !== undefined) kept.practice = query.practice;
  return kept;
}
