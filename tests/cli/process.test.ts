// The real entry point: exit codes and streams of `tsx src/cli/main.ts`.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Runs `npx tsx src/cli/main.ts …`; npm's own config warnings are not the CLI's output. */
function flops(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  const stderr = r.stderr
    .split('\n')
    .filter((line) => !line.startsWith('npm warn'))
    .join('\n');
  return { status: r.status, stdout: r.stdout, stderr };
}

test('exit codes 0 and 2 from the real process, no stack trace', { timeout: 60_000 }, () => {
  const good = flops('dense', '--in', '3', '--out', '4', '--json');
  expect(good.status).toBe(0);
  expect(JSON.parse(good.stdout).totals.macs).toBe(12);
  const bad = flops('mobilenet-v1', '--width', 'abc');
  expect(bad.status).toBe(2);
  expect(bad.stdout).toBe('');
  expect(bad.stderr).toBe('flops: --width must be a number; got "abc".\n');
});
