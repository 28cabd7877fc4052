import { usePreferences, type Theme } from '../store/preferences';

export type QuizView = 'practice' | 'topic' | 'seeded' | 'progress' | 'worksheet' | 'answers';

const THEMES: readonly { value: Theme; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'projector', label: 'Projector' },
];

// The quiz's bar: back to the lecture, the quiz's views, and the theme.
export function QuizHeader({ view, seed }: { view: QuizView; seed: number }) {
  const theme = usePreferences((state) => state.theme);
  const setTheme = usePreferences((state) => state.setTheme);
  const current = (mine: QuizView | QuizView[]) =>
    (Array.isArray(mine) ? mine.includes(view) : mine === view) ? ('page' as const) : undefined;
  return (
    <header className="top-bar quiz-bar">
      <a className="brand" href="#/title">
        FLOPs Lab
      </a>
      <nav className="quiz-nav" aria-label="Quiz">
        <a href="#/quiz" aria-current={current(['practice', 'topic'])}>
          Practice
        </a>
        <a href={`#/quiz?seed=${seed}`} aria-current={current('seeded')}>
          Class quiz
        </a>
        <a href="#/quiz/progress" aria-current={current('progress')}>
          Progress
        </a>
        <a href={`#/quiz/worksheet?seed=${seed}`} aria-current={current(['worksheet', 'answers'])}>
          Worksheet
        </a>
      </nav>
      <span className="top-bar-spacer" />
      <a href="#/title" className="quiz-back">
        Back to the lecture
      </a>
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
