import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SlideView } from '../../src/lessons/slide-view';
import { meta } from '../../src/lessons/slides/14-mobilenet-architecture.meta';
import { defaultValues, parseParams, type ParamValues } from '../../src/store/param-schema';
import { fill, renderSlide, setField, slideEntry } from './support/slide-harness';

const entry = slideEntry(
  meta,
  14,
  () => import('../../src/lessons/slides/14-mobilenet-architecture'),
);

// Practice mode whose Reveal buttons work: the shared harness's fills never change.
function Practice() {
  const [values, setValues] = useState<ParamValues>(defaultValues(meta.params));
  const [shown, setShown] = useState<number | null>(0);
  return (
    <SlideView
      entry={entry}
      values={values}
      onChange={(key, value) => setValues((old) => ({ ...old, [key]: value }))}
      fills={{ shown, reveal: setShown }}
    />
  );
}

/** A card's quote of the paper (two lines, read as one text). */
function quote(text: string | RegExp): HTMLElement[] {
  return screen.queryAllByText((_, element) => {
    const content = element?.classList.contains('sep-quote') ? (element.textContent ?? '') : null;
    if (content === null) return false;
    return typeof text === 'string' ? content === text : text.test(content);
  });
}

function bodyRows(): HTMLElement[] {
  const table = screen.getByRole('table', { name: /body table/ });
  return within(table).getAllByRole('row').slice(1);
}

describe('slide 14: MobileNet architecture', { timeout: 30_000 }, () => {
  it('uses α and res (pixels) as link names, res also read from `resolution`', () => {
    expect(defaultValues(meta.params)).toEqual({ alpha: 1, res: 224 });
    expect(parseParams(meta.params, { resolution: '160' }).values.res).toBe(160);
    const tiny = parseParams(meta.params, { alpha: '0.01' });
    expect(tiny.notices[0]).toMatch(
      /at least 0\.03125: MobileNet’s first layer keeps ⌊32α⌋ ≥ 1 channel/,
    );
    expect(tiny.values.alpha).toBe(0.05);
  });

  it('fills 569 M mult-adds and 4.2 M params from the engine, beside the paper', async () => {
    renderSlide(entry);
    const macs = await fill('total mult-adds');
    expect(macs).toHaveTextContent('568.7 M');
    expect(screen.getByText('568,740,352')).toBeInTheDocument();
    expect(quote('Paper 569 M (Table 4)')).toHaveLength(1);
    expect(await fill('total parameters')).toHaveTextContent('4.2 M');
    expect(screen.getByText('4,210,088')).toBeInTheDocument();
    expect(quote('Paper 4.2 M. With BN γ/β: 4,231,976')).toHaveLength(1);
  });

  it('lists the 28 layers with output shapes, mult-adds and params', async () => {
    renderSlide(entry);
    await fill('total mult-adds');
    const rows = bodyRows();
    expect(rows).toHaveLength(30);
    expect(rows[0]).toHaveTextContent('1Conv / s23×3×3×32224×224×3112×112×3210,838,016864');
    expect(rows[2]).toHaveTextContent('1×1×32×64');
    expect(rows[2]).toHaveTextContent('25,690,112');
    expect(rows[27]).toHaveTextContent('Avg Pool / s1Pool 7×77×7×10241024––');
    expect(rows[28]).toHaveTextContent('28FC / s11024×1000');
    expect(rows[28]).toHaveTextContent('1,024,0001,025,000');
    expect(screen.getByText('MobileNetV1 1.0-224:').parentElement).toHaveTextContent(
      'MobileNetV1 1.0-224: 28 layers (conv, 13 dw, 13 pw, FC). Howard et al. 2017, Table 1',
    );
  });

  it('marks the misprinted stride of the last-but-one depthwise layer', async () => {
    renderSlide(entry);
    await fill('total mult-adds');
    const row = bodyRows()[25];
    expect(row).toHaveTextContent('26Conv dw / s1');
    expect(row).toHaveTextContent('7×7×1024');
    expect(row).toHaveTextContent('printed as Conv dw / s2 in Table 1');
    expect(screen.getByText(/prints layer 26 as “Conv dw \/ s2”/)).toHaveTextContent(
      'its output is as large as its input: it is s1',
    );
  });

  it('compares the shares by layer type with Table 2 and flags its misprint', async () => {
    renderSlide(entry);
    await fill('total mult-adds');
    const shares = screen.getByRole('table', { name: /Share by type/ });
    const conv1x1 = within(shares).getByRole('row', { name: /Conv 1×1/ });
    expect(conv1x1).toHaveTextContent('94.86 94.86');
    const conv3x3 = within(shares).getByRole('row', { name: /^Conv 3×3/ });
    expect(conv3x3).toHaveTextContent('1.91 1.19*');
    expect(
      within(shares)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Type', 'Mult-adds %', 'Params %']);
  });

  it('hides both totals and the paper figures in practice mode until revealed', async () => {
    render(<Practice />);
    const reveal = await screen.findByRole(
      'button',
      { name: 'Reveal: total mult-adds' },
      { timeout: 10_000 },
    );
    expect(screen.queryByText('568,740,352')).toBeNull();
    expect(screen.queryByText(/Paper 569 M/)).toBeNull();
    expect(screen.queryByText('4,210,088')).toBeNull();
    await userEvent.click(reveal);
    expect(await screen.findByText('568,740,352')).toBeInTheDocument();
    expect(screen.queryByText('4,210,088')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Reveal: total parameters' }));
    expect(await screen.findByText('4,210,088')).toBeInTheDocument();
  });

  it('follows α and the resolution, quoting the paper where it has the model', async () => {
    renderSlide(entry);
    await fill('total mult-adds');
    await setField('alpha', '0.5');
    expect(await fill('total mult-adds')).toHaveTextContent('149.5 M');
    expect(quote('Paper 149 M (Table 6)')).toHaveLength(1);
    await setField('res', '160');
    expect(await fill('total mult-adds')).toHaveTextContent('76.5 M');
    expect(quote('Paper 76 M (Table 9)')).toHaveLength(1);
    expect(bodyRows()[0]).toHaveTextContent('160×160×380×80×16');
    await setField('alpha', '0.3');
    expect(quote('No paper figure for this α and size')).toHaveLength(1);
    expect(quote(/^No paper figure\. With BN γ\/β: [\d,]+$/)).toHaveLength(1);
  });
});
