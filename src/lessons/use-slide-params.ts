import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSlideMemory } from '../store/slide-memory';
import type { SlideEntry } from './deck';
import { navigate, writeLinkSoon } from '../store/location';
import {
  formatParams,
  parseParams,
  type ParamValue,
  type ParamValues,
} from '../store/param-schema';

// Edits made since the link was last read: which slide, on top of which link, the values.
interface Edit {
  readonly slide: string;
  readonly base: string;
  readonly values: ParamValues;
}

function sameValues(a: ParamValues, b: ParamValues): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * A slide's parameters: read from its link, changed at once by `set`, written back to the link
 * (no history entry) once the changes rest. Back, forward or an edited link win over edits.
 * `prefix` is the path before the slide id: [] for the deck, ['presenter'] for the presenter.
 */
export function useSlideParams(
  entry: SlideEntry,
  query: Readonly<Record<string, string>>,
  prefix: readonly string[] = [],
) {
  const { id, params } = entry.meta;
  const queryKey = new URLSearchParams(query).toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- queryKey stands for query
  const parsed = useMemo(() => parseParams(params, query), [params, queryKey]);
  const [edit, setEdit] = useState<Edit | null>(null);
  const [notices, setNotices] = useState<{ slide: string; list: readonly string[] }>({
    slide: id,
    list: [],
  });

  // The edits count while the link they were made on is still the link.
  const fresh = edit !== null && edit.slide === id && edit.base === queryKey ? edit.values : null;
  // When the edits land in the link, the link's values equal them: keep the same object, so
  // the slide's panel does not render again for nothing.
  const last = useRef<ParamValues>(parsed.values);
  let values = fresh ?? parsed.values;
  if (values !== last.current && sameValues(values, last.current)) values = last.current;
  useEffect(() => {
    last.current = values;
  });

  // A link with bad values: say so, and rewrite it to the nearest valid state.
  useEffect(() => {
    if (parsed.notices.length === 0) return;
    setNotices({ slide: id, list: parsed.notices });
    navigate({ segments: [...prefix, id], query: formatParams(params, parsed.values) }, 'replace');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the link changes
  }, [parsed]);

  // Several keys may be set in one handler: each call builds on the previous one.
  const set = useCallback(
    (key: string, value: ParamValue) => {
      setEdit((previous) => {
        const base =
          previous !== null && previous.slide === id && previous.base === queryKey
            ? previous.values
            : parsed.values;
        return base[key] === value
          ? previous
          : { slide: id, base: queryKey, values: { ...base, [key]: value } };
      });
    },
    [id, queryKey, parsed.values],
  );

  // Once the numbers rest: the link, and the slide's memory (for coming back, and the handout).
  const remember = useSlideMemory((state) => state.remember);
  const rootPrefix = prefix.join('/');
  useEffect(() => {
    const query = formatParams(params, values);
    if (fresh === null) {
      remember(id, query);
      return;
    }
    const segments = rootPrefix ? [...rootPrefix.split('/'), id] : [id];
    writeLinkSoon({ segments, query }, () => remember(id, query));
  }, [id, params, values, fresh, rootPrefix, remember]);

  return {
    values,
    set,
    notices: notices.slide === id ? notices.list : [],
    dismissNotices: () => setNotices({ slide: id, list: [] }),
  };
}
