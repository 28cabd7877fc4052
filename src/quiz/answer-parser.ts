// Reads a student's answer: plain, grouped, scientific and suffixed numbers, fractions and
// their sums, percentages, and factors (for speed-ups). Pure: no DOM, no React.

/** How an answer was written. */
export type AnswerForm =
  'number' | 'grouped' | 'scientific' | 'suffix' | 'fraction' | 'sum' | 'percent' | 'factor';

/** A read answer, or why it could not be read. */
export type ParsedAnswer =
  | { readonly ok: true; readonly value: number; readonly form: AnswerForm }
  | { readonly ok: false; readonly reason: 'empty' | 'unreadable'; readonly message: string };

/** The forms an answer may take, as examples (shown when an answer cannot be read). */
export const ACCEPTED_FORMS: readonly string[] = [
  '568740352',
  '568,740,352',
  '5.687e8',
  '568.7M',
  '0.569 G',
  '1/256 + 1/9',
  '11.5%',
  '8.7x (for a speed-up)',
];

/** The message for an answer that cannot be read. */
export const UNREADABLE_MESSAGE = `That answer could not be read as a number. Accepted forms: ${ACCEPTED_FORMS.join(', ')}.`;

const SUFFIXES: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  g: 1e9,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  trillion: 1e12,
};

// Unit words a student may add after the number; they do not change its value.
const UNIT_WORDS =
  /\s*(mult-?adds?|multiply-?adds?|macs?|flops?|params?|parameters?|weights?|operations?|ops|pixels?|px)\s*$/i;

const PLAIN = /^(\d+(?:\.\d*)?|\.\d+)$/;
const GROUPED = /^[1-9]\d{0,2}(?:([,' _])\d{3})(?:\1\d{3})*(?:\.\d+)?$/;
const DECIMAL_COMMA = /^\d+,\d+$/;

// Reads an unsigned number without a suffix: 1234, 1,234, 1 234, 12.5, 12,5.
function readPlain(text: string): { value: number; grouped: boolean } | null {
  if (PLAIN.test(text)) return { value: Number(text), grouped: false };
  if (GROUPED.test(text)) {
    return { value: Number(text.replace(/[,' _]/g, '')), grouped: true };
  }
  if (DECIMAL_COMMA.test(text)) return { value: Number(text.replace(',', '.')), grouped: false };
  return null;
}

const SCIENTIFIC = /^(.+?)(?:\s*e\s*([+-]?\d+)|(?:\s*[x×·*⋅]\s*|\s+)10\s*\^\s*\(?([+-]?\d+)\)?)$/i;
const SUFFIXED = /^(.+?)\s*([a-z]+)$/i;

// Reads one signed number in any single-number form.
function readNumber(raw: string): { value: number; form: AnswerForm } | null {
  let text = raw.trim();
  let sign = 1;
  if (text.startsWith('-') || text.startsWith('+')) {
    sign = text.startsWith('-') ? -1 : 1;
    text = text.slice(1).trim();
  }
  if (/^10\s*\^\s*\(?[+-]?\d+\)?$/.test(text)) text = `1 ${text}`;
  const plain = readPlain(text);
  if (plain) return { value: sign * plain.value, form: plain.grouped ? 'grouped' : 'number' };
  const sci = SCIENTIFIC.exec(text);
  if (sci) {
    const base = readPlain((sci[1] ?? '').trim());
    const exponent = Number(sci[2] ?? sci[3]);
    if (base && Number.isFinite(exponent)) {
      return { value: sign * base.value * 10 ** exponent, form: 'scientific' };
    }
  }
  const suffixed = SUFFIXED.exec(text);
  if (suffixed) {
    const scale = SUFFIXES[(suffixed[2] ?? '').toLowerCase()];
    const base = readPlain((suffixed[1] ?? '').trim());
    if (scale !== undefined && base) return { value: sign * base.value * scale, form: 'suffix' };
  }
  return null;
}

// Reads a number or a fraction a/b of two numbers.
function readTerm(raw: string): { value: number; form: AnswerForm } | null {
  const parts = raw.split('/');
  if (parts.length === 1) return readNumber(raw);
  if (parts.length !== 2) return null;
  const top = readNumber(parts[0] ?? '');
  const bottom = readNumber(parts[1] ?? '');
  if (!top || !bottom || bottom.value === 0) return null;
  return { value: top.value / bottom.value, form: 'fraction' };
}

// Reads a sum of terms: 1/256 + 1/9 (an exponent's sign, as in 1e+8, is not a plus).
function readSum(text: string): { value: number; form: AnswerForm } | null {
  const terms = text.split(/(?<![eE^(])\s*\+\s*/);
  if (terms.length === 1) return readTerm(text);
  if (terms[0]?.trim() === '') terms.shift();
  let total = 0;
  for (const term of terms) {
    const read = readTerm(term);
    if (!read) return null;
    total += read.value;
  }
  return { value: total, form: 'sum' };
}

// Tidies what people paste: other minus signs, odd spaces, "≈", "= ", a unit word at the end.
function normalize(input: string): string {
  return input
    .replace(/[\u2212\u2013\u2014]/g, '-')
    .replace(/[\u00a0\u2009\u202f\u2007]/g, ' ')
    .trim()
    .replace(/^(?:≈|~|=|about|approx\.?|approximately)\s*/i, '')
    .replace(UNIT_WORDS, '')
    .trim();
}

/** Reads an answer; says why when it cannot. */
export function parseAnswer(input: string): ParsedAnswer {
  const text = normalize(input);
  if (text === '') {
    return input.trim() === ''
      ? { ok: false, reason: 'empty', message: 'Type an answer first.' }
      : { ok: false, reason: 'unreadable', message: UNREADABLE_MESSAGE };
  }
  let result: { value: number; form: AnswerForm } | null;
  const percent = /^(.+?)\s*%$/.exec(text);
  const factor = /^(?:(.+?)\s*(?:x|×|times)|(?:x|×)\s*(.+?))$/i.exec(text);
  if (percent) {
    const inner = readNumber(percent[1] ?? '');
    result = inner && { value: inner.value / 100, form: 'percent' };
  } else if (factor) {
    const inner = readTerm(factor[1] ?? factor[2] ?? '');
    result = inner && { value: inner.value, form: 'factor' };
  } else {
    result = readSum(text);
  }
  if (!result || !Number.isFinite(result.value)) {
    return { ok: false, reason: 'unreadable', message: UNREADABLE_MESSAGE };
  }
  return { ok: true, value: result.value, form: result.form };
}
