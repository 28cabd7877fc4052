import { useEffect, useMemo, useRef, useState } from 'react';
import { deck, findSlide } from '../lessons/deck';
import { StaticSlide } from '../lessons/static-slide';
import { parseParams } from '../store/param-schema';
import { Tex } from '../ui/tex';
import { useFitToHeight } from '../ui/use-fit';
import { BlankScreen, HelpOverlay } from './overlays';
import { openShowLink, type ShowState } from './sync';
import { toggleFullscreen, useShowKeys } from './use-show-keys';
import './presenter.css';

const WAITING: ShowState = {
  slideId: 'title',
  query: {},
  revealed: null,
  blank: false,
  pointer: null,
  sentAt: 0,
};

// An audience window: the presenter's slide, large and without chrome, following every change.
export default function AudiencePage() {
  const [state, setState] = useState<ShowState>(WAITING);
  const [help, setHelp] = useState(false);
  const [localBlank, setLocalBlank] = useState(false);

  useEffect(() => {
    const link = openShowLink(setState);
    const last = link.last();
    if (last) setState(last);
    document.documentElement.dataset.audience = 'true';
    return () => {
      link.close();
      delete document.documentElement.dataset.audience;
    };
  }, []);

  // The audience follows; only its own display keys work here.
  useShowKeys(
    {
      step: () => undefined,
      goTo: () => undefined,
      toggleBlank: () => setLocalBlank((value) => !value),
      toggleOverview: () => undefined,
      toggleHelp: () => setHelp((value) => !value),
      closeOverlay: () => {
        setHelp(false);
        setLocalBlank(false);
        return true;
      },
    },
    deck.length,
  );

  const entry = findSlide(state.slideId) ?? deck[0];
  // The slide is zoomed to fit the window: the room cannot scroll the projector's screen.
  const stage = useRef<HTMLElement>(null);
  const content = useRef<HTMLDivElement>(null);
  useFitToHeight(content, {
    key: state.slideId,
    min: 0.6,
    target: () => windowHeight(stage.current),
  });
  const fills = useMemo(
    () => ({ shown: state.revealed, reveal: () => undefined }),
    [state.revealed],
  );
  if (!entry) return null;
  return (
    <div className="audience">
      <main id="main" className="audience-stage stage" aria-labelledby="slide-title" ref={stage}>
        <div className="stage-content" ref={content}>
          <header className="slide-header">
            <p className="slide-kicker">
              <span>{entry.meta.section}</span>
              <span>
                {entry.number} / {deck.length}
              </span>
            </p>
            <h1 id="slide-title">{entry.meta.title}</h1>
          </header>
          <ValueStrip entryId={entry.meta.id} query={state.query} />
          <StaticSlide entry={entry} query={state.query} fills={fills} />
        </div>
        {state.pointer ? (
          <span
            className="laser"
            aria-hidden="true"
            style={{ left: `${state.pointer.x * 100}%`, top: `${state.pointer.y * 100}%` }}
          />
        ) : null}
        {state.sentAt === 0 ? (
          <p className="audience-waiting">
            Waiting for the presenter… open <a href="#/presenter">#/presenter</a> in another window.{' '}
            <button onClick={toggleFullscreen}>Full screen (F)</button>
          </p>
        ) : null}
      </main>
      {help ? <HelpOverlay onClose={() => setHelp(false)} /> : null}
      {state.blank || localBlank ? <BlankScreen onShow={() => setLocalBlank(false)} /> : null}
    </div>
  );
}

// The window's height less the stage's padding: what a slide may take on the projector.
function windowHeight(stage: HTMLElement | null): number | null {
  if (!stage) return null;
  const style = getComputedStyle(stage);
  const padding = Number.parseFloat(style.paddingTop) + Number.parseFloat(style.paddingBottom);
  return window.innerHeight - (padding || 0);
}

// The slide's current numbers, as the room sees them: "N = 512, D_K = 3".
function ValueStrip({
  entryId,
  query,
}: {
  entryId: string;
  query: Readonly<Record<string, string>>;
}) {
  const entry = findSlide(entryId);
  if (!entry || entry.meta.params.length === 0) return null;
  const { values } = parseParams(entry.meta.params, query);
  return (
    <ul className="value-strip" aria-label="Current values">
      {entry.meta.params.map((spec) => (
        <li key={spec.key}>
          <Tex
            tex={`${spec.symbol} = ${String(values[spec.key] ?? spec.default)}`}
            fallback={`${spec.key} = ${String(values[spec.key] ?? spec.default)}`}
          />
          <span className="value-strip-label">{spec.label}</span>
        </li>
      ))}
    </ul>
  );
}
