import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findSlide } from '../../src/lessons/deck';
import { useSlideParams } from '../../src/lessons/use-slide-params';
import { flushLink, useRoute } from '../../src/store/location';
import { useSlideMemory } from '../../src/store/slide-memory';

const entry = findSlide('standard-conv-flops');
if (!entry) throw new Error('slide standard-conv-flops is missing');

let api: ReturnType<typeof useSlideParams> | undefined;

// The deck page's use of the hook, reduced to what it shows: the values and any notice.
function Probe() {
  const route = useRoute();
  api = useSlideParams(entry!, route.query);
  return (
    <div>
      <output aria-label="values">{JSON.stringify(api.values)}</output>
      {api.notices.map((notice) => (
        <p key={notice}>{notice}</p>
      ))}
    </div>
  );
}

const shown = () => JSON.parse(screen.getByLabelText('values').textContent ?? '{}');

describe('a slide’s parameters: at once on the slide, lazily in the link', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '#/standard-conv-flops?N=256');
  });
  afterEach(() => flushLink());

  it('reads the link, changes at once on set, and writes the link when the change rests', () => {
    render(<Probe />);
    expect(shown()).toMatchObject({ DK: 3, M: 512, N: 256, DF: 14 });
    act(() => api!.set('DK', 5));
    expect(shown()).toMatchObject({ DK: 5, N: 256 });
    expect(window.location.hash).toBe('#/standard-conv-flops?N=256');
    act(() => flushLink());
    expect(window.location.hash).toBe('#/standard-conv-flops?DK=5&N=256');
    expect(useSlideMemory.getState().queries['standard-conv-flops']).toEqual({ DK: '5', N: '256' });
    expect(shown()).toMatchObject({ DK: 5, N: 256 });
  });

  it('keeps the same values object when the link catches up (no second render of the panel)', () => {
    render(<Probe />);
    act(() => api!.set('M', 64));
    const before = api!.values;
    act(() => flushLink());
    expect(api!.values).toBe(before);
  });

  it('applies two keys set in one handler', () => {
    render(<Probe />);
    act(() => {
      api!.set('M', 32);
      api!.set('N', 64);
    });
    expect(shown()).toMatchObject({ M: 32, N: 64 });
    act(() => flushLink());
    expect(window.location.hash).toBe('#/standard-conv-flops?M=32&N=64');
  });

  it('lets an edited link win over changes still waiting to be written', () => {
    render(<Probe />);
    act(() => api!.set('N', 1024));
    act(() => {
      window.history.replaceState(null, '', '#/standard-conv-flops?N=8');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(shown()).toMatchObject({ N: 8 });
    act(() => flushLink());
    expect(window.location.hash).toBe('#/standard-conv-flops?N=8');
  });

  it('answers a bad value in the link with a notice and the nearest valid state', () => {
    window.history.replaceState(null, '', '#/standard-conv-flops?N=99999&DK=x');
    render(<Probe />);
    expect(shown()).toMatchObject({ N: 2048, DK: 3 });
    expect(screen.getByText(/Showing N = 2048 instead\./)).toBeInTheDocument();
    expect(screen.getByText(/Showing DK = 3 instead\./)).toBeInTheDocument();
    expect(window.location.hash).toBe('#/standard-conv-flops?N=2048');
  });
});
