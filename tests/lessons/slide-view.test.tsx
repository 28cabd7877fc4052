import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SlideEntry } from '../../src/lessons/deck';
import { Fill } from '../../src/lessons/fill';
import type { SlideMeta, SlideProps } from '../../src/lessons/slide-meta';
import { SlideView } from '../../src/lessons/slide-view';
import { renderSlide, setField, settled, slideEntry } from './support/slide-harness';

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
  return slideEntry(meta, 1, async () => ({ default: panel }));
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
    await setField('n', '5');
    expect(onChange).toHaveBeenLastCalledWith('n', 5);
  });

  it('links to a check-yourself question with the current numbers', async () => {
    const entry = entryWith(({ values }) => <p>n is {String(values.n)}</p>);
    renderSlide(entry, { values: { n: 7 } });
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
    renderSlide(entry, { fills: { shown: 1, reveal } });
    expect(await screen.findByText('ONE')).toBeInTheDocument();
    expect(screen.queryByText('TWO')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Reveal: second' }));
    expect(reveal).toHaveBeenCalledWith(2);
  });

  it('shows a moved control at once and its panel a frame later, busy meanwhile', async () => {
    const entry = entryWith(({ values }) => <p>n is {String(values.n)}</p>);
    const { container } = renderSlide(entry);
    expect(await screen.findByText('n is 3')).toBeInTheDocument();
    const panel = container.querySelector('.slide-panel');
    if (!(panel instanceof HTMLElement)) throw new Error('no slide panel');
    const slider = screen.getByRole('slider', { name: /^n:/ });
    const field = screen.getByRole('textbox', { name: /^n \(/ });
    expect(panel).not.toHaveAttribute('aria-busy');

    fireEvent.change(slider, { target: { value: '6' } });
    // The controls answer in the same frame…
    expect(slider).toHaveValue('6');
    expect(field).toHaveValue('6');
    // …while the panel still shows the old value and says it is about to change.
    expect(panel).toHaveAttribute('aria-busy', 'true');
    expect(within(panel).getByText('n is 3')).toBeInTheDocument();
    expect(within(panel).queryByText('n is 6')).toBeNull();
    expect(within(panel).getByRole('link', { name: /Check yourself/ })).toHaveAttribute(
      'href',
      '#/quiz?topic=dot-product&n=3',
    );

    await settled();
    expect(within(panel).getByText('n is 6')).toBeInTheDocument();
    expect(within(panel).queryByText('n is 3')).toBeNull();
    expect(within(panel).getByRole('link', { name: /Check yourself/ })).toHaveAttribute(
      'href',
      '#/quiz?topic=dot-product&n=6',
    );
    expect(panel).not.toHaveAttribute('aria-busy');
    expect(slider).toHaveValue('6');
  });
});
