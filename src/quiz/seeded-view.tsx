import { useId, useMemo, useState, type FormEvent } from 'react';
import { navigate } from '../store/location';
import { MAX_SEED } from './link-params';
import { QUIZ_LENGTH } from './progress-data';
import { useQuizProgress } from './progress-store';
import { QuestionCard } from './question-card';
import { quizQuestions } from './question-set';

// The class quiz of a seed: the same ten questions for everyone, scored at the first check.
export function SeededView({ seed }: { seed: number }) {
  const questions = useMemo(() => quizQuestions(seed), [seed]);
  const run = useQuizProgress((state) => state.runs[String(seed)]);
  const recordRun = useQuizProgress((state) => state.recordRun);
  const recordOutcome = useQuizProgress((state) => state.recordOutcome);
  const resetRun = useQuizProgress((state) => state.resetRun);
  const [round, setRound] = useState(0);
  const results = run?.results ?? [];
  const score = results.filter((r) => r === 'correct').length;
  const answered = results.filter((r) => r !== null).length;
  return (
    <div className="quiz-single">
      <h1 className="quiz-title">Class quiz {seed}</h1>
      <p className="quiz-lead">
        Everyone who opens quiz {seed} gets these ten questions with the same numbers. A question
        scores when your first checked answer is right, before you open its solution.
      </p>
      <div className="score-bar" role="status" aria-live="polite">
        <span className="score">
          Score <strong className="num">{score}</strong> / {QUIZ_LENGTH}
        </span>
        <span className="score-answered num">
          {answered} of {QUIZ_LENGTH} answered
        </span>
        <progress max={QUIZ_LENGTH} value={answered} aria-label="Questions answered" />
      </div>
      <ol className="quiz-list">
        {questions.map((question, index) => (
          <li key={`${seed}-${round}-${index}`}>
            <QuestionCard
              question={question}
              number={`Question ${index + 1} of ${QUIZ_LENGTH}`}
              earlier={results[index] ?? null}
              onFirstResult={(correct) => {
                if (
                  (useQuizProgress.getState().runs[String(seed)]?.results[index] ?? null) !== null
                )
                  return;
                recordRun(seed, index, correct ? 'correct' : 'missed');
                recordOutcome(question.topic, correct);
              }}
            />
          </li>
        ))}
      </ol>
      <div className="quiz-footer">
        <button
          type="button"
          onClick={() => {
            resetRun(seed);
            setRound((n) => n + 1);
          }}
          disabled={answered === 0}
        >
          Start quiz {seed} again
        </button>
        <SeedPicker seed={seed} />
      </div>
    </div>
  );
}

// Opens another class quiz, or its worksheet and answer key (for instructors).
export function SeedPicker({ seed }: { seed: number }) {
  const id = useId();
  const [text, setText] = useState(String(seed));
  const valid = /^\d{1,10}$/.test(text.trim()) && Number(text) <= MAX_SEED;
  const open = (event: FormEvent) => {
    event.preventDefault();
    if (valid) navigate({ segments: ['quiz'], query: { seed: String(Number(text)) } });
  };
  const target = valid ? Number(text) : seed;
  return (
    <form className="seed-picker" onSubmit={open}>
      <label htmlFor={id}>Quiz number</label>
      <input
        id={id}
        className="num"
        inputMode="numeric"
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-invalid={!valid || undefined}
      />
      <button type="submit" disabled={!valid}>
        Open quiz
      </button>
      <a href={`#/quiz/worksheet?seed=${target}`}>Worksheet</a>
      <a href={`#/quiz/answers?seed=${target}`}>Answer key</a>
    </form>
  );
}
