import { createContext, useContext, type ReactNode } from 'react';

/** How a slide's blanks are shown: all of them, or the first `shown` (practice, presenter steps). */
export interface FillState {
  /** How many fills are shown, in order; `null` shows every fill. */
  readonly shown: number | null;
  readonly reveal: (count: number) => void;
}

const FillContext = createContext<FillState>({ shown: null, reveal: () => undefined });

export const FillProvider = FillContext.Provider;

export interface FillProps {
  /** The blank's position in the slide's `fills` list (0-based), its reveal step. */
  readonly index: number;
  /** What the blank asks for, e.g. "FLOPs of a dot product of n elements". */
  readonly label: string;
  readonly children: ReactNode;
  /** Render as a block (formula rows) instead of inline. */
  readonly block?: boolean;
}

/**
 * One of the lecture's blanks, filled live. In practice mode it stays hidden behind a
 * "Reveal" button until the student has worked it out.
 */
export function Fill({ index, label, children, block = false }: FillProps) {
  const { shown, reveal } = useContext(FillContext);
  const Tag = block ? 'div' : 'span';
  if (shown !== null && index >= shown) {
    return (
      <Tag className="fill fill-hidden" data-fill={index}>
        <button type="button" className="reveal-button" onClick={() => reveal(index + 1)}>
          Reveal: {label}
        </button>
      </Tag>
    );
  }
  return (
    <Tag className="fill" data-fill={index} aria-label={`Filled blank: ${label}`} role="group">
      {children}
    </Tag>
  );
}
