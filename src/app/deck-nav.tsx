import { memo } from 'react';
import { deck } from '../lessons/deck';

// Previous and next buttons, each naming the slide it goes to.
export const DeckNav = memo(function DeckNav({
  index,
  go,
}: {
  index: number;
  go: (index: number) => void;
}) {
  const previous = deck[index - 1];
  const next = deck[index + 1];
  return (
    <nav className="deck-nav" aria-label="Slides">
      <button type="button" onClick={() => go(index - 1)} disabled={!previous}>
        <span className="deck-nav-label">
          <span aria-hidden="true">←</span> Previous
        </span>
        {previous ? <span className="deck-nav-title">{previous.meta.title}</span> : null}
      </button>
      <span className="deck-nav-count" aria-hidden="true">
        {index + 1} / {deck.length}
      </span>
      <button type="button" onClick={() => go(index + 1)} disabled={!next}>
        <span className="deck-nav-label">
          Next <span aria-hidden="true">→</span>
        </span>
        {next ? <span className="deck-nav-title">{next.meta.title}</span> : null}
      </button>
    </nav>
  );
});
