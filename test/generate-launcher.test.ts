/**
 * The launcher (generator/bin.mjs) generates from its build, with what the build prepared once: the runtime
 * formatted and declared, the mock's declarations, the names check's facts of both, the compiled OpenAPI schema and
 * the precompiled templates. A generation through it, cache off, writes exactly the committed package, which
 * test/snapshot.test.ts proves equal to a generation from the TypeScript sources (where nothing is prepared).
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTempDir, removeDir, repoRoot, runLauncher, snapshotTree } from './support/generate.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('launcher-');
});
afterAll(async () => {
  await removeDir(tmp);
});

it('writes what a generation from the sources writes (generated/)', async () => {
  await runLauncher(['--spec', path.join(repoRoot, 'spec'), '--out', tmp], { CS_GENERATOR_CACHE: 'off' });
  const launched = await snapshotTree(path.join(tmp, 'cs-2015-12-15'));
  const committed = await snapshotTree(path.join(repoRoot, 'generated', 'cs-2015-12-15'));
  const generatedOnly = [...committed.keys()].filter((file) => !file.startsWith('node_modules/'));
  expect([...launched.keys()].sort()).toEqual(generatedOnly.sort());
  for (const [file, contents] of launched) expect(contents.equals(committed.get(file)!), file).toBe(true);
}, 120_000);
