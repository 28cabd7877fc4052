import { usePreferences, type Theme } from '../store/preferences';

const THEMES: readonly { value: Theme; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'projector', label: 'Projector (high contrast)' },
];

// The bar above the lab: the way back to the lecture and the quiz, and the theme.
export function LabHeader() {
  const theme = usePreferences((state) => state.theme);
  const setTheme = usePreferences((state) => state.setTheme);
  return (
    <header className="top-bar lab-top-bar">
      <a className="brand" href="#/title">
        FLOPs Lab
      </a>
      <nav aria-label="FLOPs Lab" className="lab-nav">
        <a href="#/title">Lecture</a>
        <a href="#/quiz">Quiz</a>
        <a href="#/lab" aria-current="page">
          Model lab
        </a>
      </nav>
      <span className="top-bar-spacer" />
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
    </header>
  );
}
