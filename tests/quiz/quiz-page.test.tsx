// The quiz page by role and label: answering right, wrong and junk; hints; the solution; the class
// quiz's score; progress with its reset; the worksheet and answer key; corrected links.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { useQuizProgress } from '../../src/quiz/progress-store';
import QuizPage from '../../src/quiz/quiz-page';
import { quizQuestions } from '../../src/quiz/question-set';

beforeEach(() => {
  useQuizProgress.getState().resetProgress();
});
afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

const ratioLink = { topic: 'separable-ratio', N: '256', DK: '3' };

async function answer(
  text: string,
  how: 'click' | 'enter' = 'click',
  scope: HTMLElement = document.body,
) {
  const user = userEvent.setup();
  const box = within(scope).getByRole('textbox', { name: 'Answer' });
  await user.clear(box);
  await user.type(box, how === 'enter' ? `${text}{Enter}` : text);
  if (how === 'click') await user.click(within(scope).getByRole('button', { name: 'Check' }));
  return user;
}

describe('one question from a link', { timeout: 20_000 }, () => {
  test('states the convention and the question', () => {
    render(<QuizPage segments={[]} query={ratioLink} />);
    expect(screen.getByRole('heading', { name: 'Check yourself' })).toBeInTheDocument();
    expect(
      screen.getByText(/What fraction of the standard convolution’s mult-adds/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('the ratio separable ÷ standard (a fraction, decimal or percentage)'),
    ).toBeInTheDocument();
  });

  test('junk, then a named mistake, then not quite with a hint, then right; progress records the first check', async () => {
    render(<QuizPage segments={[]} query={ratioLink} />);
    const status = () =>
      screen.getAllByRole('status').find((el) => el.classList.contains('feedback'))!;
    await answer('about nine');
    expect(status()).toHaveTextContent('could not be read as a number');
    expect(status()).toHaveTextContent('1/256 + 1/9');
    expect(useQuizProgress.getState().topics['separable-ratio']).toBeUndefined();

    await answer('8.7x', 'enter');
    expect(status()).toHaveTextContent('Speed-up given where the ratio was asked (inverse)');
    expect(useQuizProgress.getState().topics['separable-ratio']).toEqual({
      attempts: 1,
      correct: 0,
      recent: [0],
    });

    await answer('0.5');
    expect(status()).toHaveTextContent('Not quite');
    expect(
      within(screen.getByRole('list', { name: 'Hints' })).getAllByRole('listitem'),
    ).toHaveLength(1);

    await answer('1/256 + 1/9', 'enter');
    expect(status()).toHaveTextContent('✓ Correct.');
    expect(status()).toHaveTextContent('0.115 = 11.5 % ≈ 1/8.7');
    expect(useQuizProgress.getState().topics['separable-ratio']?.attempts).toBe(1);
  });

  test('a right first answer counts as mastered', async () => {
    render(<QuizPage segments={[]} query={ratioLink} />);
    await answer('11.5%');
    expect(useQuizProgress.getState().topics['separable-ratio']).toEqual({
      attempts: 1,
      correct: 1,
      recent: [1],
    });
  });

  test('hints come in steps, then the worked solution', async () => {
    const user = userEvent.setup();
    render(<QuizPage segments={[]} query={ratioLink} />);
    await user.click(screen.getByRole('button', { name: 'Hint 1 of 3' }));
    expect(screen.getByText(/Divide the separable cost by the standard cost/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hint 2 of 3' }));
    expect(
      within(screen.getByRole('list', { name: 'Hints' })).getAllByRole('listitem'),
    ).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Show solution' }));
    const solution = screen.getByRole('region', { name: 'Worked solution' });
    expect(within(solution).getByText(/exactly 265\/2,304/)).toBeInTheDocument();
    expect(within(solution).getByText('0.115 = 11.5 % ≈ 1/8.7')).toBeInTheDocument();
    // Opening the solution first counts as a miss.
    expect(useQuizProgress.getState().topics['separable-ratio']).toEqual({
      attempts: 1,
      correct: 0,
      recent: [0],
    });
  });

  test('a bad value in the link is corrected with a notice', () => {
    render(
      <QuizPage
        segments={[]}
        query={{ topic: 'standard-conv', DK: '99', M: '64', N: '64', DF: '56' }}
      />,
    );
    expect(screen.getByText(/allowed from 1 to 11, so 11/)).toBeInTheDocument();
    expect(screen.getByText(/filters of size 11 × 11 × 64/)).toBeInTheDocument();
  });

  test('an unknown topic shows practice with a notice', () => {
    render(<QuizPage segments={[]} query={{ topic: 'bogus' }} />);
    expect(screen.getByText(/There is no quiz topic “bogus”/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Practice', level: 1 })).toBeInTheDocument();
  });
});

describe('adaptive practice', { timeout: 20_000 }, () => {
  test('shows a question and moves to another topic, focusing the answer box', async () => {
    const user = userEvent.setup();
    vi.spyOn(Math, 'random').mockReturnValue(0);
    // u = 0 picks the first topic with weight: dot product first, then (never the same twice) dense layer.
    render(<QuizPage segments={[]} query={{}} />);
    const first = screen.getAllByRole('article')[0]!;
    expect(within(first).getByRole('heading', { name: 'Dot product FLOPs' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    const next = screen.getAllByRole('article')[0]!;
    expect(within(next).getByRole('heading', { name: 'Dense layer FLOPs' })).toBeInTheDocument();
    expect(within(next).getByRole('textbox', { name: 'Answer' })).toHaveFocus();
  });
});

describe('class quiz', { timeout: 30_000 }, () => {
  test('the same ten questions, scored at the first check', async () => {
    render(<QuizPage segments={[]} query={{ seed: '7' }} />);
    expect(screen.getByRole('heading', { name: 'Class quiz 7' })).toBeInTheDocument();
    const cards = screen.getAllByRole('article', { hidden: true });
    expect(cards).toHaveLength(10);
    expect(screen.getByText(/Score/)).toHaveTextContent('Score 0 / 10');
    const questions = quizQuestions(7);
    await answer(String(questions[0]!.answer), 'enter', cards[0]!);
    await answer('1', 'enter', cards[1]!);
    expect(screen.getByText(/Score/)).toHaveTextContent('Score 1 / 10');
    expect(screen.getByText('2 of 10 answered')).toBeInTheDocument();
    expect(within(cards[0]!).getByText('Answered right')).toBeInTheDocument();
    expect(within(cards[1]!).getByText('Missed')).toBeInTheDocument();
    expect(useQuizProgress.getState().runs['7']?.results.slice(0, 3)).toEqual([
      'correct',
      'missed',
      null,
    ]);
  });
});

describe('progress', { timeout: 30_000 }, () => {
  test('a table per topic and a reset that asks first', async () => {
    const user = userEvent.setup();
    useQuizProgress.getState().recordOutcome('pointwise', true);
    render(<QuizPage segments={['progress']} query={{}} />);
    const table = screen.getByRole('table', { name: 'Mastery per topic' });
    expect(within(table).getAllByRole('row')).toHaveLength(16);
    const pointwise = within(table).getByRole('row', { name: /Pointwise conv MACs/ });
    expect(pointwise).toHaveTextContent('100 %');

    await user.click(screen.getByRole('button', { name: 'Reset progress…' }));
    expect(screen.getByText(/Forget all quiz progress/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Yes, reset my progress' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(useQuizProgress.getState().topics.pointwise).toBeDefined();
    expect(screen.getByRole('button', { name: 'Reset progress…' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Reset progress…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset my progress' }));
    expect(useQuizProgress.getState().topics).toEqual({});
    await waitFor(() => expect(screen.getByText('Progress reset.')).toBeInTheDocument());
  });
});

describe('worksheet and answer key', { timeout: 30_000 }, () => {
  test('the worksheet has the ten questions and blank answer lines, no answers', () => {
    render(<QuizPage segments={['worksheet']} query={{ seed: '7' }} />);
    expect(screen.getByRole('heading', { name: 'Worksheet: FLOPs quiz 7' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(10);
    expect(screen.queryByRole('region', { name: 'Worked solution' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
  });

  test('the answer key has every answer and solution of the same quiz', () => {
    render(<QuizPage segments={['answers']} query={{ seed: '7' }} />);
    expect(screen.getByRole('heading', { name: 'Answer key: FLOPs quiz 7' })).toBeInTheDocument();
    const solutions = screen.getAllByRole('region', { name: 'Worked solution', hidden: true });
    expect(solutions).toHaveLength(10);
    const first = quizQuestions(7)[0]!;
    expect(solutions[0]).toHaveTextContent(new Intl.NumberFormat('en-US').format(first.answer));
  });
});
