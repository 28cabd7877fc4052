import { useEffect, useRef } from 'react';
import { deck, preloadSlide, type SlideEntry } from '../lessons/deck';

// Runs of consecutive slides that share a section, in lecture order.
function groupBySection(): { section: string; entries: SlideEntry[] }[] {
  const groups: { section: string; entries: SlideEntry[] }[] = [];
  for (const entry of deck) {
    const last = groups.at(-1);
    if (last && last.section === entry.meta.section) last.entries.push(entry);
    else groups.push({ section: entry.meta.section, entries: [entry] });
  }
  return groups;
}

// Every slide, by section, to jump anywhere; Escape or a choice closes it.
export function Outline({ currentId, onClose }: { currentId: string; onClose: () => void }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[aria-current="page"]')?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <nav id="outline" ref={ref} className="outline" aria-label="Outline of the lecture">
      {groupBySection().map(({ section, entries }) => (
        <section key={entries[0]?.meta.id}>
          <h2>{section}</h2>
          <ol>
            {entries.map((entry) => (
              <li key={entry.meta.id} value={entry.number}>
                <a
                  href={`#/${entry.meta.id}`}
                  aria-current={entry.meta.id === currentId ? 'page' : undefined}
                  onClick={onClose}
                  onMouseEnter={() => preloadSlide(entry)}
                >
                  {entry.meta.title}
                </a>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </nav>
  );
}
