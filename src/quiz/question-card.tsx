import { useId, useMemo, useState, type ReactNode } from 'react';
import { AnswerForm } from './answer-form';
import { formatAnswer, precisionText } from './answer-format';
import { Feedback } from './feedback';
import { GivenList } from './given-list';
import { gradeAnswer, isAttempt, type Grade } from './grade';
import { Prose } from './prose';
import type { Question } from './question';
import { HintList, SolutionView } from './solution-view';
import { quizTopic } from './topics';

export interface QuestionCardProps {
  readonly question: Question;
  /** "Question 3 of 10", shown before the topic. */
  readonly number?: string;
  /** Called once, at the first checked answer (right or not) or when the solution is shown first. */
  readonly onFirstResult?: (correct: boolean) => void;
  /** A status earned before (a class quiz after a reload). */
  readonly earlier?: 'correct' | 'missed' | null;
  /** Extra actions under the question (next question, share link). */
  readonly actions?: ReactNode;
  /** Focus the answer box on mount. */
  readonly autoFocus?: boolean;
}

// One question: the prompt with its convention, the answer box, feedback, hints in steps and the solution.
export function QuestionCard({
  question,
  number,
  onFirstResult,
  earlier,
  actions,
  autoFocus,
}: QuestionCardProps) {
  const id = useId();
  const [grade, setGrade] = useState<Grade | null>(null);
  const [hintCount, setHintCount] = useState(0);
  const [solution, setSolution] = useState(false);
  const [recorded, setRecorded] = useState(false);
  const answerText = useMemo(() => formatAnswer(question), [question]);
  const topic = quizTopic(question.topic);

  const record = (correct: boolean) => {
    if (recorded) return;
    setRecorded(true);
    onFirstResult?.(correct);
  };
  const check = (text: string) => {
    const result = gradeAnswer(question, text);
    setGrade(result);
    if (isAttempt(result)) record(result.verdict === 'correct' && !solution);
    if (result.verdict === 'wrong') setHintCount((n) => Math.min(question.hints.length, n + 1));
  };
  const showSolution = () => {
    record(false);
    setSolution(true);
  };
  const solved = grade?.verdict === 'correct';

  return (
    <article
      className={`question-card${solved ? ' is-solved' : ''}`}
      aria-labelledby={`${id}-title`}
    >
      <header className="question-head">
        <h2 id={`${id}-title`} className="question-title">
          {number ? <span className="question-number">{number}</span> : null}
          {topic.title}
        </h2>
        {earlier ? (
          <span className={`badge badge-${earlier}`}>
            {earlier === 'correct' ? 'Answered right' : 'Missed'}
          </span>
        ) : null}
      </header>
      <p className="question-prompt">
        <Prose text={question.prompt} />
      </p>
      <GivenList given={question.given} />
      <p className="question-asks">
        <span className="asks-label">Answer in</span>{' '}
        <strong>
          <Prose text={question.asks} />
        </strong>
        . {precisionText(question)}
      </p>
      {question.note ? (
        <p className="question-note">
          <Prose text={question.note} />
        </p>
      ) : null}
      <AnswerForm
        onCheck={check}
        feedbackId={`${id}-feedback`}
        invalid={grade?.verdict === 'unreadable'}
        {...(autoFocus ? { autoFocus } : {})}
      />
      <Feedback id={`${id}-feedback`} grade={grade} answerText={answerText} asks={question.asks} />
      <HintList hints={question.hints.slice(0, hintCount)} />
      <div className="question-actions">
        <button
          type="button"
          onClick={() => setHintCount((n) => n + 1)}
          disabled={hintCount >= question.hints.length}
        >
          {hintCount >= question.hints.length
            ? 'No more hints'
            : `Hint ${hintCount + 1} of ${question.hints.length}`}
        </button>
        <button type="button" onClick={showSolution} disabled={solution} aria-expanded={solution}>
          Show solution
        </button>
        {actions}
      </div>
      {solution ? <SolutionView steps={question.solution} answerText={answerText} /> : null}
    </article>
  );
}
