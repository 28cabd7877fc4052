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

  const classes = ['tex', display ? 'tex-display' : '', className ?? ''].filter(Boolean).join(' ');
  // KaTeX owns the span's children; React never renders into it.
  return <span ref={ref} className={classes} />;
});
