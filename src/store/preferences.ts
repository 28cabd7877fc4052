import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { reportStorageNotice, safeJsonStorage } from './safe-storage';

export type Theme = 'light' | 'dark' | 'projector';

export interface Preferences {
  readonly theme: Theme;
  /** Practice mode hides the fills until the student reveals them. */
  readonly practice: boolean;
  /** The slide a returning visitor left off at. */
  readonly lastSlide: string;
  readonly visited: readonly string[];
}

interface PreferenceActions {
  setTheme(theme: Theme): void;
  setPractice(practice: boolean): void;
  visit(slideId: string): void;
}

export const PREFERENCES_VERSION = 1;

export const defaultPreferences: Preferences = {
  theme: 'light',
  practice: false,
  lastSlide: 'title',
  visited: [],
};

const isTheme = (value: unknown): value is Theme =>
  value === 'light' || value === 'dark' || value === 'projector';

// Keeps each saved field that is valid and resets the ones that are not, with a notice.
export function sanitizePreferences(saved: unknown): Preferences {
  const record =
    typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {};
  const bad: string[] = [];
  const pick = <T>(key: keyof Preferences, ok: (v: unknown) => v is T, fallback: T): T => {
    const value = record[key];
    if (value === undefined) return fallback;
    if (ok(value)) return value;
    bad.push(key);
    return fallback;
  };
  const result: Preferences = {
    theme: pick('theme', isTheme, defaultPreferences.theme),
    practice: pick('practice', (v): v is boolean => typeof v === 'boolean', false),
    lastSlide: pick('lastSlide', (v): v is string => typeof v === 'string', 'title'),
    visited: pick(
      'visited',
      (v): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string'),
      [],
    ),
  };
  if (bad.length > 0) {
    reportStorageNotice(`Some saved settings (${bad.join(', ')}) were invalid and were reset.`);
  }
  return result;
}

export const usePreferences = create<Preferences & PreferenceActions>()(
  persist(
    (set) => ({
      ...defaultPreferences,
      setTheme: (theme) => set({ theme }),
      setPractice: (practice) => set({ practice }),
      visit: (slideId) =>
        set((state) => ({
          lastSlide: slideId,
          visited: state.visited.includes(slideId) ? state.visited : [...state.visited, slideId],
        })),
    }),
    {
      name: 'flops-lab:preferences',
      version: PREFERENCES_VERSION,
      storage: safeJsonStorage<Preferences>('settings'),
      partialize: ({ theme, practice, lastSlide, visited }) => ({
        theme,
        practice,
        lastSlide,
        visited,
      }),
      // Version 0 never shipped; anything older or unknown is read field by field.
      migrate: (saved) => sanitizePreferences(saved),
      merge: (saved, current) => ({ ...current, ...sanitizePreferences(saved) }),
    },
  ),
);
