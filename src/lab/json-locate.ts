// Finds where JSON text goes wrong (browsers' JSON.parse messages differ and some give no position).
// A recursive-descent scan of the JSON grammar (RFC 8259) that returns the offset of the first error.

class Stop extends Error {
  constructor(readonly at: number) {
    super('stop');
  }
}

/** Returns the offset of the first syntax error in JSON text, or null when the text is valid JSON. */
export function syntaxErrorAt(text: string): number | null {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) throw new Stop(i);
    i += 1;
  };
  const string = () => {
    expect('"');
    while (i < text.length && text[i] !== '"') {
      const ch = text.charCodeAt(i);
      if (ch < 0x20) throw new Stop(i);
      if (text[i] === '\\') {
        i += 1;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) throw new Stop(i);
          i += 5;
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) throw new Stop(i);
      }
      i += 1;
    }
    expect('"');
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match || match[0] === '' || match[0] === '-') throw new Stop(i);
    i += match[0].length;
  };
  const word = (w: string) => {
    if (text.slice(i, i + w.length) !== w) throw new Stop(i);
    i += w.length;
  };
  const value = (depth: number): void => {
    if (depth > 200) throw new Stop(i);
    space();
    const ch = text[i];
    if (ch === '{') {
      i += 1;
      space();
      if (text[i] === '}') {
        i += 1;
        return;
      }
      for (;;) {
        space();
        string();
        space();
        expect(':');
        value(depth + 1);
        space();
        if (text[i] === ',') i += 1;
        else return expect('}');
      }
    }
    if (ch === '[') {
      i += 1;
      space();
      if (text[i] === ']') {
        i += 1;
        return;
      }
      for (;;) {
        value(depth + 1);
        space();
        if (text[i] === ',') i += 1;
        else return expect(']');
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return word('true');
    if (ch === 'f') return word('false');
    if (ch === 'n') return word('null');
    return number();
  };
  try {
    value(0);
    space();
    return i < text.length ? i : null;
  } catch (error) {
    if (error instanceof Stop) return error.at;
    throw error;
  }
}

/** Tells an offset in text as "line 3, column 14". */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}
