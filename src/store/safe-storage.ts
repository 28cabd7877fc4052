import type { PersistStorage, StorageValue } from 'zustand/middleware';

// Notices about saved data that had to be reset, shown once by the app shell.
const notices: string[] = [];
const listeners = new Set<() => void>();

export function reportStorageNotice(message: string): void {
  notices.push(message);
  for (const listener of listeners) listener();
}

export function takeStorageNotices(): string[] {
  return notices.splice(0, notices.length);
}

export function onStorageNotice(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * A JSON storage for zustand's persist that never throws: corrupt JSON is dropped with a
 * notice (zustand would otherwise never finish hydrating) and a full or blocked storage is
 * reported instead of crashing the app.
 */
export function safeJsonStorage<S>(what: string): PersistStorage<S> {
  return {
    getItem(name) {
      const raw = storage()?.getItem(name);
      if (raw == null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) {
          throw new Error('not a saved state');
        }
        return parsed as StorageValue<S>;
      } catch {
        storage()?.removeItem(name);
        reportStorageNotice(`Saved data (${what}) could not be read and has been reset.`);
        return null;
      }
    },
    setItem(name, value) {
      try {
        storage()?.setItem(name, JSON.stringify(value));
      } catch {
        reportStorageNotice(
          `Your ${what} could not be saved (browser storage is full or blocked).`,
        );
      }
    },
    removeItem(name) {
      storage()?.removeItem(name);
    },
  };
}
