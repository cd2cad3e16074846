/** The scale benchmark's synthetic products (bench/synthetic-spec.ts) are valid specs with the operations asked for. */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeSyntheticSpec } from '../bench/synthetic-spec.ts';
import { normalize } from '../generator/ir/normalize.ts';
import { loadSpecFolder } from '../generator/load/index.ts';
import { makeTempDir, removeDir, repoRoot } from './support/generate.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('synthetic-');
});
afterAll(async () => {
  await removeDir(tmp);
});

it('replicates the operations under new names into a spec that loads with exactly N operations', async () => {
  const folder = path.join(tmp, 'cs-2015-12-15');
  const written = await writeSyntheticSpec(path.join(repoRoot, 'spec', 'cs-2015-12-15'), folder, 20);
  expect(written).toHaveLength(20);
  const merged = await loadSpecFolder(folder);
  const service = normalize(merged.document, merged);
  expect(service.operations.map((op) => op.action).sort()).toEqual([...written].sort());
  expect(new Set(service.operations.map((op) => `${op.method} ${op.path}`)).size).toBe(20);
  expect(written).toContain('CreateClusterNodePool');
});

it('replicates past the operations the source has, under numbered names', async () => {
  const folder = path.join(tmp, 'small', 'cs-2015-12-15');
  const source = path.join(repoRoot, 'test', 'fixtures', 'bad-specs', '_base', 'cs-2015-12-15');
  const written = await writeSyntheticSpec(source, folder, 3);
  const merged = await loadSpecFolder(folder);
  expect(normalize(merged.document, merged).operations.map((op) => op.action).sort()).toEqual([...written].sort());
  expect(written).toEqual(expect.arrayContaining(['CreateWidget', 'CreateWidget2', 'CreateWidget3']));
});
