// Reads and writes the app's location, which lives in the hash: `#/<path>?<query>`.

export interface Route {
  /** Path segments: `#/presenter/mbconv` is ['presenter', 'mbconv']; `#/` is []. */
  readonly segments: readonly string[];
  readonly query: Readonly<Record<string, string>>;
}

export function parseHash(hash: string): Route {
  const text = hash.replace(/^#/, '');
  const mark = text.indexOf('?');
  const path = mark === -1 ? text : text.slice(0, mark);
  const search = mark === -1 ? '' : text.slice(mark + 1);
  const segments = path
    .split('/')
    .filter((part) => part !== '')
    .map((part) => safeDecode(part));
  const query: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(search)) query[key] = value;
  return { segments, query };
}

export function formatHash(route: Route): string {
  const path = route.segments.map((part) => encodeURIComponent(part)).join('/');
  const search = new URLSearchParams(route.query).toString();
  return `#/${path}${search ? `?${search}` : ''}`;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
