import { useEffect, useState } from 'react';
import { deck, preloadSlide } from '../lessons/deck';
import { StaticSlide } from '../lessons/static-slide';
import type { PageProps } from '../store/page-props';
import { useSlideMemory } from '../store/slide-memory';
import { fitSlidesToPages, unfitSlides } from './fit-to-page';
import './presenter.css';

// The whole deck on paper: every slide with its current numbers and every fill, notes optional.
export default function HandoutPage({ query }: PageProps) {
  const [notes, setNotes] = useState(query.notes === '1');
  const queries = useSlideMemory((state) => state.queries);
  useEffect(() => {
    deck.forEach((entry) => preloadSlide(entry));
    document.title = 'Handout — FLOPs Lab';
    const slides = () => document.querySelectorAll<HTMLElement>('.handout-slide');
    const fit = () => fitSlidesToPages(slides());
    const unfit = () => unfitSlides(slides());
    window.addEventListener('beforeprint', fit);
    window.addEventListener('afterprint', unfit);
    return () => {
      window.removeEventListener('beforeprint', fit);
      window.removeEventListener('afterprint', unfit);
    };
  }, []);
  return (
    <div className="handout">
      <header className="handout-bar">
        <h1>FLOPs Lab handout: From ResNet to Lightweight CNNs</h1>
        <p>
          {deck.length} slides with the numbers as last set in this window and every blank filled.
          Use your browser&apos;s print dialog to print or save as PDF (one slide a page).
        </p>
        <label className="switch">
          <input
            type="checkbox"
            checked={notes}
            onChange={(event) => setNotes(event.target.checked)}
          />
          <span>Include speaker notes</span>
        </label>
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <a href="#/presenter">Back to the presenter</a>
      </header>
      <main id="main">
        {deck.map((entry) => (
          <article
            key={entry.meta.id}
            className="stage handout-slide"
            aria-labelledby={`handout-${entry.meta.id}`}
          >
            <header className="slide-header">
              <p className="slide-kicker">
                <span>{entry.meta.section}</span>
                <span>
                  Slide {entry.number} of {deck.length}
                </span>
              </p>
              <h2 id={`handout-${entry.meta.id}`}>{entry.meta.title}</h2>
            </header>
            <StaticSlide entry={entry} query={queries[entry.meta.id] ?? {}} />
            {notes ? (
              <aside className="handout-notes">
                <strong>Key point:</strong> {entry.meta.notes.keyPoint} <strong>Mistakes:</strong>{' '}
                {entry.meta.notes.mistakes} <strong>Ask:</strong> {entry.meta.notes.question}
              </aside>
            ) : null}
          </article>
        ))}
      </main>
    </div>
  );
}
