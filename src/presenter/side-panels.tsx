import { useEffect, useRef } from 'react';
import { deck, type SlideEntry } from '../lessons/deck';

// The speaker notes of a slide: the key point, the usual mistakes, a question for the room.
export function SpeakerNotes({ entry }: { entry: SlideEntry }) {
  const { keyPoint, mistakes, question } = entry.meta.notes;
  return (
    <section className="speaker-notes" aria-label="Speaker notes">
      <h2>Notes</h2>
      <dl>
        <dt>Key point</dt>
        <dd>{keyPoint}</dd>
        <dt>Mistakes students make</dt>
        <dd>{mistakes}</dd>
        <dt>Ask the room</dt>
        <dd>{question}</dd>
      </dl>
    </section>
  );
}

// Every slide, the current one marked and kept in view.
export function SlideList({
  currentId,
  onPick,
}: {
  currentId: string;
  onPick: (index: number) => void;
}) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // Scrolls the list only: scrollIntoView would also scroll the notes above it.
    const box = list.current;
    const item = box?.querySelector<HTMLElement>('[aria-current]');
    if (box && item) box.scrollTop = item.offsetTop - box.offsetTop - box.clientHeight / 2;
  }, [currentId]);
  return (
    <section className="slide-list" aria-label="All slides">
      <h2>Slides</h2>
      <ol ref={list}>
        {deck.map((entry, index) => (
          <li key={entry.meta.id}>
            <button
              type="button"
              aria-current={entry.meta.id === currentId ? 'true' : undefined}
              onClick={() => onPick(index)}
            >
              {entry.number}. {entry.meta.title}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
