import { useMemo, useState, type PointerEvent } from 'react';
import { deck, findSlide } from '../lessons/deck';
import { SlideView } from '../lessons/slide-view';
import { StaticSlide } from '../lessons/static-slide';
import { useSlideParams } from '../lessons/use-slide-params';
import type { PageProps } from '../store/page-props';
import { formatParams } from '../store/param-schema';
import { usePreferences } from '../store/preferences';
import { useSlideMemory } from '../store/slide-memory';
import { Notice, NoticeList } from '../ui/notice';
import { BlankScreen, Dialog, HelpOverlay, OverviewGrid } from './overlays';
import { SharePanel } from './share-panel';
import { SpeakerNotes, SlideList } from './side-panels';
import { Timer } from './timer';
import { usePresenter } from './use-presenter';
import { useShowKeys } from './use-show-keys';
import './presenter.css';

// The presenter view: the live slide with its controls, the next slide, notes, timer and list.
export default function PresenterPage({ segments, query }: PageProps) {
  const lastSlide = usePreferences((state) => state.lastSlide);
  const askedId = segments[0] ?? lastSlide;
  const entry = findSlide(askedId) ?? deck[0];
  if (!entry) throw new Error('The deck has no slides.');
  const { values, set, notices, dismissNotices } = useSlideParams(entry, query, ['presenter']);
  // The numbers on the stage now (the link catches up when a slider rests): what the audience sees.
  const current = useMemo(() => formatParams(entry.meta.params, values), [entry, values]);
  const show = usePresenter(entry, current);
  const [overlay, setOverlay] = useState<'help' | 'overview' | 'share' | null>(null);
  const next = deck[entry.number];
  const nextQuery = useSlideMemory((state) => (next ? state.queries[next.meta.id] : undefined));

  useShowKeys(
    {
      step: show.step,
      goTo: (index) => show.goTo(index),
      toggleBlank: show.toggleBlank,
      toggleOverview: () => setOverlay(overlay === 'overview' ? null : 'overview'),
      toggleHelp: () => setOverlay(overlay === 'help' ? null : 'help'),
      closeOverlay: () => {
        if (show.blank) show.toggleBlank();
        setOverlay(null);
        return overlay !== null;
      },
    },
    deck.length,
  );

  const fills = useMemo(() => show.fills, [show.fills.shown]); // eslint-disable-line react-hooks/exhaustive-deps
  const trackPointer = (event: PointerEvent<HTMLElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    show.movePointer({
      x: (event.clientX - box.left) / box.width,
      y: (event.clientY - box.top) / box.height,
    });
  };
  const openAudience = () => window.open('#/audience', 'flops-lab-audience', 'popup');
  const unknown = segments[0] !== undefined && !findSlide(segments[0]);

  return (
    <div className="presenter">
      <header className="presenter-bar">
        <span className="presenter-where">
          Slide {entry.number} / {deck.length} · {entry.meta.title}
        </span>
        <Timer />
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={show.revealSteps}
            onChange={(event) => show.setRevealSteps(event.target.checked)}
          />
          <span>→ reveals fills first</span>
        </label>
        <button type="button" onClick={openAudience}>
          Open audience window
        </button>
        <button type="button" onClick={() => setOverlay('share')}>
          Share
        </button>
        <a href="#/handout">Handout</a>
        <button type="button" onClick={() => setOverlay('help')}>
          Keys (?)
        </button>
      </header>
      {unknown ? (
        <Notice>
          There is no slide called “{segments[0]}”; showing “{entry.meta.title}”.
        </Notice>
      ) : null}
      <main id="main" tabIndex={-1} className="presenter-main">
        <article
          className="stage presenter-stage"
          aria-labelledby="slide-title"
          onPointerMove={trackPointer}
          onPointerLeave={() => show.movePointer(null)}
        >
          <header className="slide-header">
            <h1 id="slide-title">{entry.meta.title}</h1>
          </header>
          <NoticeList notices={notices} onDismiss={dismissNotices} />
          <SlideView entry={entry} values={values} onChange={set} fills={fills} />
        </article>
        <aside className="presenter-side" aria-label="Presenter panels">
          <section className="next-preview" aria-label="Next slide">
            <h2>Next: {next ? next.meta.title : 'end of the lecture'}</h2>
            {next ? (
              <div className="next-frame" aria-hidden="true" inert>
                <StaticSlide entry={next} query={nextQuery ?? {}} />
              </div>
            ) : null}
          </section>
          <SpeakerNotes entry={entry} />
          <SlideList currentId={entry.meta.id} onPick={(index) => show.goTo(index)} />
        </aside>
      </main>
      {overlay === 'help' ? <HelpOverlay onClose={() => setOverlay(null)} /> : null}
      {overlay === 'overview' ? (
        <OverviewGrid
          currentId={entry.meta.id}
          onPick={(index) => {
            setOverlay(null);
            show.goTo(index);
          }}
          onClose={() => setOverlay(null)}
        />
      ) : null}
      {overlay === 'share' ? (
        <Dialog label="Share this calculation" onClose={() => setOverlay(null)}>
          <SharePanel slideId={entry.meta.id} query={current} />
        </Dialog>
      ) : null}
      {show.blank ? <BlankScreen onShow={show.toggleBlank} /> : null}
    </div>
  );
}
