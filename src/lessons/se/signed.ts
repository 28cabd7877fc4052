// Numbers for reading: a true minus sign instead of a hyphen.

/** Prints n with fixed decimals and a minus sign (−), not a hyphen: −1.278. */
export function signed(n: number, digits: number): string {
  const text = n.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text.replace('-', '−');
}
