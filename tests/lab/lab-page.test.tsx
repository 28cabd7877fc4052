// The model lab page, by role and label: defaults, conventions, bad links, the editor, the groups slider, exports.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildModel, formatCount, unwrap } from '../../src/engine/index';
import { analyzeForLab } from '../../src/lab/counting';
import LabPage from '../../src/lab/lab-page';
import { DEFAULT_COUNTING } from '../../src/lab/lab-link';
import { INITIAL_INPUTS, useLabStore } from '../../src/lab/lab-store';
import { useRoute } from '../../src/store/location';

// Recharts measures its container; jsdom has no ResizeObserver.
class NoResize {
  observe() {}
  unobserve() {}
  disconnect() {}
}
vi.stubGlobal('ResizeObserver', NoResize);

/** The lab as the app mounts it: its query comes from the hash. */
function Lab() {
  const route = useRoute();
  return <LabPage segments={[]} query={route.query} />;
}

function open(hash: string) {
  window.history.replaceState(null, '', hash);
  return { user: userEvent.setup(), ...render(<Lab />) };
}

beforeEach(() => {
  useLabStore.setState({ ...INITIAL_INPUTS });
});
afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '#/');
});

/** Reads a Blob's text (jsdom's Blob has no text()). */
function readBlob(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('no blob'));
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

const totals = () => screen.getByRole('region', { name: /^Totals of/ });

vi.setConfig({ testTimeout: 30_000 });

describe('the model lab', () => {
  test('opens on MobileNetV1 with the paper\u2019s mult-adds and params, and writes the model into the link', async () => {
    open('#/lab');
    expect(within(totals()).getByText('568,740,352')).toBeInTheDocument();
    expect(within(totals()).getByText('4,210,088')).toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toBe('#/lab?model=mobilenet-v1'));
  });

  test('switching to the lecture\u2019s FLOPs and counting BN shows the engine\u2019s total and puts both in the link', async () => {
    const { user } = open('#/lab');
    await user.click(screen.getByRole('radio', { name: 'FLOPs (mults + adds)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Batch norm' }));
    const expected = unwrap(
      analyzeForLab(unwrap(buildModel('mobilenet-v1')), {
        ...DEFAULT_COUNTING,
        convention: 'flops',
        extras: { ...DEFAULT_COUNTING.extras, batchNorm: true },
      }),
    ).totalCost;
    expect(within(totals()).getByText(formatCount(expected))).toBeInTheDocument();
    await waitFor(() =>
      expect(window.location.hash).toBe('#/lab?model=mobilenet-v1&count=flops&extras=bn'),
    );
  });

  test('a link with a width option shows that network (0.75 MobileNet: 325,400,448 mult-adds)', () => {
    open('#/lab?model=mobilenet-v1&width=0.75');
    expect(within(totals()).getByText('325,400,448')).toBeInTheDocument();
    expect(
      screen.getByRole('textbox', { name: 'width (width multiplier), exact value' }),
    ).toHaveValue('0.75');
  });

  test('a bad link shows what was wrong and a sensible default, never a crash', () => {
    open('#/lab?model=alexnet&count=gflops');
    expect(
      screen.getByText(/There is no model "alexnet": showing MobileNetV1 instead\./),
    ).toBeInTheDocument();
    expect(screen.getByText(/Unknown convention "gflops"/)).toBeInTheDocument();
    expect(within(totals()).getByText('568,740,352')).toBeInTheDocument();
  });

  test('a damaged network link shows a message and MobileNetV1', async () => {
    open('#/lab?net=AAAA$$$$');
    expect(await screen.findByText(/This link's network could not be loaded/)).toBeInTheDocument();
    expect(within(totals()).getByText('568,740,352')).toBeInTheDocument();
  });

  test('picking another model from the list shows it (EfficientNet-B0: 385,814,752 MACs, 5,288,548 params)', async () => {
    const { user } = open('#/lab');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Start from' }),
      'efficientnet-b0',
    );
    expect(within(totals()).getByText('385,814,752')).toBeInTheDocument();
    expect(within(totals()).getByText('5,288,548')).toBeInTheDocument();
  });
});

