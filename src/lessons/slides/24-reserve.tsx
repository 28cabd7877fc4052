import type { ReactNode } from 'react';
import './24-reserve.css';

/** A piece of the longest wording: plain text, or `{ bold }` for a bold part. */
export type Wording = string | { readonly bold: string };

export interface ReserveProps {
  /** The longest wording the element can show: its height is kept for every value. */
  readonly longest: Wording | readonly Wording[];
  /** A paragraph (default) or a span inside a block, e.g. a fill in a grid. */
  readonly as?: 'p' | 'span';
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * Text whose wording follows the parameters, as tall as its longest wording at any width and
 * type size: an invisible copy of `longest` shares the element's grid cell with the text shown,
 * so stepping a slider never changes how many lines the text takes and nothing below it moves.
 * The copy is CSS generated content (`data-text`), so neither screen readers nor text queries
 * see it.
 */
export function Reserve({ longest, as: Tag = 'p', className, children }: ReserveProps) {
  const parts: readonly Wording[] = Array.isArray(longest) ? longest : [longest as Wording];
  return (
    <Tag className={className ? `reserve ${className}` : 'reserve'}>
      <span className="reserve-ghost" aria-hidden="true">
        {parts.map((part, k) =>
          typeof part === 'string' ? (
            <span key={k} data-text={part} />
          ) : (
            <span key={k} className="reserve-bold" data-text={part.bold} />
          ),
        )}
      </span>
      <span className="reserve-text">{children}</span>
    </Tag>
  );
}
