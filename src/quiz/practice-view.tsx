import { useMemo, useState } from 'react';
import { pickPracticeTopic } from './progress-data';
import { useQuizProgress } from './progress-store';
import { ProgressPanel } from './progress-panel';
import { QuestionCard } from './question-card';
import { questionHash } from './question';
import { sampleQuestion } from './question-set';
import type { QuizTopicId } from './topics';

/** A fresh random seed for a practice question. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

interface Pick {
  readonly topic: QuizTopicId;
  readonly seed: number;
  readonly count: number;
}

// Chooses the next topic: untried and often-missed topics come up more, never the same twice in a row.
function nextPick(last?: Pick): Pick {
  const { topics, runs } = useQuizProgress.getState();
  const topic = pickPracticeTopic({ topics, runs }, Math.random(), last?.topic);
  return { topic, seed: randomSeed(), count: (last?.count ?? 0) + 1 };
}

// Adaptive practice: one question at a time, chosen from what you miss, with your progress beside it.
export function PracticeView() {
  const [pick, setPick] = useState<Pick>(() => nextPick());
  const question = useMemo(() => sampleQuestion(pick.topic, pick.seed), [pick]);
  const recordOutcome = useQuizProgress((state) => state.recordOutcome);
  return (
    <div className="quiz-columns">
      <div className="quiz-main">
        <h1 className="quiz-title">Practice</h1>
        <p className="quiz-lead">
          Questions come from every part of the lecture; topics you miss come up more often. Numbers
          are from real MobileNet and EfficientNet layers.
        </p>
        <QuestionCard
          key={`${pick.count}-${pick.topic}-${pick.seed}`}
          question={question}
          onFirstResult={(correct) => recordOutcome(question.topic, correct)}
          autoFocus={pick.count > 1}
          actions={
            <>
              <button type="button" onClick={() => setPick(nextPick(pick))}>
                Next question
              </button>
              <a className="question-link" href={questionHash(question)}>
                Link to this question
              </a>
            </>
          }
        />
      </div>
      <aside className="quiz-side">
        <ProgressPanel />
      </aside>
    </div>
  );
}
