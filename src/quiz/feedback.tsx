import type { Grade } from './grade';
import { Prose } from './prose';

export interface FeedbackProps {
  readonly id: string;
  readonly grade: Grade | null;
  /** The exact answer, printed (shown once the answer is right). */
  readonly answerText: string;
  readonly asks: string;
}

// What the check found: right, a named mistake, not quite, or an answer that could not be read.
export function Feedback({ id, grade, answerText, asks }: FeedbackProps) {
  return (
    <div
      id={id}
      className={`feedback feedback-${grade?.verdict ?? 'none'}`}
      role="status"
      aria-live="polite"
    >
      {grade ? <FeedbackBody grade={grade} answerText={answerText} asks={asks} /> : null}
    </div>
  );
}

function FeedbackBody({
  grade,
  answerText,
  asks,
}: {
  grade: Grade;
  answerText: string;
  asks: string;
}) {
  switch (grade.verdict) {
    case 'correct':
      return (
        <p>
          <strong>✓ Correct.</strong> The exact value: <span className="num">{answerText}</span> —{' '}
          {asks}.
        </p>
      );
    case 'mistake':
      return (
        <>
          <p>
            <strong>✗ Common mistake: {grade.label}.</strong>
          </p>
          <p>
            <Prose text={grade.message} />
          </p>
        </>
      );
    case 'wrong':
      return (
        <p>
          <strong>✗ Not quite.</strong> A hint is below; try again.
        </p>
      );
    case 'unreadable':
    case 'wrong-form':
      return (
        <p>
          <Prose text={grade.message} />
        </p>
      );
  }
}
