// Loaded on demand: KaTeX, its stylesheet and fonts stay out of the initial bundle.
import katex from 'katex';
import 'katex/dist/katex.min.css';

// KaTeX settings for all formulas: untrusted input cannot run commands or blow up (platform-notes.md).
const SETTINGS = {
  throwOnError: false,
  trust: false,
  strict: 'ignore',
  maxSize: 20,
  maxExpand: 1000,
  output: 'htmlAndMathml',
} as const;

// Renders through the DOM (katex.render), which keeps working under `style-src 'self'`.
export function renderTex(tex: string, element: HTMLElement, displayMode: boolean): void {
  katex.render(tex, element, { ...SETTINGS, displayMode });
}