describe('the editor', () => {
  test('builds a small network from scratch; an error appears on the row that causes it', async () => {
    const { user } = open('#/lab');
    await user.click(screen.getByRole('button', { name: 'Empty network' }));
    const kind = screen.getByRole('combobox', { name: /Kind of layer to add \(Add at the end\)/ });
    await user.selectOptions(kind, 'conv');
    await user.click(screen.getByRole('button', { name: 'Add at the end' }));
    const out = screen.getByRole('textbox', { name: /^N: output channels \(conv_1\)/ });
    await user.clear(out);
    await user.type(out, '16');
    expect(within(totals()).getByText(formatCount(3 * 3 * 3 * 16 * 224 * 224))).toBeInTheDocument();
    const groups = screen.getByRole('textbox', { name: /^g: groups/ });
    await user.type(groups, '2');
    const editor = screen.getByRole('table', { name: /The network's layers/ });
    expect(
      within(editor).getByText(/Groups g must divide both the input channels M = 3/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Row 1 \(conv_1\) stops the network/)).toBeInTheDocument();
  });

  test('a field that is not a number says so at the field and keeps the last good value', async () => {
    const { user } = open('#/lab');
    await user.click(screen.getByRole('button', { name: 'Edit conv1' }));
    const out = screen.getByRole('textbox', { name: /^N: output channels \(conv1\)/ });
    expect(out).toHaveFocus();
    await user.clear(out);
    await user.type(out, 'abc');
    expect(within(out.closest('label') as HTMLElement).getByRole('alert')).toHaveTextContent(
      'N must be a whole number; got "abc".',
    );
    expect(out).toHaveAttribute('aria-invalid', 'true');
    expect(within(totals()).getByText('568,740,352')).toBeInTheDocument();
  });

  test('the groups slider takes a convolution from standard to depthwise, the cost updating live', async () => {
    const { user } = open('#/lab');
    await user.click(screen.getByRole('button', { name: 'Edit conv_pw_1' }));
    const slider = screen.getByRole('slider', { name: /Groups g/ });
    expect(slider).toHaveAttribute('aria-valuetext', expect.stringMatching(/^g = 1, pointwise/));
    // conv_pw_1 is 1×1 32 → 64 on 112×112: 25,690,112 MACs at g = 1, halved at g = 2 (the slider's second step).
    fireEvent.change(slider, { target: { value: '1' } });
    expect(slider).toHaveAttribute('aria-valuetext', expect.stringMatching(/^g = 2, grouped/));
    const inspector = screen.getByRole('region', { name: 'Groups of conv_pw_1' });
    expect(within(inspector).getByText(`${formatCount(25_690_112 / 2)} MACs`)).toBeInTheDocument();
    expect(
      within(totals()).getByText(formatCount(568_740_352 - 25_690_112 / 2)),
    ).toBeInTheDocument();
  });

  test('pasted JSON with a mistake is reported with the path of the bad field', async () => {
    const { user } = open('#/lab');
    await user.click(screen.getByRole('button', { name: 'Paste JSON…' }));
    const box = screen.getByRole('textbox', { name: /JSON description/ });
    fireEvent.change(box, {
      target: {
        value:
          '{"input": {"spatial": [8, 8], "channels": 3}, "layers": [{"kind": "conv", "out": 8, "kernal": 3}]}',
      },
    });
    await user.click(screen.getByRole('button', { name: 'Load this network' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'layers[0].kernal: Unknown field "kernal". Did you mean "kernel"?',
    );
  });
});

describe('results', () => {
  test('the table sorts by MACs, largest first', async () => {
    const { user } = open('#/lab');
    await user.click(screen.getByRole('button', { name: /^MACs/ }));
    const table = screen.getByRole('table', { name: /MobileNetV1 1.0-224: 83 layers/ });
    const [, first, second] = within(table).getAllByRole('row');
    // conv_pw_3, 5 and 7–11 and 13 tie at 51,380,224 MACs; ties keep network order.
    expect(first).toHaveTextContent(/conv_pw_3.*51,380,224/);
    expect(second).toHaveTextContent(/conv_pw_5.*51,380,224/);
    expect(within(table).getByRole('columnheader', { name: /^MACs/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  test('explain the gap lists the three sources\u2019 params', async () => {
    const { user } = open('#/lab');
    await user.click(screen.getByRole('tab', { name: 'Explain the gap' }));
    const table = screen.getByRole('table', { name: /under each source/ });
    for (const n of ['4,210,088', '4,231,976', '4,253,864'])
      expect(within(table).getByText(n)).toBeInTheDocument();
  });

  test('exports the table as CSV and Markdown, and downloads the file through a blob', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:test';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const { user } = open('#/lab');
    await user.click(screen.getByRole('tab', { name: 'Export and share' }));
    const preview = screen.getByRole('textbox', { name: 'CSV preview' }) as HTMLTextAreaElement;
    // A textarea shows CRLF line ends as LF; the file keeps CRLF (RFC 4180).
    expect(preview.value.split('\n')[0]).toBe(
      '#,Layer,Stage,Type,Input,Output,Params,MACs,Share of MACs (%)',
    );
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(created).toHaveLength(1);
    expect(await readBlob(created[0])).toBe(preview.value.replace(/\n/g, '\r\n'));
    await user.click(screen.getByRole('radio', { name: 'Markdown' }));
    expect(
      (screen.getByRole('textbox', { name: 'Markdown preview' }) as HTMLTextAreaElement).value,
    ).toContain('|---:|:---|:---|');
    act(() => createObjectURL.mockRestore());
    revoke.mockRestore();
  });
});
