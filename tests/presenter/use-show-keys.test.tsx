import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useShowKeys, type ShowKeyActions } from '../../src/presenter/use-show-keys';

function setup() {
  const actions: ShowKeyActions = {
    step: vi.fn(),
    goTo: vi.fn(),
    toggleBlank: vi.fn(),
    toggleOverview: vi.fn(),
    toggleHelp: vi.fn(),
    closeOverlay: vi.fn(() => true),
  };
  function Keys() {
    useShowKeys(actions, 31);
    return <input aria-label="typing" />;
  }
  render(<Keys />);
  return actions;
}

describe('useShowKeys', () => {
  it('steps with the arrows, PageUp/PageDown and Space', async () => {
    const actions = setup();
    await userEvent.keyboard('{ArrowRight}{PageDown}[Space]{ArrowLeft}{PageUp}');
    expect(vi.mocked(actions.step).mock.calls).toEqual([[1], [1], [1], [-1], [-1]]);
  });

  it('goes to a slide with G, a number and Enter, clamped to the deck', async () => {
    const actions = setup();
    await userEvent.keyboard('g14{Enter}');
    await userEvent.keyboard('G99{Enter}');
    await userEvent.keyboard('{Home}{End}');
    expect(vi.mocked(actions.goTo).mock.calls).toEqual([[13], [30], [0], [30]]);
  });

  it('toggles blank, overview and help, and Escape closes', async () => {
    const actions = setup();
    await userEvent.keyboard('bo?{Escape}');
    expect(actions.toggleBlank).toHaveBeenCalledTimes(1);
    expect(actions.toggleOverview).toHaveBeenCalledTimes(1);
    expect(actions.toggleHelp).toHaveBeenCalledTimes(1);
    expect(actions.closeOverlay).toHaveBeenCalledTimes(1);
  });

  it('leaves keys alone while typing in a field', async () => {
    const actions = setup();
    const field = document.querySelector('input') as HTMLInputElement;
    field.focus();
    await userEvent.keyboard('b{ArrowRight}');
    expect(actions.toggleBlank).not.toHaveBeenCalled();
    expect(actions.step).not.toHaveBeenCalled();
  });
});
