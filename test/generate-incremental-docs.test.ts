/**
 * Editing only what reaches the documentation (an operation's summary) regenerates with everything else from the
 * cache — parsed files, printed statements, module facts and the bundles, which esbuild builds from the sources
 * without their doc comments — and the package is byte-identical to a cold generation (cache off) of the same spec.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTempDir, removeDir, repoRoot, runLauncher, snapshotTree } from './support/generate.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('incremental-docs-');
});
afterAll(async () => {
  await removeDir(tmp);
});


it('regenerates an edited summary exactly as a cold generation does', async () => {
  const spec = path.join(tmp, 'spec');
  await cp(path.join(repoRoot, 'spec'), spec, { recursive: true });
  const warm = path.join(tmp, 'warm');
  await runLauncher(['--spec', spec, '--out', warm]);
  const before = await snapshotTree(warm);

  // Summaries are curated in an overlay.
  const file = path.join(spec, 'cs-2015-12-15', 'overlays', 'summaries.overlay.yaml');
  const text = await readFile(file, 'utf8');
  const edited = text.replace('summary: Lists the node pools of a cluster.', 'summary: Lists the node pools of a cluster (edited).');
  expect(edited).not.toBe(text);
  await writeFile(file, edited);
  await runLauncher(['--spec', spec, '--out', warm]);
  const after = await snapshotTree(warm);
  const changed = [...after.keys()].filter((f) => !before.get(f)?.equals(after.get(f)!));
  expect(changed.length).toBeGreaterThan(0);
  // The summary reaches the docs and doc comments only: the bundles stay as they were.
  expect(changed.filter((f) => f.endsWith('.js'))).toEqual([]);

  const cold = path.join(tmp, 'cold');
  await runLauncher(['--spec', spec, '--out', cold], { CS_GENERATOR_CACHE: 'off' });
  const coldFiles = await snapshotTree(cold);
  expect([...after.keys()].sort()).toEqual([...coldFiles.keys()].sort());
  for (const [name, contents] of after) expect(contents.equals(coldFiles.get(name)!), name).toBe(true);
}, 180_000);
