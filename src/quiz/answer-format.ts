// Prints a question's answer for reading: exact counts with separators, ratios three ways, factors with ×.
import { formatCompact, formatCount, formatNumber } from '../engine/index';
import { describeTolerance, type Question } from './question';

/** The answer as text: "568,740,352 (568.7 M)", "0.115 = 11.5 % ≈ 1/8.7", "8.69×". */
export function formatAnswer(question: Pick<Question, 'answer' | 'kind'>): string {
  const { answer, kind } = question;
  switch (kind) {
    case 'count':
      return Math.abs(answer) >= 10_000
        ? `${formatCount(answer)} (${formatCompact(answer)})`
        : formatCount(answer);
    case 'ratio':
      return `${formatNumber(answer, 4)} = ${formatNumber(answer * 100, 2)} % ≈ 1/${formatNumber(1 / answer, 1)}`;
    case 'factor':
      return `${formatNumber(answer, 2)}×`;
    case 'size':
      return formatCount(answer);
    case 'coefficient':
      return formatNumber(answer, 4);
  }
}

/** How precise an answer must be, in words for the question: "exact", "within 0.5 %". */
export function precisionText(question: Pick<Question, 'tolerance'>): string {
  const text = describeTolerance(question.tolerance);
  return text === 'exact' ? 'Give the exact value.' : `Answers ${text} count.`;
}

/** Keeps "3 × 3" and "N = 256" on one line: their spaces become non-breaking. */
export function readable(text: string): string {
  return text.replace(/ ([×=]) /g, '\u00a0$1\u00a0');
}
