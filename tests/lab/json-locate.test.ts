// The JSON syntax locator agrees with JSON.parse on what is valid, and points at the first error.
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { lineColumn, syntaxErrorAt } from '../../src/lab/json-locate';

/** Whether JSON.parse accepts the text. */
function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('syntaxErrorAt', () => {
  fcTest.prop([fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v, null, 2))])(
    'valid JSON has no error',
    (text) => {
      expect(syntaxErrorAt(text)).toBeNull();
    },
  );

  fcTest.prop([
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.nat(),
    fc.constantFrom(',', '}', ']', '"', ':', 'x', '\n', '1', '{', '['),
  ])('agrees with JSON.parse after any one-character insertion', (text, at, ch) => {
    const i = at % (text.length + 1);
    const mutated = text.slice(0, i) + ch + text.slice(i);
    expect(syntaxErrorAt(mutated) === null).toBe(parses(mutated));
  });

  fcTest.prop([fc.string({ maxLength: 60 })])('agrees with JSON.parse on any string', (text) => {
    expect(syntaxErrorAt(text) === null).toBe(parses(text));
  });

  test.each([
    ['{"a": 1,}', 8],
    ['[1, 2', 5],
    ['{"a" 1}', 5],
    ['', 0],
    ['{"layers": [,]}', 12],
    ['[1] x', 4],
  ])('%s fails at %i', (text, offset) => {
    expect(syntaxErrorAt(text)).toBe(offset);
  });

  test('an offset reads as a line and column', () => {
    expect(lineColumn('{\n  "a": ,\n}', 9)).toBe('line 2, column 8');
  });
});
