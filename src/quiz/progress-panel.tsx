import { lazy, useDeferredValue, useMemo, useRef, useState, useEffect } from 'react';
import { ChartFrame } from '../ui/chart-frame';
import { DataTable, type Column } from '../ui/data-table';
import type { MasteryRow } from './mastery-chart';
import { mastery, QUIZ_LENGTH } from './progress-data';
import { useQuizProgress } from './progress-store';
import { QUIZ_TOPICS } from './topics';

const MasteryChart = lazy(() => import('./mastery-chart'));

interface Row extends MasteryRow {
  readonly correct: number;
}

const COLUMNS: readonly Column<Row>[] = [
  {
    key: 'topic',
    header: 'Topic',
    cell: (row) => <a href={`#/quiz?topic=${row.id}`}>{row.title}</a>,
  },
  { key: 'attempts', header: 'Answered', numeric: true, cell: (row) => row.attempts },
  { key: 'correct', header: 'Right first time', numeric: true, cell: (row) => row.correct },
  {
    key: 'mastery',
    header: 'Mastery',
    numeric: true,
    cell: (row) => (row.attempts === 0 ? '—' : `${row.mastery} %`),
  },
];

// Mastery per topic as a chart and a table, with a reset that asks first.
export function ProgressPanel() {
  const topics = useQuizProgress((state) => state.topics);
  const rows = useMemo<Row[]>(
    () =>
      QUIZ_TOPICS.map(({ id, title, short }) => {
        const record = topics[id];
        const percent = Math.round(mastery(record) * 100);
        return {
          id,
          title,
          short,
          attempts: record?.attempts ?? 0,
          correct: record?.correct ?? 0,
          mastery: percent,
          label: record ? `${percent} %` : 'not tried',
        };
      }),
    [topics],
  );
  const deferred = useDeferredValue(rows);
  const tried = rows.filter((row) => row.attempts > 0).length;
  return (
    <section className="progress-panel" aria-labelledby="progress-title">
      <h2 id="progress-title">Your progress</h2>
      <p className="progress-summary">
        {tried === 0
          ? 'No answers yet. Mastery weighs your latest answers most; it is saved in this browser only.'
          : `${tried} of ${QUIZ_TOPICS.length} topics tried. Mastery weighs your latest answers most; it is saved in this browser only.`}
      </p>
      <ChartFrame
        title="Mastery per topic (recent answers, right at the first check)"
        height={22}
        table={
          <DataTable
            caption="Mastery per topic"
            columns={COLUMNS}
            rows={rows}
            rowKey={(row) => row.id}
            className="progress-table"
          />
        }
      >
        <MasteryChart rows={deferred} />
      </ChartFrame>
      <RunScores />
      <ResetProgress />
    </section>
  );
}

// The class quizzes taken in this browser, with their scores.
function RunScores() {
  const runs = useQuizProgress((state) => state.runs);
  const seeds = Object.keys(runs).sort((a, b) => Number(a) - Number(b));
  if (seeds.length === 0) return null;
  return (
    <div className="run-scores">
      <h3>Class quizzes</h3>
      <ul>
        {seeds.map((seed) => {
          const results = runs[seed]?.results ?? [];
          const score = results.filter((r) => r === 'correct').length;
          const answered = results.filter((r) => r !== null).length;
          return (
            <li key={seed}>
              <a href={`#/quiz?seed=${seed}`}>Quiz {seed}</a>:{' '}
              <span className="num">
                {score} / {QUIZ_LENGTH}
              </span>{' '}
              ({answered} answered)
            </li>
          );
        })}
      </ul>
    </div>
  );
}

// "Reset progress" with an in-page confirmation; focus moves to the question and back.
function ResetProgress() {
  const resetProgress = useQuizProgress((state) => state.resetProgress);
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) openRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <div className="reset-progress">
        <button
          ref={openRef}
          type="button"
          onClick={() => {
            setDone(false);
            setAsking(true);
          }}
        >
          Reset progress…
        </button>
        {done ? (
          <span role="status" className="reset-done">
            Progress reset.
          </span>
        ) : null}
      </div>
    );
  }
  const close = () => {
    returnFocus.current = true;
    setAsking(false);
  };
  return (
    <div className="reset-confirm" role="group" aria-labelledby="reset-question">
      <p id="reset-question">
        Forget all quiz progress in this browser: every topic’s mastery and every class-quiz score?
        This cannot be undone.
      </p>
      <button
        ref={confirmRef}
        type="button"
        className="danger"
        onClick={() => {
          resetProgress();
          setDone(true);
          close();
        }}
      >
        Yes, reset my progress
      </button>
      <button type="button" onClick={close}>
        Cancel
      </button>
    </div>
  );
}
