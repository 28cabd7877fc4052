import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useValueAfterPaint } from '../../src/ui/use-after-paint';

// Every value the hook returned, render by render.
function track(initial: { value: string; key: string }) {
  const seen: string[] = [];
  const hook = renderHook(
    ({ value, key }: { value: string; key: string }) => {
      const shown = useValueAfterPaint(value, key);
      seen.push(`${key}:${shown}`);
      return shown;
    },
    { initialProps: initial },
  );
  return { hook, seen };
}

describe('useValueAfterPaint', () => {
  it('shows a new value under the same key a frame late, then catches up', async () => {
    const { hook, seen } = track({ value: 'a', key: 'slide-1' });
    hook.rerender({ value: 'b', key: 'slide-1' });
    expect(hook.result.current).toBe('a');
    await waitFor(() => expect(hook.result.current).toBe('b'));
    expect(seen[0]).toBe('slide-1:a');
    expect(seen.at(-1)).toBe('slide-1:b');
  });

  it('never shows the old key’s value under a new key', async () => {
    const { hook, seen } = track({ value: 'values of slide 5', key: 'slide-5' });
    hook.rerender({ value: 'values of slide 6', key: 'slide-6' });
    expect(hook.result.current).toBe('values of slide 6');
    // Nothing late arrives afterwards either.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hook.result.current).toBe('values of slide 6');
    expect(seen.filter((entry) => entry.startsWith('slide-6:'))).not.toContain(
      'slide-6:values of slide 5',
    );
  });

  it('drops a waiting value when the key changes before it is shown', async () => {
    const { hook, seen } = track({ value: 'x', key: 'one' });
    hook.rerender({ value: 'y', key: 'one' });
    hook.rerender({ value: 'z', key: 'two' });
    expect(hook.result.current).toBe('z');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hook.result.current).toBe('z');
    expect(seen.slice(seen.indexOf('two:z'))).toEqual(
      seen.slice(seen.indexOf('two:z')).map(() => 'two:z'),
    );
  });
});
