import { Tex } from '../ui/tex';

const GREEK: Readonly<Record<string, string>> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  phi: 'φ',
  rho: 'ρ',
};

/** A plain-text reading of a given's TeX: "\alpha = 0.75" → "α = 0.75". */
export function givenText(tex: string): string {
  return tex
    .replace(/\\text\{([^}]*)\}/g, '$1')
    .replace(/\\([a-z]+)/g, (whole, name: string) => GREEK[name] ?? whole)
    .replace(/\{,\}/g, ',');
}

// The given values of a question, each a formula, wrapping on narrow screens.
export function GivenList({ given }: { given: readonly string[] }) {
  if (given.length === 0) return null;
  return (
    <ul className="given-list" aria-label="Given">
      {given.map((tex) => (
        <li key={tex}>
          <Tex tex={tex} fallback={givenText(tex)} />
        </li>
      ))}
    </ul>
  );
}
