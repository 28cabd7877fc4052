// Grades an answer: right (within the question's tolerance), a recognized mistake, or not quite.
import { parseAnswer, type AnswerForm } from './answer-parser';
import { MISTAKES, type MistakeId } from './mistakes';
import { withinTolerance, type Question } from './question';

/** The outcome of checking an answer. */
export type Grade =
  | { readonly verdict: 'correct'; readonly value: number; readonly form: AnswerForm }
  | {
      readonly verdict: 'mistake';
      readonly mistake: MistakeId;
      readonly label: string;
      readonly message: string;
      readonly value: number;
    }
  | { readonly verdict: 'wrong'; readonly message: string; readonly value: number }
  | { readonly verdict: 'unreadable'; readonly message: string; readonly empty: boolean }
  | { readonly verdict: 'wrong-form'; readonly message: string };

/** Tells whether a grade counts as an attempt (unreadable input and wrong forms do not). */
export function isAttempt(grade: Grade): boolean {
  return grade.verdict === 'correct' || grade.verdict === 'mistake' || grade.verdict === 'wrong';
}

/** Tells whether a question takes a factor such as 8.7x (speed-ups, growth factors, coefficients). */
export function acceptsFactor(question: Question): boolean {
  return question.kind === 'factor' || question.kind === 'coefficient';
}

/** Finds the first recognized mistake a value matches. */
export function diagnose(question: Question, value: number): MistakeId | undefined {
  for (const mistake of question.mistakes) {
    if (withinTolerance(value, mistake.value, question.tolerance)) return mistake.id;
  }
  return undefined;
}

/** Checks a typed answer against a question. */
export function gradeAnswer(question: Question, input: string): Grade {
  const parsed = parseAnswer(input);
  if (!parsed.ok) {
    return { verdict: 'unreadable', message: parsed.message, empty: parsed.reason === 'empty' };
  }
  const { value, form } = parsed;
  const factorOk = form !== 'factor' || acceptsFactor(question);
  if (factorOk) {
    if (withinTolerance(value, question.answer, question.tolerance)) {
      return { verdict: 'correct', value, form };
    }
  }
  const mistake = diagnose(question, value);
  if (mistake) {
    const info = MISTAKES[mistake];
    return { verdict: 'mistake', mistake, label: info.label, message: info.message, value };
  }
  if (!factorOk) {
    return {
      verdict: 'wrong-form',
      message: `A factor such as 8.7x answers a speed-up; this question asks for ${question.asks}. Give it as a number, a fraction or a percentage.`,
    };
  }
  return { verdict: 'wrong', message: 'Not quite.', value };
}
