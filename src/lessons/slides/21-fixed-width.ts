// Numbers that keep their width: a right-aligned count padded on the left with figure spaces
// (U+2007, the width of a tabular digit) and punctuation spaces (U+2008, the width of a comma or
// point) to the width of the widest value the column can show. Its text then starts at the same
// place whatever the value, so stepping a slider moves no text, only changes the digits.

const FIGURE_SPACE = '\u2007';
const PUNCTUATION_SPACE = '\u2008';

function count(text: string): { digits: number; marks: number } {
  let digits = 0;
  let marks = 0;
  for (const char of text) {
    if (char >= '0' && char <= '9') digits += 1;
    else if (char === ',' || char === '.') marks += 1;
  }
  return { digits, marks };
}

/** Pads `text` on the left to the width of `widest` ("00,000,000,000"); longer text is unchanged. */
export function padToWidth(text: string, widest: string): string {
  const have = count(text);
  const want = count(widest);
  return (
    FIGURE_SPACE.repeat(Math.max(0, want.digits - have.digits)) +
    PUNCTUATION_SPACE.repeat(Math.max(0, want.marks - have.marks)) +
    text
  );
}
