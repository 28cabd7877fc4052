import { useLayoutEffect, useRef, type ReactNode } from 'react';

export interface FitWidthProps {
  readonly children: ReactNode;
  /** The smallest scale it shrinks to; below it the formula scrolls sideways instead. */
  readonly min?: number;
  readonly className?: string;
}

// Shrinks the display formulas inside it (`.tex-display`, as a percentage of its own font size)
// when they are wider than their box (projector type, phones), so the result stays in view; it
// measures again when the box's width or the formulas change. Size formulas on this box, not on
// `.tex-display`.
// The scale a formula is drawn at now: its font size as a fraction (1 when not shrunk).
function ownScale(display: HTMLElement): number {
  const size = display.style.fontSize;
  return size.endsWith('%') ? Number.parseFloat(size) / 100 : 1;
}

// The width a formula's content takes: from the first to the last KaTeX box, or what overflows.
function contentWidth(display: HTMLElement): number {
  const overflow = display.scrollWidth > display.clientWidth ? display.scrollWidth : 0;
  const boxes = display.querySelectorAll('.katex-html > .katex-base, .katex-html > .base');
  const first = boxes[0];
  const last = boxes[boxes.length - 1];
  if (!first || !last) return Math.max(overflow, display.scrollWidth);
  const span = last.getBoundingClientRect().right - first.getBoundingClientRect().left;
  return Math.max(overflow, span);
}

export function FitWidth({ children, min = 0.6, className }: FitWidthProps) {
  const box = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    // One read per formula, and a write only when its scale changes, so a slider step that keeps
    // the scale costs no extra layout. KaTeX sizes in em, so its width scales with the font size.
    const fit = () => {
      const displays = [...element.querySelectorAll<HTMLElement>('.tex-display')];
      const sizes = displays.map((display) => ({
        natural: contentWidth(display) / ownScale(display),
        have: display.clientWidth,
      }));
      let scale = 1;
      for (const { natural, have } of sizes) {
        if (natural > have && have > 0) scale = Math.min(scale, have / natural);
      }
      const next = scale >= 1 ? 1 : Math.max(min, Math.floor(scale * 50) / 50);
      const size = next === 1 ? '' : `${Math.round(next * 100)}%`;
      displays.forEach((display, i) => {
        if (display.style.fontSize !== size) display.style.fontSize = size;
        // A formula still too wide scrolls sideways: keyboard users must be able to reach it.
        const { natural = 0, have = 0 } = sizes[i] ?? {};
        const scrolls = natural * next > have;
        if (scrolls && display.tabIndex !== 0) display.tabIndex = 0;
        if (!scrolls && display.hasAttribute('tabindex')) display.removeAttribute('tabindex');
      });
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    let width = element.clientWidth;
    const resized = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      fit();
    });
    resized.observe(element);
    const changed = new MutationObserver(fit);
    changed.observe(element, { childList: true, subtree: true, characterData: true });
    // KaTeX's fonts arrive after its first render and change every formula's width.
    const fonts = typeof document === 'undefined' ? undefined : document.fonts;
    fonts?.addEventListener('loadingdone', fit);
    return () => {
      resized.disconnect();
      changed.disconnect();
      fonts?.removeEventListener('loadingdone', fit);
    };
  }, [min]);

  return (
    <div ref={box} className={className}>
      {children}
    </div>
  );
}
