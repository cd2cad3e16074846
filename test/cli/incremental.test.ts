/**
 * Incremental regeneration: with the cache warm (each spec file's parsed data and each printed statement kept by
 * content hash), editing one operation's spec file re-parses and re-prints only what changed, and the package is
 * byte-identical to a cold generation (cache off) of the same spec. Errors found through cached files still name the file and the line.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir, repoRoot, runGeneratorInProcess, runLauncher, snapshotTree } from '../support/generate.ts';

let tmp: string;
let spec: string;
const opFile = (): string => path.join(spec, 'cs-2015-12-15', 'DescribeClusterNodePools.yaml');

beforeAll(async () => {
  tmp = await makeTempDir('incremental-');
  spec = path.join(tmp, 'spec');
  await cp(path.join(repoRoot, 'spec'), spec, { recursive: true });
});

afterAll(async () => {
  await removeDir(tmp);
});


async function generateCold(out: string): Promise<Awaited<ReturnType<typeof runGeneratorInProcess>>> {
  const before = process.env.CS_GENERATOR_CACHE;
  process.env.CS_GENERATOR_CACHE = 'off';
  try {
    return await runGeneratorInProcess(['--spec', spec, '--out', out]);
  } finally {
    if (before === undefined) delete process.env.CS_GENERATOR_CACHE;
    else process.env.CS_GENERATOR_CACHE = before;
  }
}

describe('editing one operation file', () => {
  it('regenerates, with the cache warm (parsed files, printed statements), exactly what a cold generation writes', async () => {
    const warm = path.join(tmp, 'warm');
    await runLauncher(['--spec', spec, '--out', warm]);
    const before = await snapshotTree(warm);

    const text = await readFile(opFile(), 'utf8');
    // The summary is curated in an overlay, so the edit is one the overlays leave alone: a bound on a query parameter.
    const edited = text.replace(/(- name: NodepoolName\n\s+in: query\n\s+schema:\n(\s+)type: string\n)/, '$1$2maxLength: 64\n');
    expect(edited).not.toBe(text);
    await writeFile(opFile(), edited);

    expect(await runLauncher(['--spec', spec, '--out', warm])).toMatch(/\(0 added, [1-9]\d* changed, 0 removed\)/);
    const after = await snapshotTree(warm);
    const changed = [...after.keys()].filter((f) => !before.get(f)?.equals(after.get(f)!));
    expect(changed).toEqual(expect.arrayContaining(['cs-2015-12-15/docs/DescribeClusterNodePools.md', 'cs-2015-12-15/src/validators.ts']));

    const cold = path.join(tmp, 'cold');
    await runLauncher(['--spec', spec, '--out', cold], { CS_GENERATOR_CACHE: 'off' });
    const coldFiles = await snapshotTree(cold);
    expect([...after.keys()].sort()).toEqual([...coldFiles.keys()].sort());
    for (const [file, contents] of after) expect(contents.equals(coldFiles.get(file)!), file).toBe(true);
  });

  it('reports a conflict with a cached file as a cold run does, naming both files and lines', async () => {
    const out = path.join(tmp, 'conflict');
    expect((await runGeneratorInProcess(['--spec', spec, '--out', out])).code).toBe(0);
    const components = await readFile(path.join(spec, 'cs-2015-12-15', 'components.yaml'), 'utf8');
    const name = /^ {4}([A-Za-z]\w*):$/m.exec(components)?.[1];
    expect(name).toBeDefined();
    const text = await readFile(opFile(), 'utf8');
    const withDuplicate = text.includes('\n  schemas:\n')
      ? text.replace('\n  schemas:\n', `\n  schemas:\n    ${name}:\n      type: string\n`)
      : `${text.trimEnd()}\ncomponents:\n  schemas:\n    ${name}:\n      type: string\n`;
    await writeFile(opFile(), withDuplicate);
    try {
      const warm = await runGeneratorInProcess(['--spec', spec, '--out', out]);
      const cold = await generateCold(path.join(tmp, 'conflict-cold'));
      expect(warm.code).toBe(1);
      expect(warm.stderr).toMatch(/components\.yaml:\d+/);
      expect(warm.stderr).toBe(cold.stderr);
    } finally {
      await writeFile(opFile(), text);
    }
  });
});
