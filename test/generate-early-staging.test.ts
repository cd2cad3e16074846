/**
 * A new package folder's sources and documents are written to the staging folder while esbuild bundles them
 * (generator/write.ts `EarlyStaging`). A run that fails after they were staged leaves the output root as it was,
 * and a run that succeeds writes exactly what a run into an existing folder writes.
 */
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir, repoRoot, runGeneratorInProcess, snapshotTree } from './support/generate.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('early-staging-');
});
afterAll(async () => {
  await removeDir(tmp);
});

describe('sources staged while the bundles are built', () => {
  it('are removed when the run fails after staging them (two folders producing one package)', async () => {
    const spec = path.join(tmp, 'twice');
    await cp(path.join(repoRoot, 'spec', 'cs-2015-12-15'), path.join(spec, 'cs-2015-12-15'), { recursive: true });
    await cp(path.join(repoRoot, 'spec', 'cs-2015-12-15'), path.join(spec, 'cs-copy-2015-12-15'), { recursive: true });
    const out = path.join(tmp, 'twice-out');
    const result = await runGeneratorInProcess(['--spec', spec, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is also produced by/);
    expect(await readdir(out).catch(() => [])).toEqual([]);
  }, 120_000);

  it('end up as a run into an existing folder writes them', async () => {
    const spec = path.join(repoRoot, 'spec');
    const fresh = path.join(tmp, 'fresh');
    expect((await runGeneratorInProcess(['--spec', spec, '--out', fresh])).code).toBe(0);
    const existing = path.join(tmp, 'existing');
    await cp(fresh, existing, { recursive: true });
    const generated = path.join(existing, 'cs-2015-12-15');
    const files = await snapshotTree(generated);
    // Every file differs from what the generator writes, so that all of them are rewritten, none staged early.
    for (const file of files.keys()) await cp(path.join(repoRoot, 'package.json'), path.join(generated, file));
    expect((await runGeneratorInProcess(['--spec', spec, '--out', existing])).code).toBe(0);
    expect(await snapshotTree(generated)).toEqual(await snapshotTree(path.join(fresh, 'cs-2015-12-15')));
    expect((await readdir(fresh)).sort()).toEqual(['cs-2015-12-15']);
  }, 120_000);
});
