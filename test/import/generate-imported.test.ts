/**
 * End to end: import --all from each real api-docs vintage, run the generator on the result and
 * type-check the generated sources with `tsc --strict`. Skipped, with a printed reason, when
 * ../shared or the generator CLI is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realMetadata, repoRoot, sharedAvailable, sharedMetaDir } from './support/fixtures.ts';

const generatorCli = path.join(repoRoot, 'generator/cli.ts');
const skipReason = !sharedAvailable ? `${sharedMetaDir} is absent` : !existsSync(generatorCli) ? `${generatorCli} is absent` : undefined;
if (skipReason !== undefined) console.warn(`skipping import → generate → tsc tests: ${skipReason}`);

// Generated packages go under node_modules/.cache so that their imports of node's types resolve
// through the repository's node_modules, as they do for generated/ itself.
const cacheDir = path.join(repoRoot, 'node_modules/.cache');
let workDir: string | undefined;
afterAll(() => {
  if (workDir !== undefined) rmSync(workDir, { recursive: true, force: true });
});

function run(command: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.trim() };
}

describe.skipIf(skipReason !== undefined).each(realMetadata)('import --all $file → generate → tsc --strict', ({ path: file, operations }) => {
  it('generates a package that type-checks', { timeout: 240_000 }, () => {
    mkdirSync(cacheDir, { recursive: true });
    workDir ??= mkdtempSync(path.join(cacheDir, 'import-generate-'));
    const base = path.join(workDir, path.basename(file, '.json'));
    const spec = path.join(base, 'spec');
    const out = path.join(base, 'generated');

    const imported = run('npx', ['tsx', 'generator/import/cli.ts', '--from', file, '--all', '--out', spec]);
    expect(imported.output).toMatch(new RegExp(`imported ${operations} operations`));
    expect(imported.status).toBe(0);

    const generated = run('npx', ['tsx', generatorCli, '--spec', spec, '--out', out]);
    expect(generated.status, generated.output).toBe(0);
    const packageDir = path.join(out, 'cs-2015-12-15');
    expect(existsSync(path.join(packageDir, 'src/index.ts'))).toBe(true);

    const compiled = run('npx', ['tsc', '--strict', '--noEmit', '-p', path.join(packageDir, 'tsconfig.json')]);
    expect(compiled.output).toBe('');
    expect(compiled.status).toBe(0);
  });
});
