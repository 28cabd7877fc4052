// Keeps audience windows in step with the presenter: BroadcastChannel, with storage events as
// the fallback, and the last state kept in localStorage so a late window catches up.

/** Everything an audience window shows. */
export interface ShowState {
  readonly slideId: string;
  readonly query: Readonly<Record<string, string>>;
  /** Fills shown on the current slide; null shows them all. */
  readonly revealed: number | null;
  /** The presenter blanked the screen (B). */
  readonly blank: boolean;
  /** The presenter's pointer over the slide, as fractions of the stage; null when away. */
  readonly pointer: { readonly x: number; readonly y: number } | null;
  /** Milliseconds since the epoch when the presenter sent this. */
  readonly sentAt: number;
}

type Message = { kind: 'state'; state: ShowState } | { kind: 'hello' };

const CHANNEL = 'flops-lab:show';
const STORAGE_KEY = 'flops-lab:show-state';

// Checks a message from another window before trusting it.
export function readShowState(value: unknown): ShowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const query = v.query;
  const pointer = v.pointer as Record<string, unknown> | null | undefined;
  const okQuery =
    typeof query === 'object' &&
    query !== null &&
    Object.values(query).every((item) => typeof item === 'string');
  const okPointer =
    pointer === null ||
    (typeof pointer === 'object' &&
      typeof pointer?.x === 'number' &&
      typeof pointer?.y === 'number');
  if (
    typeof v.slideId !== 'string' ||
    !okQuery ||
    !(v.revealed === null || typeof v.revealed === 'number') ||
    typeof v.blank !== 'boolean' ||
    !okPointer ||
    typeof v.sentAt !== 'number'
  ) {
    return null;
  }
  return value as ShowState;
}

function readStored(): ShowState | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? readShowState(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

export interface ShowLink {
  /** Sends the presenter's state to every audience window. */
  publish(state: ShowState): void;
  /** The last state any presenter sent, for a window that opens late. */
  last(): ShowState | null;
  close(): void;
}

/**
 * Opens the link between windows of this origin. `onState` hears every presenter state;
 * `onHello` hears audience windows that just opened (the presenter answers with its state).
 */
export function openShowLink(
  onState: (state: ShowState) => void,
  onHello: () => void = () => undefined,
): ShowLink {
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  const receive = (data: unknown) => {
    const message = data as Message | null;
    if (message?.kind === 'hello') onHello();
    if (message?.kind === 'state') {
      const state = readShowState(message.state);
      if (state) onState(state);
    }
  };
  const onMessage = (event: MessageEvent) => receive(event.data);
  // Fallback: a storage event reaches other windows when BroadcastChannel is missing.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY || !event.newValue || channel) return;
    try {
      receive({ kind: 'state', state: JSON.parse(event.newValue) });
    } catch {
      // A torn write; the next one will do.
    }
  };
  channel?.addEventListener('message', onMessage);
  window.addEventListener('storage', onStorage);
  channel?.postMessage({ kind: 'hello' } satisfies Message);

  return {
    publish(state) {
      channel?.postMessage({ kind: 'state', state } satisfies Message);
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
      } catch {
        // Without storage, late windows wait for the next change instead.
      }
    },
    last: readStored,
    close() {
      channel?.removeEventListener('message', onMessage);
      channel?.close();
      window.removeEventListener('storage', onStorage);
    },
  };
}
