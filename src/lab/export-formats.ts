// Writes a table as CSV (RFC 4180), Markdown (GitHub) or LaTeX (booktabs): plain text, no DOM.

/** A cell: numbers are printed exactly (no separators in CSV, thin-space groups in LaTeX). */
export type Cell = string | number;

/** A table to export: a title, columns and rows of cells, and an optional totals row. */
export interface ExportTable {
  readonly title: string;
  /** A line under the title: the counting convention, the source. */
  readonly note: string;
  readonly columns: readonly { readonly header: string; readonly numeric: boolean }[];
  readonly rows: readonly (readonly Cell[])[];
  readonly totals?: readonly Cell[];
}

/** Prints a number exactly: integers in full, others with up to 6 significant decimals. */
function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return n.toFixed(0);
  return String(Number(n.toPrecision(6)));
}

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180 §2.6–2.7). */
function csvField(cell: Cell): string {
  const text = typeof cell === 'number' ? plainNumber(cell) : cell;
  // A leading =, +, − or @ would make a spreadsheet run a formula: prefix it with a quote.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof cell === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The table as CSV: a header line, the rows, the totals; CRLF line ends. */
export function toCsv(table: ExportTable): string {
  const lines = [table.columns.map((c) => csvField(c.header)).join(',')];
  for (const row of table.rows) lines.push(row.map(csvField).join(','));
  if (table.totals) lines.push(table.totals.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Escapes a Markdown table cell: pipes, backslashes and line breaks. */
function markdownCell(cell: Cell): string {
  const text =
    typeof cell === 'number' ? plainNumber(cell).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : cell;
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The table as GitHub Markdown: a title line, a note, the table with numbers right-aligned. */
export function toMarkdown(table: ExportTable): string {
  const header = `| ${table.columns.map((c) => markdownCell(c.header)).join(' | ')} |`;
  const rule = `|${table.columns.map((c) => (c.numeric ? '---:' : ':---')).join('|')}|`;
  const body = table.rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`);
  if (table.totals)
    body.push(`| ${table.totals.map((cell) => `**${markdownCell(cell)}**`).join(' | ')} |`);
  return [
    `**${markdownCell(table.title)}**`,
    '',
    markdownCell(table.note),
    '',
    header,
    rule,
    ...body,
    '',
  ].join('\n');
}

const LATEX_SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '×': '$\\times$',
  '·': '$\\cdot$',
  '−': '$-$',
  '→': '$\\to$',
};

/** Escapes text for LaTeX, so a layer name like "conv_dw_1" prints as written. */
export function latexText(text: string): string {
  return text.replace(/[\\&%$#_{}~^×·−→]/g, (ch) => LATEX_SPECIALS[ch] ?? ch);
}

/** A LaTeX cell: numbers grouped with thin spaces (568\,740\,352), text escaped. */
function latexCell(cell: Cell): string {
  if (typeof cell === 'number') return plainNumber(cell).replace(/\B(?=(\d{3})+(?!\d))/g, '\\,');
  return latexText(cell);
}

/** The table as a LaTeX table with booktabs rules (\usepackage{booktabs}); long tables need longtable. */
export function toLatex(table: ExportTable): string {
  const spec = table.columns.map((c) => (c.numeric ? 'r' : 'l')).join('');
  const lines = [
    '% Requires \\usepackage{booktabs}.',
    '\\begin{table}[ht]',
    '\\centering',
    `\\caption{${latexText(table.title)}. ${latexText(table.note)}}`,
    `\\begin{tabular}{${spec}}`,
    '\\toprule',
    `${table.columns.map((c) => latexText(c.header)).join(' & ')} \\\\`,
    '\\midrule',
    ...table.rows.map((row) => `${row.map(latexCell).join(' & ')} \\\\`),
  ];
  if (table.totals) lines.push('\\midrule', `${table.totals.map(latexCell).join(' & ')} \\\\`);
  lines.push('\\bottomrule', '\\end{tabular}', '\\end{table}', '');
  return lines.join('\n');
}
