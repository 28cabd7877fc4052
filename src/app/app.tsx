import { lazy, Suspense, useEffect, type MouseEvent } from 'react';
import { findSlide } from '../lessons/deck';
import { useRoute } from '../store/location';
import { usePreferences } from '../store/preferences';
import { ErrorBoundary } from '../ui/error-boundary';
import { DeckPage } from './deck-page';
import { NotFound } from './not-found';
import { StorageNotices } from './storage-notices';

// Views beyond the deck load on demand.
const QuizPage = lazy(() => import('../quiz/quiz-page'));
const LabPage = lazy(() => import('../lab/lab-page'));
const PresenterPage = lazy(() => import('../presenter/presenter-page'));
const AudiencePage = lazy(() => import('../presenter/audience-page'));
const HandoutPage = lazy(() => import('../presenter/handout-page'));

// The app shell: picks the view for the current link and applies the chosen theme.
export function App() {
  const route = useRoute();
  const theme = usePreferences((state) => state.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const [first = '', second] = route.segments;
  let view;
  if (first === 'quiz') {
    view = <QuizPage segments={route.segments.slice(1)} query={route.query} />;
  } else if (first === 'lab') {
    view = <LabPage segments={route.segments.slice(1)} query={route.query} />;
  } else if (first === 'presenter') {
    view = <PresenterPage segments={route.segments.slice(1)} query={route.query} />;
  } else if (first === 'audience') {
    view = <AudiencePage />;
  } else if (first === 'handout') {
    view = <HandoutPage segments={route.segments.slice(1)} query={route.query} />;
  } else if (first === '' || findSlide(first)) {
    view = <DeckPage slideId={first || 'title'} query={route.query} />;
  } else {
    view = <NotFound path={route.segments.join('/')} />;
  }
  return (
    <>
      <a className="skip-link" href="#main" onClick={focusMain}>
        Skip to the main content
      </a>
      <StorageNotices />
      <ErrorBoundary what="this page" resetKey={`${first}/${second ?? ''}`}>
        <Suspense fallback={<p className="loading">Loading…</p>}>{view}</Suspense>
      </ErrorBoundary>
    </>
  );
}

// Moves focus to the main region without touching the hash (the hash is the router's).
function focusMain(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
