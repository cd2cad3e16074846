/**
 * End to end: import --all from the committed metadata folder (every vintage, merged; a superset of each vintage
 * alone), run the generator on the result and type-check the generated sources with `tsc --strict`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { metadataDir, realMetadata, repoRoot } from './support/fixtures.ts';

const generatorCli = path.join(repoRoot, 'generator/cli.ts');
const merged = realMetadata.find((m) => m.path === metadataDir)!;

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

describe('import --all of the merged vintages → generate → tsc --strict', () => {
  it('generates a package with every operation that type-checks, responses typed where the metadata has them', { timeout: 300_000 }, () => {
    mkdirSync(cacheDir, { recursive: true });
    workDir = mkdtempSync(path.join(cacheDir, 'import-generate-'));
    const spec = path.join(workDir, 'spec');
    const out = path.join(workDir, 'generated');

    const imported = run('npx', ['tsx', 'generator/import/cli.ts', '--from', metadataDir, '--all', '--out', spec]);
    expect(imported.output).toMatch(new RegExp(`imported ${merged.operations} operations \\(merged vintages 2024-06, 2025-12\\)`));
    expect(imported.status).toBe(0);

    const generated = run('npx', ['tsx', generatorCli, '--spec', spec, '--out', out]);
    expect(generated.status, generated.output).toBe(0);
    const packageDir = path.join(out, 'cs-2015-12-15');
    expect(existsSync(path.join(packageDir, 'src/index.ts'))).toBe(true);

    const models = readFileSync(path.join(packageDir, 'src/models.ts'), 'utf8');
    const responseTypes = [...models.matchAll(/^export (?:type|interface) (\w+)Response\b(.*)$/gm)];
    expect(responseTypes).toHaveLength(merged.operations);
    const open = responseTypes.filter((m) => m[2]!.includes('= { [key: string]: unknown }'));
    expect(responseTypes.length - open.length).toBe(merged.typedResponses);
    expect(models).toMatch(/^export interface NodePool \{/m);
    expect(models).not.toMatch(/^export (?:type|interface) Nodepool\b/m);

    const compiled = run('npx', ['tsc', '--strict', '--noEmit', '-p', path.join(packageDir, 'tsconfig.json')]);
    expect(compiled.output).toBe('');
    expect(compiled.status).toBe(0);
  });
});
