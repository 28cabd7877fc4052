import { memo, useLayoutEffect, useRef, useState } from 'react';

import type { renderTex } from './katex-render';

type Renderer = typeof renderTex;

let renderer: Renderer | undefined;
let loading: Promise<Renderer> | undefined;

// Starts loading KaTeX (once); resolves to its renderer.
export function loadTex(): Promise<Renderer> {
  loading ??= import('./katex-render').then((module) => {
    renderer = module.renderTex;
    return renderer;
  });
  return loading;
}

// A display formula wider than its box scrolls sideways; a scrolling region must be reachable
// by keyboard, so such a formula takes focus (tabindex 0) while, and only while, it overflows.
// Checked in one batch a frame after a formula renders or its box is resized.
const toCheck = new Set<HTMLElement>();
let checkFrame = 0;
let resizes: ResizeObserver | undefined;

function checkOverflowSoon(element: HTMLElement): void {
  toCheck.add(element);
  if (checkFrame || typeof requestAnimationFrame === 'undefined') return;
  checkFrame = requestAnimationFrame(() => {
    checkFrame = 0;
    const elements = [...toCheck].filter((each) => each.isConnected);
    toCheck.clear();
    const overflowing = elements.map((each) => each.scrollWidth > each.clientWidth + 1);
    elements.forEach((each, index) => {
      if (overflowing[index]) {
        each.tabIndex = 0;
      } else {
        each.removeAttribute('tabindex');
      }
    });
  });
}

function watchResizes(element: HTMLElement): () => void {
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  resizes ??= new ResizeObserver((entries) => {
    for (const entry of entries) checkOverflowSoon(entry.target as HTMLElement);
  });
  resizes.observe(element);
  return () => resizes?.unobserve(element);
}

export interface TexProps {
  /** TeX source. Never pass user text here unescaped. */
  readonly tex: string;
  readonly display?: boolean;
  /** Plain-text reading, shown until KaTeX has loaded. */
  readonly fallback?: string;
  readonly className?: string;
}

/**
 * Renders a formula with KaTeX. Re-renders only when the source changes; the first formula
 * loads KaTeX on demand and shows the plain-text fallback meanwhile.
 */
export const Tex = memo(function Tex({ tex, display = false, fallback, className }: TexProps) {
  const ref = useRef<HTMLSpanElement>(null);
  const [ready, setReady] = useState(renderer !== undefined);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (renderer) {
      renderer(tex, element, display);
      if (display) checkOverflowSoon(element);
      return;
    }
    element.textContent = fallback ?? tex;
    let live = true;
    loadTex().then(
      () => live && setReady(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [tex, display, fallback, ready]);

  useLayoutEffect(() => {
    const element = ref.current;
    return display && element ? watchResizes(element) : undefined;
  }, [display]);

  const classes = ['tex', display ? 'tex-display' : '', className ?? ''].filter(Boolean).join(' ');
  // KaTeX owns the span's children; React never renders into it.
  return <span ref={ref} className={classes} />;
});
