import { useMemo } from 'react';
import { ACCEPTED_FORMS } from './answer-parser';
import { GivenList } from './given-list';
import { formatAnswer, precisionText } from './answer-format';
import { Prose } from './prose';
import { quizQuestions } from './question-set';
import { SolutionView } from './solution-view';
import { quizTopic } from './topics';

// The class quiz's address on this site, for the printed page.
function onlineUrl(seed: number): string {
  return `${window.location.origin}${window.location.pathname}#/quiz?seed=${seed}`;
}

// A printable worksheet for a class quiz, or its answer key with the worked solutions.
export function WorksheetView({ seed, answers }: { seed: number; answers: boolean }) {
  const questions = useMemo(() => quizQuestions(seed), [seed]);
  return (
    <div className="worksheet">
      <div className="worksheet-tools">
        <button type="button" className="primary" onClick={() => window.print()}>
          Print
        </button>
        <a href={answers ? `#/quiz/worksheet?seed=${seed}` : `#/quiz/answers?seed=${seed}`}>
          {answers ? 'The worksheet' : 'The answer key'}
        </a>
        <a href={`#/quiz?seed=${seed}`}>Quiz {seed} online</a>
      </div>
      <header className="worksheet-head">
        <p className="worksheet-kicker">Computer Vision · Week 6 · Lightweight CNNs</p>
        <h1>
          {answers ? 'Answer key' : 'Worksheet'}: FLOPs quiz {seed}
        </h1>
        {answers ? (
          <p>
            The same ten questions as quiz {seed} online; every answer and solution is computed by
            FLOPs Lab’s engine.
          </p>
        ) : (
          <>
            <p className="worksheet-name">
              Name <span className="blank-line" /> Date <span className="blank-line short" />
            </p>
            <p className="worksheet-rules">
              Each question names what to count: MACs (mult-adds), FLOPs (every multiplication and
              every addition counts 1) or parameters. Answers may be written as{' '}
              {ACCEPTED_FORMS.join(', ')}. The same quiz is online at {onlineUrl(seed)}.
            </p>
          </>
        )}
      </header>
      <ol className="worksheet-list">
        {questions.map((question, index) => (
          <li key={index} className="worksheet-item">
            <h2>
              {index + 1}. {quizTopic(question.topic).title}
            </h2>
            <p>
              <Prose text={question.prompt} />
            </p>
            <GivenList given={question.given} />
            <p className="question-asks">
              Answer in{' '}
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
            {answers ? (
              <SolutionView steps={question.solution} answerText={formatAnswer(question)} />
            ) : (
              <p className="answer-line">
                Answer: <span className="blank-line long" />
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
