import { afterEach, describe, expect, it, vi } from 'vitest';
import { openShowLink, readShowState, type ShowState } from '../../src/presenter/sync';

const state: ShowState = {
  slideId: 'efficiency-example',
  query: { N: '512' },
  revealed: 1,
  blank: false,
  pointer: { x: 0.5, y: 0.25 },
  sentAt: 1,
};

afterEach(() => localStorage.clear());

describe('readShowState', () => {
  it('accepts a well-formed state', () => {
    expect(readShowState(state)).toEqual(state);
    expect(readShowState({ ...state, revealed: null, pointer: null })).not.toBeNull();
  });

  it('rejects anything else', () => {
    expect(readShowState(null)).toBeNull();
    expect(readShowState({ ...state, slideId: 3 })).toBeNull();
    expect(readShowState({ ...state, query: { N: 5 } })).toBeNull();
    expect(readShowState({ ...state, pointer: { x: 'a' } })).toBeNull();
    expect(readShowState({ ...state, blank: 'yes' })).toBeNull();
  });
});

describe('openShowLink', () => {
  it('delivers a published state to another window and keeps it for late windows', async () => {
    const heard = vi.fn();
    const presenter = openShowLink(() => undefined);
    const audience = openShowLink(heard);
    presenter.publish(state);
    await vi.waitFor(() => expect(heard).toHaveBeenCalledWith(state));
    const late = openShowLink(() => undefined);
    expect(late.last()).toEqual(state);
    for (const link of [presenter, audience, late]) link.close();
  });

  it('tells the presenter when an audience window opens', async () => {
    const hello = vi.fn();
    const presenter = openShowLink(() => undefined, hello);
    const audience = openShowLink(() => undefined);
    await vi.waitFor(() => expect(hello).toHaveBeenCalled());
    presenter.close();
    audience.close();
  });
});
