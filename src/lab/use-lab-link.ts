// Keeps the lab and its link in step: a pasted or edited link loads; the lab's state is written back.
import { useEffect, useRef, useState } from 'react';
import { buildModel } from '../engine/index';
import { navigate } from '../store/location';
import { readLabQuery, writeLabQuery, type LinkSource } from './lab-link';
import { INITIAL_INPUTS, useLabStore } from './lab-store';
import { packNetwork, unpackNetwork } from './share-network';

type Query = Readonly<Record<string, string>>;

/** A query in a canonical order, to compare links. */
function queryKey(query: Query): string {
  return new URLSearchParams(
    Object.entries(query).sort(([a], [b]) => a.localeCompare(b)),
  ).toString();
}

/** Loads a link's state into the store; a packed network loads asynchronously. Returns a cancel function. */
function applyQuery(query: Query, onLoaded: () => void): () => void {
  const store = useLabStore.getState();
  const { state, notices } = readLabQuery(query);
  store.dismissNotices();
  for (const notice of notices) store.addNotice(notice);
  store.setCounting(state.counting);
  store.setTab(state.tab);
  const source = state.source;
  if (source.kind === 'model') {
    const built = buildModel(source.model, source.options);
    if (built.ok) {
      store.loadSource({ kind: 'model', model: source.model, options: source.options });
    } else {
      store.addNotice(
        `The link's model options do not work (${built.error.message}) — showing the model with its default options.`,
      );
      store.loadSource({ kind: 'model', model: source.model, options: {} });
    }
    onLoaded();
    return () => undefined;
  }
  let live = true;
  void unpackNetwork(source.packed).then((result) => {
    if (!live) return;
    const store = useLabStore.getState();
    if (result.ok) {
      store.loadSource({ kind: 'custom', network: result.network });
    } else {
      store.addNotice(
        `This link's network could not be loaded: ${result.message}. Showing MobileNetV1 instead.`,
      );
      store.loadSource(INITIAL_INPUTS.source);
    }
    onLoaded();
  });
  return () => {
    live = false;
  };
}

/**
 * Syncs the store with the link. An empty `#/lab` keeps what the lab shows; any other link loads.
 * Returns whether the current network fits in a link (null while that is being worked out).
 */
export function useLabLink(query: Query): { shareable: boolean | null; loading: boolean } {
  const written = useRef<string | null>(null);
  // A ref, so the write effect of the same commit already sees that a link is loading.
  const loadingRef = useRef(false);
  const [loading, setLoading] = useState(() => query.net !== undefined);
  const [shareable, setShareable] = useState<boolean | null>(null);
  const key = queryKey(query);

  useEffect(() => {
    if (key === written.current || key === '') return;
    written.current = key;
    loadingRef.current = true;
    setLoading(true);
    return applyQuery(query, () => {
      loadingRef.current = false;
      setLoading(false);
    });
    // The key stands for the query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const source = useLabStore((s) => s.source);
  const counting = useLabStore((s) => s.counting);
  const tab = useLabStore((s) => s.tab);
  useEffect(() => {
    if (loadingRef.current) return;
    // The store, not this render's values: the apply effect may have changed it a moment ago.
    const current = useLabStore.getState();
    let live = true;
    const write = (link: LinkSource | null) => {
      if (!live) return;
      const next = writeLabQuery(link, current.counting, current.tab);
      const nextKey = queryKey(next);
      if (nextKey === written.current) return;
      written.current = nextKey;
      navigate({ segments: ['lab'], query: next }, 'replace');
    };
    const now = current.source;
    if (now.kind === 'model') {
      setShareable(true);
      write({ kind: 'model', model: now.model, options: now.options });
      return () => {
        live = false;
      };
    }
    setShareable(null);
    // Packing waits for a pause in editing, so typing stays fast.
    const timer = window.setTimeout(() => {
      void packNetwork(now.network).then((packed) => {
        if (!live) return;
        setShareable(packed !== null);
        write(packed === null ? null : { kind: 'packed', packed });
      });
    }, 300);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [source, counting, tab, loading]);

  return { shareable, loading };
}
