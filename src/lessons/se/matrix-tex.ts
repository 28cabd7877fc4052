// TeX for the small matrices and vectors of the SE example.

/** A number with fixed decimals for a matrix cell. */
function cell(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return text === (0).toFixed(digits) || text === (-0).toFixed(digits) ? (0).toFixed(digits) : text;
}

/** A matrix as a bracketed TeX array. */
export function matrixTex(rows: readonly (readonly number[])[], digits: number): string {
  const body = rows.map((row) => row.map((v) => cell(v, digits)).join(' & ')).join(' \\\\ ');
  return `\\begin{bmatrix} ${body} \\end{bmatrix}`;
}

/** A vector as a bracketed TeX column. */
export function columnTex(values: readonly number[], digits: number): string {
  return matrixTex(
    values.map((v) => [v]),
    digits,
  );
}

/** A vector as plain text: "(0.18, 0.75, 0.90)". */
export function vectorText(values: readonly number[], digits: number): string {
  return `(${values.map((v) => cell(v, digits)).join(', ')})`;
}
