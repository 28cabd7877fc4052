import { useMemo, useState } from 'react';
import type { PageProps } from '../store/page-props';
import { Notice } from '../ui/notice';
import { readQuizLink, readSeed } from './link-params';
import { PracticeView } from './practice-view';
import { ProgressPanel } from './progress-panel';
import { QuizHeader, type QuizView } from './quiz-header';
import { SeededView } from './seeded-view';
import { TopicView } from './topic-view';
import { WorksheetView } from './worksheet-view';
import './quiz.css';

const SUBPAGES = ['worksheet', 'answers', 'progress'] as const;

// The quiz: #/quiz (practice), ?seed=<n> (class quiz), ?topic=<id>&… (one question),
// /worksheet and /answers ?seed=<n> (printable), /progress.
export default function QuizPage({ segments, query }: PageProps) {
  const [first] = segments;
  const sub = SUBPAGES.find((page) => page === first);
  const link = useMemo(() => readQuizLink(sub ? {} : query), [sub, query]);
  const seedRead = useMemo(() => readSeed(query.seed ?? '1'), [query.seed]);
  const notices = [
    ...(first !== undefined && !sub
      ? [`There is no quiz page “${first}”; here is practice instead.`]
      : []),
  ];
  let view: QuizView;
  let body;
  if (sub === 'worksheet' || sub === 'answers') {
    view = sub;
    if (seedRead.notice) notices.push(seedRead.notice);
    body = <WorksheetView seed={seedRead.seed} answers={sub === 'answers'} />;
  } else if (sub === 'progress') {
    view = 'progress';
    body = (
      <div className="quiz-single">
        <ProgressPanel />
      </div>
    );
  } else {
    notices.push(...link.notices);
    if (link.mode === 'seeded') {
      view = 'seeded';
      body = <SeededView seed={link.seed} />;
    } else if (link.mode === 'topic') {
      view = 'topic';
      body = <TopicView topic={link.topic} params={link.params} />;
    } else {
      view = 'practice';
      body = <PracticeView />;
    }
  }
  const seed = link.mode === 'seeded' ? link.seed : seedRead.seed;
  return (
    <div className={`quiz-page quiz-${view}`}>
      <QuizHeader view={view} seed={seed} />
      <main id="main" tabIndex={-1} className="quiz-content">
        <LinkNotices key={notices.join('|')} notices={notices} />
        {body}
      </main>
    </div>
  );
}

// What the link asked for that had to be corrected; dismissible.
function LinkNotices({ notices }: { notices: readonly string[] }) {
  const [open, setOpen] = useState(true);
  if (!open || notices.length === 0) return null;
  return (
    <div className="quiz-notices">
      <Notice onDismiss={() => setOpen(false)}>
        {notices.map((notice) => (
          <p key={notice}>{notice}</p>
        ))}
      </Notice>
    </div>
  );
}
