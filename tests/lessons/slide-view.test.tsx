import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { SlideEntry } from '../../src/lessons/deck';
import { Fill } from '../../src/lessons/fill';
import type { SlideMeta, SlideProps } from '../../src/lessons/slide-meta';
import { SlideView } from '../../src/lessons/slide-view';

const meta: SlideMeta = {
  id: 'fake',
  title: 'Fake slide',
  section: 'Test',
  params: [
    { key: 'n', symbol: 'n', label: 'elements', kind: 'int', min: 1, max: 9, step: 1, default: 3 },
  ],
  fills: ['first', 'second'],
  quizTopic: 'dot-product',
  notes: { keyPoint: 'k', mistakes: 'm', question: 'q' },
};

function entryWith(panel: (props: SlideProps) => React.ReactNode): SlideEntry {
  return { meta, number: 1, Panel: lazy(async () => ({ default: panel })) };
}

const allFills = { shown: null, reveal: () => undefined };

describe('SlideView', () => {
  it('contains a failing panel and keeps the controls working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onChange = vi.fn();
    const broken = entryWith(() => {
      throw new Error('kaboom');
    });
    render(<SlideView entry={broken} values={{ n: 3 }} onChange={onChange} fills={allFills} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Sorry, this slide's panel could not be shown.",
    );
    expect(screen.getByRole('alert')).toHaveTextContent('kaboom');
    const field = screen.getByRole('textbox', { name: /exact value/ });
    await userEvent.clear(field);
    await userEvent.type(field, '5');
    expect(onChange).toHaveBeenLastCalledWith('n', 5);
  });

  it('links to a check-yourself question with the current numbers', async () => {
    const entry = entryWith(({ values }) => <p>n is {String(values.n)}</p>);
    render(
      <SlideView entry={entry} values={{ n: 7 }} onChange={() => undefined} fills={allFills} />,
    );
    expect(await screen.findByText('n is 7')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Check yourself/ })).toHaveAttribute(
      'href',
      '#/quiz?topic=dot-product&n=7',
    );
  });

  it('hides fills in practice mode and reveals them in order', async () => {
    const reveal = vi.fn();
    const entry = entryWith(() => (
      <>
        <Fill index={0} label="first">
          ONE
        </Fill>
        <Fill index={1} label="second">
          TWO
        </Fill>
      </>
    ));
    render(
      <SlideView
        entry={entry}
        values={{ n: 3 }}
        onChange={() => undefined}
        fills={{ shown: 1, reveal }}
      />,
    );
    expect(await screen.findByText('ONE')).toBeInTheDocument();
    expect(screen.queryByText('TWO')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Reveal: second' }));
    expect(reveal).toHaveBeenCalledWith(2);
  });
});
