import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushLink, linkWriteIsPending, navigate, writeLinkSoon } from '../../src/store/location';

describe('link writes that wait for a slider to rest', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '#/start');
    vi.useFakeTimers();
  });
  afterEach(() => {
    flushLink();
    vi.useRealTimers();
  });

  it('writes the last of several changes once, after the delay, without a history entry', () => {
    const before = window.history.length;
    const popstates = vi.fn();
    window.addEventListener('popstate', popstates);
    writeLinkSoon({ segments: ['slide'], query: { N: '1' } });
    writeLinkSoon({ segments: ['slide'], query: { N: '2' } });
    vi.advanceTimersByTime(200);
    expect(window.location.hash).toBe('#/start');
    vi.advanceTimersByTime(100);
    expect(window.location.hash).toBe('#/slide?N=2');
    expect(window.history.length).toBe(before);
    expect(popstates).toHaveBeenCalledTimes(1);
    expect(linkWriteIsPending()).toBe(false);
    window.removeEventListener('popstate', popstates);
  });

  it('runs the follow-up when the write lands, and lands at once when flushed', () => {
    const then = vi.fn();
    writeLinkSoon({ segments: ['slide'], query: { DK: '5' } }, then);
    expect(then).not.toHaveBeenCalled();
    flushLink();
    expect(then).toHaveBeenCalledOnce();
    expect(window.location.hash).toBe('#/slide?DK=5');
  });

  it('lands a waiting write before moving to another page, so the page left keeps its numbers', () => {
    window.history.replaceState(null, '', '#/a');
    const calls: string[] = [];
    const replace = vi.spyOn(window.history, 'replaceState');
    const push = vi.spyOn(window.history, 'pushState');
    replace.mockImplementation(function (this: History, ...args) {
      calls.push(`replace ${String(args[2])}`);
      return History.prototype.replaceState.apply(this, args);
    });
    push.mockImplementation(function (this: History, ...args) {
      calls.push(`push ${String(args[2])}`);
      return History.prototype.pushState.apply(this, args);
    });
    writeLinkSoon({ segments: ['a'], query: { N: '7' } });
    navigate({ segments: ['b'], query: {} });
    replace.mockRestore();
    push.mockRestore();
    expect(calls).toEqual(['replace #/a?N=7', 'push #/b']);
    expect(window.location.hash).toBe('#/b');
    expect(linkWriteIsPending()).toBe(false);
  });

  it('drops a waiting write when the browser moves (back, forward) or the link is edited', () => {
    writeLinkSoon({ segments: ['slide'], query: { N: '3' } });
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(linkWriteIsPending()).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(window.location.hash).toBe('#/start');

    writeLinkSoon({ segments: ['slide'], query: { N: '4' } });
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    vi.advanceTimersByTime(1000);
    expect(window.location.hash).toBe('#/start');
  });

  it('lands a waiting write when the page is hidden (closed, switched away)', () => {
    writeLinkSoon({ segments: ['slide'], query: { N: '9' } });
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.hash).toBe('#/slide?N=9');
  });
});
