import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

// `npm run example` is what a new user runs first: it must work on a fresh clone, through the package name.
it('npm run example creates a node pool against the mock server and shows a request caught before sending', async () => {
  const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'example'], { cwd: root, timeout: 60_000 });
  expect(stdout).toMatch(/created node pool: np\S+/);
  expect(stdout).toContain('/body/scaling_group/period [conditional_required]');
  expect(stdout).toContain('requests the server received: 1');
  expect(stdout).not.toContain('Hunter2-example!');
});
