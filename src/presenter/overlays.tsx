import { useEffect, useRef, type ReactNode } from 'react';
import { deck } from '../lessons/deck';
import { SHOW_KEYS } from './use-show-keys';

// A modal layer that takes focus while open and gives it back when closed.
export function Dialog({
  label,
  onClose,
  children,
  className,
}: {
  label: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    ref.current?.focus();
    return () => before?.focus?.();
  }, []);
  return (
    <div
      ref={ref}
      role="dialog"
      aria-modal="true"
      aria-label={label}
      tabIndex={-1}
      className={['overlay', className ?? ''].join(' ')}
    >
      <div className="overlay-box">
        <button type="button" className="overlay-close" onClick={onClose}>
          Close <span aria-hidden="true">(Esc)</span>
        </button>
        {children}
      </div>
    </div>
  );
}

// Lists every key of the projector display (?).
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  return (
    <Dialog label="Keyboard shortcuts" onClose={onClose}>
      <h2>Keyboard shortcuts</h2>
      <table className="data help-keys">
        <caption className="sr-only">Keys and what they do</caption>
        <tbody>
          {SHOW_KEYS.map(({ keys, action }) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}

// Every slide as a card, to jump anywhere (O).
export function OverviewGrid({
  currentId,
  onPick,
  onClose,
}: {
  currentId: string;
  onPick: (index: number) => void;
  onClose: () => void;
}) {
  return (
    <Dialog label="Overview of all slides" onClose={onClose} className="overview">
      <h2>All slides</h2>
      <ol className="overview-grid">
        {deck.map((entry, index) => (
          <li key={entry.meta.id}>
            <button
              type="button"
              aria-current={entry.meta.id === currentId ? 'true' : undefined}
              onClick={() => onPick(index)}
            >
              <span className="overview-number">{entry.number}</span>
              <span className="overview-title">{entry.meta.title}</span>
              <span className="overview-section">{entry.meta.section}</span>
            </button>
          </li>
        ))}
      </ol>
    </Dialog>
  );
}

// The blank screen (B): black, with nothing on it but a way back for mouse users.
export function BlankScreen({ onShow }: { onShow: () => void }) {
  return (
    <div className="blank-screen" role="dialog" aria-modal="true" aria-label="Screen blanked">
      <button type="button" onClick={onShow}>
        Show the slide again (B)
      </button>
    </div>
  );
}
