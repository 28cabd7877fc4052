import { Fragment, type ReactNode } from 'react';
import { readable } from './answer-format';

const SUBSCRIPT = /\b([A-Za-z])_([A-Za-z0-9]+)\b/g;

// Text with the lecture's symbols typeset: "D_K" shows as D with a subscript K; "3 × 3" never breaks.
export function Prose({ text }: { text: string }) {
  const source = readable(text);
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of source.matchAll(SUBSCRIPT)) {
    const at = match.index;
    parts.push(source.slice(last, at));
    parts.push(
      <Fragment key={at}>
        <i>{match[1]}</i>
        <sub>{match[2]}</sub>
      </Fragment>,
    );
    last = at + match[0].length;
  }
  parts.push(source.slice(last));
  return <>{parts}</>;
}
