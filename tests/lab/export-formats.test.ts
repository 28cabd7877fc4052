// Exports: CSV that spreadsheets read back, Markdown that renders, LaTeX that compiles; the lab's table in each.
import { describe, expect, test } from 'vitest';
import { buildModel, unwrap } from '../../src/engine/index';
import { analyzeForLab, type Counting } from '../../src/lab/counting';
import {
  latexText,
  toCsv,
  toLatex,
  toMarkdown,
  type ExportTable,
} from '../../src/lab/export-formats';
import { DEFAULT_COUNTING } from '../../src/lab/lab-link';
import { exportTable } from '../../src/lab/lab-table';

const TABLE: ExportTable = {
  title: 'Net_1 "tiny" & co',
  note: 'Cost: MACs; 50 % of it in conv_1.',
  columns: [
    { header: 'Layer', numeric: false },
    { header: 'Params', numeric: true },
    { header: 'Share (%)', numeric: true },
  ],
  rows: [
    ['conv_1, first', 1234567, 49.5],
    ['=SUM(A1)', 0, 0.25],
    ['a|b\nc', 12, 50.25],
  ],
  totals: ['Total', 1234579, 100],
};

/** Reads CSV (RFC 4180) back into rows, to check the writer against a reader. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  return rows;
}

describe('CSV', () => {
  test('reads back cell for cell, with exact numbers and CRLF line ends', () => {
    const csv = toCsv(TABLE);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(readCsv(csv)).toEqual([
      ['Layer', 'Params', 'Share (%)'],
      ['conv_1, first', '1234567', '49.5'],
      ["'=SUM(A1)", '0', '0.25'],
      ['a|b\nc', '12', '50.25'],
      ['Total', '1234579', '100'],
    ]);
  });

  test('a text cell that a spreadsheet would run as a formula is defused', () => {
    expect(toCsv(TABLE)).toContain("'=SUM(A1)");
  });
});

describe('Markdown', () => {
  test('a GitHub table with numbers right-aligned, pipes escaped and totals in bold', () => {
    const md = toMarkdown(TABLE).split('\n');
    expect(md[0]).toBe('**Net_1 "tiny" & co**');
    expect(md).toContain('| Layer | Params | Share (%) |');
    expect(md).toContain('|:---|---:|---:|');
    expect(md).toContain('| conv_1, first | 1,234,567 | 49.5 |');
    expect(md).toContain('| a\\|b c | 12 | 50.25 |');
    expect(md).toContain('| **Total** | **1,234,579** | **100** |');
  });
});

describe('LaTeX', () => {
  test('special characters are escaped', () => {
    expect(latexText('conv_dw_1 & 50 % #1 {x} ~ ^ \\')).toBe(
      'conv\\_dw\\_1 \\& 50 \\% \\#1 \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    expect(latexText('112×112×32')).toBe('112$\\times$112$\\times$32');
  });

  test('a booktabs table with thin-space digit groups and a totals rule', () => {
    const tex = toLatex(TABLE);
    expect(tex).toContain('\\begin{tabular}{lrr}');
    expect(tex).toContain('\\toprule');
    expect(tex).toContain('conv\\_1, first & 1\\,234\\,567 & 49.5 \\\\');
    expect(tex).toContain('\\midrule\nTotal & 1\\,234\\,579 & 100 \\\\\n\\bottomrule');
    expect(tex).toContain(
      '\\caption{Net\\_1 "tiny" \\& co. Cost: MACs; 50 \\% of it in conv\\_1.}',
    );
    // Every row has as many cells as the header.
    const rows = tex.split('\n').filter((l) => l.endsWith('\\\\'));
    for (const row of rows) expect(row.split(' & ')).toHaveLength(3);
  });
});

describe('the lab table as an export', () => {
  const network = unwrap(buildModel('mobilenet-v1'));

  test('MobileNetV1 under MACs: one row per layer, totals equal to the paper\u2019s mult-adds, no duplicate cost column', () => {
    const lab = unwrap(analyzeForLab(network, DEFAULT_COUNTING));
    const table = exportTable(network.title, lab, DEFAULT_COUNTING);
    expect(table.columns.map((c) => c.header)).toEqual([
      '#',
      'Layer',
      'Stage',
      'Type',
      'Input',
      'Output',
      'Params',
      'MACs',
      'Share of MACs (%)',
    ]);
    expect(table.rows).toHaveLength(lab.rows.length);
    expect(table.totals?.[7]).toBe(568_740_352);
    const csv = readCsv(toCsv(table));
    expect(csv[1]).toEqual([
      '1',
      'conv1',
      'conv1',
      'Conv 3×3',
      '224x224x3',
      '112x112x32',
      '864',
      '10838016',
      '1.91',
    ]);
    expect(csv.at(-1)?.[7]).toBe('568740352');
  });

  test('under FLOPs with BN counted: a FLOPs column whose total is the lab\u2019s', () => {
    const counting: Counting = {
      ...DEFAULT_COUNTING,
      convention: 'flops',
      extras: { ...DEFAULT_COUNTING.extras, batchNorm: true },
    };
    const lab = unwrap(analyzeForLab(network, counting));
    const table = exportTable(network.title, lab, counting);
    expect(table.columns.map((c) => c.header)).toContain('FLOPs');
    expect(table.totals?.[8]).toBe(lab.totalCost);
    expect(table.note).toMatch(
      /FLOPs \(mults \+ adds\), bias adds counted; extra costs: batch norm/,
    );
    expect(
      toLatex(table)
        .split('\n')
        .filter((l) => l.endsWith('\\\\'))
        .every((l) => l.split(' & ').length === 10),
    ).toBe(true);
  });
});
