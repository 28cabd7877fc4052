import { useMemo, useState } from 'react';
import { navigate } from '../store/location';
import type { Params } from './generators/generator';
import { randomSeed } from './practice-view';
import { mastery } from './progress-data';
import { useQuizProgress } from './progress-store';
import { QuestionCard } from './question-card';
import { questionFor, sampleParams } from './question-set';
import type { QuizTopicId } from './topics';

// One question with chosen numbers, from a link such as #/quiz?topic=separable-ratio&N=256&DK=3.
export function TopicView({ topic, params }: { topic: QuizTopicId; params: Params }) {
  const key = JSON.stringify(params);
  const question = useMemo(() => questionFor(topic, JSON.parse(key) as Params), [topic, key]);
  const [focusNext, setFocusNext] = useState(false);
  const recordOutcome = useQuizProgress((state) => state.recordOutcome);
  const record = useQuizProgress((state) => state.topics[topic]);
  const another = () => {
    const next = sampleParams(topic, randomSeed());
    const query: Record<string, string> = { topic };
    for (const [name, value] of Object.entries(next)) query[name] = String(value);
    setFocusNext(true);
    navigate({ segments: ['quiz'], query });
  };
  return (
    <div className="quiz-single">
      <h1 className="quiz-title">Check yourself</h1>
      <p className="quiz-lead">
        {record
          ? `Your mastery of this topic: ${Math.round(mastery(record) * 100)} % (${record.correct} of ${record.attempts} right at the first check).`
          : 'A question with the numbers from the link. Your answer counts towards your progress in this browser.'}
      </p>
      <QuestionCard
        key={`${topic}-${key}`}
        question={question}
        onFirstResult={(correct) => recordOutcome(topic, correct)}
        autoFocus={focusNext}
        actions={
          <>
            <button type="button" onClick={another}>
              Another question on this topic
            </button>
            <a className="question-link" href="#/quiz">
              Adaptive practice
            </a>
          </>
        }
      />
    </div>
  );
}
