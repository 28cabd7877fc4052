import { beforeEach, describe, expect, it } from 'vitest';
import { sanitizePreferences } from '../../src/store/preferences';
import { safeJsonStorage, takeStorageNotices } from '../../src/store/safe-storage';

beforeEach(() => {
  localStorage.clear();
  takeStorageNotices();
});

describe('sanitizePreferences', () => {
  it('keeps valid fields and resets only the invalid ones, with a notice', () => {
    const result = sanitizePreferences({ theme: 'neon', practice: true, visited: ['a', 3] });
    expect(result).toEqual({ theme: 'light', practice: true, lastSlide: 'title', visited: [] });
    expect(takeStorageNotices()).toEqual([
      'Some saved settings (theme, visited) were invalid and were reset.',
    ]);
  });

  it('reads junk as defaults', () => {
    expect(sanitizePreferences('nonsense').theme).toBe('light');
    expect(sanitizePreferences(null).practice).toBe(false);
  });
});

describe('safeJsonStorage', () => {
  it('drops corrupt JSON with a notice instead of throwing', () => {
    localStorage.setItem('k', '{not json');
    const storage = safeJsonStorage<unknown>('settings');
    expect(storage.getItem('k')).toBeNull();
    expect(localStorage.getItem('k')).toBeNull();
    expect(takeStorageNotices()).toEqual([
      'Saved data (settings) could not be read and has been reset.',
    ]);
  });

  it('returns a saved state that parses', () => {
    localStorage.setItem('k', JSON.stringify({ state: { theme: 'dark' }, version: 1 }));
    expect(safeJsonStorage<unknown>('settings').getItem('k')).toEqual({
      state: { theme: 'dark' },
      version: 1,
    });
  });
});
