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

/**
 * Goes to a route. `push` makes a history entry (moving between slides); `replace` does not
 * (a slider step), so back and forward move between places, not between values.
 */
export function navigate(route: Route, mode: 'push' | 'replace' = 'push'): void {
  const hash = formatHash(route);
  if (hash === window.location.hash) return;
  if (mode === 'push') {
    window.history.pushState(null, '', hash);
  } else {
    window.history.replaceState(null, '', hash);
  }
  window.dispatchEvent(new PopStateEvent('popstate'));
}
