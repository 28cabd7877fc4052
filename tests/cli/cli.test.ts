// The flops CLI through runCli: tables, JSON, help and one-line errors with exit code 2.
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { MODEL_IDS } from '../../src/engine/index';
import { OPTIONS } from '../../src/cli/options';
import { runCli } from '../../src/cli/run';

const run = (line: string) => runCli(line.split(' ').filter((s) => s !== ''));
const json = (line: string) => {
  const r = run(`${line} --json`);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as {
    model: string;
    input: number[];
    convention: string;
    totals: {
      macs: number;
      flops: number;
      params: number;
      batchNormParams: number;
      buffers: number;
      reportedParams: number;
    };
    layers: {
      name: string;
      kind: string;
      inputShape: number[];
      outputShape: number[];
      macs: number;
      flops: number;
      params: number;
    }[];
  };
};

const here = dirname(fileURLToPath(import.meta.url));
function expectGolden(name: string, text: string): void {
  const file = join(here, 'golden', name);
  const changed = file.replace(/(\.[a-z]+)$/, '-changed$1');
  if (!existsSync(file) && process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
  const golden = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (golden === text) {
    if (existsSync(changed)) unlinkSync(changed);
    return;
  }
  writeFileSync(changed, text);
  expect(text, `golden ${name} differs: read ${changed}`).toBe(golden);
}

describe('networks', () => {
  test('mobilenet-v1: aligned table with separators and the paper totals', () => {
    const r = run('mobilenet-v1');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('568,740,352');
    expect(r.stdout).toMatch(/Paper params\s+4,210,088/);
    expectGolden('mobilenet-v1.txt', r.stdout);
  });

  test('--json: exact integers in the documented shape', () => {
    const doc = json('mobilenet-v1');
    expect(doc.model).toBe('mobilenet-v1');
    expect(doc.input).toEqual([224, 224, 3]);
    expect(doc.convention).toBe('macs');
    expect(doc.totals).toMatchObject({
      macs: 568_740_352,
      flops: 568_740_352,
      params: 4_231_976,
      batchNormParams: 21_888,
      buffers: 21_888,
    });
    expect(doc.layers[0]).toEqual({
      name: 'conv1',
      kind: 'conv',
      type: 'standard',
      stage: 'conv1',
      inputShape: [224, 224, 3],
      outputShape: [112, 112, 32],
      macs: 10_838_016,
      flops: 10_838_016,
      params: 864,
    });
    expect(doc.layers.reduce((s, l) => s + l.macs, 0)).toBe(doc.totals.macs);
  });

  test('efficientnet-b0: 5,288,548 params with BN γ/β, 385,814,752 MACs', () => {
    const doc = json('efficientnet-b0');
    expect(doc.totals.params).toBe(5_288_548);
    expect(doc.totals.batchNormParams).toBe(42_016);
    expect(doc.totals.macs).toBe(385_814_752);
  });

  test("resolution defaults to the model's own: 260 for B2; torchvision's 288 on request", () => {
    expect(json('efficientnet-b2').input).toEqual([260, 260, 3]);
    const tv = json('efficientnet-b2 --preset torchvision --resolution 288');
    expect(tv.totals.macs).toBe(1_087_529_456);
  });

  test('efficientnet --phi, --width, --classes, --in-channels, --3d', () => {
    expect(json('efficientnet --phi 1').input).toEqual([258, 258, 3]);
    expect(json('mobilenet-v1 --width 0.75').totals.macs).toBe(325_400_448);
    expect(json('resnet-18 --classes 101 --in-channels 48').totals.params).toBe(11_369_445);
    expect(json('resnet-18 --3d --classes 101').totals.params).toBe(33_255_717);
    expect(json('vgg-16').totals.params).toBe(138_357_544);
  });

  test('--preset keras reports Keras totals (buffers and input normalization included)', () => {
    expect(json('efficientnet-b0 --preset keras').totals.reportedParams).toBe(5_330_571);
    expect(json('mobilenet-v1 --preset keras').totals.reportedParams).toBe(4_253_864);
  });

  test('--convention and --count change the cost, and the table says which', () => {
    expect(json('efficientnet-b0 --convention 2macs').totals.flops).toBe(2 * 385_814_752);
    const all = json('efficientnet-b0 --count all');
    expect(all.totals.flops).toBeGreaterThan(all.totals.macs);
    const r = run('efficientnet-b0 --convention flops --count batch-norm,residual');
    expect(r.stdout).toContain('FLOPs (mults + adds)');
    expect(r.stdout).toContain('2n − 1');
  });
});

describe('single layers', () => {
  test('dense 3 → 4 without bias: 12 MACs, 20 FLOPs, with its derivation', () => {
    const r = run('dense --in 3 --out 4 --no-bias --convention flops');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('FLOPs = m · (2 · n − 1) = 4 · (2 · 3 − 1) = 20');
    expect(json('dense --in 3 --out 4 --no-bias --convention flops').totals).toMatchObject({
      macs: 12,
      flops: 20,
      params: 12,
    });
  });

  test('conv: D_K²·M·N·D_G² with stride, padding, groups and bias', () => {
    expect(json('conv --kernel 3 --in 32 --out 64 --size 112').totals.macs).toBe(231_211_008);
    const s2 = json('conv --kernel 3 --in 32 --out 64 --size 112 --stride 2 --padding 1 --bias');
    expect(s2.layers[0]?.outputShape).toEqual([56, 56, 64]);
    expect(s2.totals.params).toBe(18_432 + 64);
    expect(json('conv --kernel 3 --in 32 --out 32 --size 112 --groups 32').layers[0]?.params).toBe(
      288,
    );
  });

  test('separable: the table, the standard conv beside it and the ratio 1/N + 1/D_K²', () => {
    const r = run('separable --kernel 3 --in 512 --out 512 --size 14');
    expect(r.stdout).toContain('52,283,392');
    expect(r.stdout).toContain('462,422,016');
    expect(r.stdout).toContain('1/N + 1/D_K² = 1/512 + 1/3²');
  });

  test('se and mbconv', () => {
    expect(json('se --channels 64 --reduction 16 --size 7').totals.params).toBe(580);
    const m = json('mbconv --in 24 --out 24 --expand 6 --size 56 --se-ratio 0 --act relu6');
    expect(m.totals.macs).toBe(56 * 56 * 24 * 6 * (24 + 9 + 24));
    expect(m.layers.some((l) => l.kind === 'add')).toBe(true);
  });
});

describe('help and errors', () => {
  test('--help lists every model, layer and option', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    for (const id of MODEL_IDS) expect(r.stdout).toContain(id);
    for (const o of OPTIONS) expect(r.stdout).toContain(`--${o.name}`);
    for (const layer of ['conv', 'dense', 'separable', 'se', 'mbconv'])
      expect(r.stdout).toContain(`  ${layer} `);
    expect(run('mobilenet-v1 -h').stdout).toBe(r.stdout);
  });

  test.each([
    ['resnet-19', 'unknown model or layer "resnet-19"'],
    ['', 'name a model or a layer'],
    ['mobilenet-v1 --width abc', '--width must be a number; got "abc".'],
    [
      'mobilenet-v1 --width 0',
      '--width: Width multiplier α must be greater than 0 and at most 4; got 0.',
    ],
    [
      'mobilenet-v1 --resolution 22.5',
      '--resolution must be a whole number from 1 up; got "22.5".',
    ],
    ['mobilenet-v1 --wdth 2', 'unknown option --wdth'],
    ['mobilenet-v1 --width', '--width needs a value <α>.'],
    ['resnet-50 --width 2', '--width does not apply to resnet-50'],
    ['efficientnet', 'efficientnet needs --phi'],
    ['efficientnet --phi 11', '--phi: Compound coefficient φ must be from 0 up to 10; got 11.'],
    [
      'mobilenet-v1 --convention gflops',
      '--convention must be one of macs, flops, 2macs; got "gflops".',
    ],
    ['conv --kernel 3 --in 32 --out 64', 'conv needs --size'],
    ['conv --kernel 9 --in 8 --out 8 --size 4 --padding 0', '--kernel: The kernel does not fit'],
    [
      'conv --kernel 3 --in 32 --out 48 --size 8 --groups 5',
      '--groups: Groups g must divide both the input channels M = 32 and the output channels N = 48; got g = 5.',
    ],
    ['dense --in 3 --out 4 --kernel 3', '--kernel does not apply to dense'],
    ['mobilenet-v1 --count everything', '--count takes a comma-separated list'],
    [
      'mbconv --in 8 --out 8 --size 8 --expand 0.5',
      '--expand: Expansion ratio t must be from 1 up to 64; got 0.5.',
    ],
  ])('%s → exit 2, one line: %s', (line, message) => {
    const r = run(line);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr.startsWith('flops: ')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
