import { memo, useState } from 'react';
import type { SlideEntry } from '../lessons/deck';
import { usePreferences, type Theme } from '../store/preferences';
import { Outline } from './outline';

const THEMES: readonly { value: Theme; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'projector', label: 'Projector (high contrast)' },
];

// The bar above the stage: where you are, the outline, practice mode and the theme.
export const TopBar = memo(function TopBar({ entry }: { entry: SlideEntry }) {
  const [outlineOpen, setOutlineOpen] = useState(false);
  const { practice, setPractice, theme, setTheme } = usePreferences();
  return (
    <header className="top-bar">
      <a className="brand" href="#/title">
        FLOPs Lab
      </a>
      <button
        type="button"
        className="outline-toggle"
        aria-expanded={outlineOpen}
        aria-controls="outline"
        onClick={() => setOutlineOpen(!outlineOpen)}
      >
        Outline
      </button>
      <span className="top-bar-spacer" />
      <nav className="top-bar-links" aria-label="Views">
        <a href={`#/presenter/${entry.meta.id}`}>Present</a>
        <a href="#/quiz">Quiz</a>
        <a href="#/lab">Lab</a>
      </nav>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={practice}
          onChange={(event) => setPractice(event.target.checked)}
        />
        <span>Practice (hide the fills)</span>
      </label>
      <label className="theme-picker">
        <span>Theme</span>
        <select value={theme} onChange={(event) => setTheme(event.target.value as Theme)}>
          {THEMES.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      {outlineOpen ? (
        <Outline currentId={entry.meta.id} onClose={() => setOutlineOpen(false)} />
      ) : null}
    </header>
  );
});
