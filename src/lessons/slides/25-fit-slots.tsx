import { useLayoutEffect, useRef, type ReactNode } from 'react';
import './25-fit-slots.css';

export interface FitSlotsProps {
  /** `FitSlot`s, each holding one display formula (`<Tex display>`). */
  readonly children: ReactNode;
  readonly className?: string;
}

/** One fixed-size box for a display formula; the slide's CSS gives it its height. */
export function FitSlot({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={className ? `fit-slot ${className}` : 'fit-slot'}>{children}</div>;
}

// The scale a formula is drawn at now: its font size as a fraction (1 when not shrunk).
function ownScale(display: HTMLElement): number {
  const size = display.style.fontSize;
  return size.endsWith('%') ? Number.parseFloat(size) / 100 : 1;
}

/**
 * Formulas whose size follows the parameters (a C × C/r matrix), each in a box whose size does
 * not: every formula is centred in its `FitSlot` and all of them are shrunk by one common factor
 * (their font size, KaTeX sizes in em) until the largest fits its box. The boxes never move or
 * change size, so stepping a slider moves nothing around the formulas. Measures again when a
 * formula changes (KaTeX renders into it), when the boxes are resized and when fonts arrive.
 */
export function FitSlots({ children, className }: FitSlotsProps) {
  const box = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const fit = () => {
      const slots = [...element.querySelectorAll<HTMLElement>('.fit-slot')];
      const pairs = slots.flatMap((slot) => {
        const display = slot.querySelector<HTMLElement>('.tex-display');
        const formula = display?.querySelector<HTMLElement>('.katex-display');
        return display && formula ? [{ slot, display, formula }] : [];
      });
      // Both sizes from getBoundingClientRect, so the stage's zoom cancels out.
      let scale = 1;
      for (const { slot, display, formula } of pairs) {
        const own = ownScale(display);
        const room = slot.getBoundingClientRect();
        const size = formula.getBoundingClientRect();
        if (size.width > 0 && room.width > 0)
          scale = Math.min(scale, (room.width * own) / size.width);
        if (size.height > 0 && room.height > 0)
          scale = Math.min(scale, (room.height * own) / size.height);
      }
      const next = scale >= 1 ? '' : `${Math.floor(scale * 100)}%`;
      for (const { display } of pairs)
        if (display.style.fontSize !== next) display.style.fontSize = next;
    };
    fit();
    const changed = new MutationObserver(fit);
    changed.observe(element, { childList: true, subtree: true, characterData: true });
    let width = element.clientWidth;
    const resized =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(() => {
            if (element.clientWidth === width) return;
            width = element.clientWidth;
            fit();
          });
    resized?.observe(element);
    const fonts = typeof document === 'undefined' ? undefined : document.fonts;
    fonts?.addEventListener('loadingdone', fit);
    return () => {
      changed.disconnect();
      resized?.disconnect();
      fonts?.removeEventListener('loadingdone', fit);
    };
  }, []);

  return (
    <div ref={box} className={className ? `fit-slots ${className}` : 'fit-slots'}>
      {children}
    </div>
  );
}
