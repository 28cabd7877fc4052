import { useSyncExternalStore } from 'react';
import { formatHash, parseHash, type Route } from './hash-route';

// Subscribes React to the hash, so back, forward and edited links re-render the app.
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

const readHash = () => window.location.hash;

export function useHash(): string {
  return useSyncExternalStore(subscribe, readHash, () => '');
}

export function useRoute(): Route {
  return parseHash(useHash());
}

// A link write waiting for a dragged slider to rest (see writeLinkSoon).
let pending: { hash: string; timer: ReturnType<typeof setTimeout>; then?: () => void } | null =
  null;
// True while we announce our own history change, so it is not mistaken for back/forward.
let announcing = false;
let listening = false;

function write(hash: string, mode: 'push' | 'replace'): void {
  if (hash === window.location.hash) return;
  if (mode === 'push') {
    window.history.pushState(null, '', hash);
  } else {
    window.history.replaceState(null, '', hash);
  }
  announcing = true;
  try {
    window.dispatchEvent(new PopStateEvent('popstate'));
  } finally {
    announcing = false;
  }
}

/**
 * Goes to a route. `push` makes a history entry (moving between slides); `replace` does not
 * (a corrected link), so back and forward move between places, not between values. A link
 * write still waiting (writeLinkSoon) lands first, so the page being left keeps its numbers.
 */
export function navigate(route: Route, mode: 'push' | 'replace' = 'push'): void {
  flushLink();
  write(formatHash(route), mode);
}

/**
 * Writes a route to the link once the changes stop for `delay` ms (no history entry), then
 * runs `then`. A slider being dragged changes its slide at once and its link when it rests:
 * rewriting the link re-renders the whole app, which a frame cannot afford. Back, forward or
 * an edited link cancel the write; leaving the page (hidden) or navigating lands it.
 */
export function writeLinkSoon(route: Route, then?: () => void, delay = 250): void {
  listen();
  if (pending) clearTimeout(pending.timer);
  pending = { hash: formatHash(route), timer: setTimeout(flushLink, delay) };
  if (then) pending.then = then;
}

/** Lands a waiting link write now (before reading or sharing the link). */
export function flushLink(): void {
  if (!pending) return;
  const { hash, timer, then } = pending;
  pending = null;
  clearTimeout(timer);
  then?.();
  write(hash, 'replace');
}

/** Whether a link write is waiting (tests). */
export function linkWriteIsPending(): boolean {
  return pending !== null;
}

function cancel(): void {
  if (pending) clearTimeout(pending.timer);
  pending = null;
}

function listen(): void {
  if (listening) return;
  listening = true;
  // The browser moved (back, forward, an edited link): the waiting write belongs to the old place.
  window.addEventListener('popstate', () => announcing || cancel());
  window.addEventListener('hashchange', cancel);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushLink();
  });
  window.addEventListener('pagehide', flushLink);
}
