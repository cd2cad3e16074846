/**
 * The generate command end to end (in-process through runCli, plus one real child process): the summary it
 * prints, --check, a regeneration that changes files, and argument errors.
 */
import { appendFile, cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE } from '../../generator/write.ts';
import { makeTempDir, removeDir, repoRoot, runGenerator, runGeneratorInProcess, snapshotTree } from '../support/generate.ts';

const baseSpecRoot = path.join(repoRoot, 'test', 'fixtures', 'bad-specs', '_base');

let tmp: string;
let specRoot: string;
let outRoot: string;
const pkgDir = (): string => path.join(outRoot, 'cs-2015-12-15');

beforeAll(async () => {
  tmp = await makeTempDir('cli-');
  specRoot = path.join(tmp, 'spec');
  outRoot = path.join(tmp, 'out');
  await cp(baseSpecRoot, specRoot, { recursive: true });
});

afterAll(async () => {
  await removeDir(tmp);
});

const SUMMARY = /^(?<out>.+): (?<ops>\d+) operations?, (?<files>\d+) files(?:, unchanged| \((?<added>\d+) added, (?<changed>\d+) changed, (?<removed>\d+) removed\))$/;

describe('npm run generate', () => {
  it('prints one summary line per package and the time taken, and writes the package', async () => {
    const result = await runGeneratorInProcess(['--spec', specRoot, '--out', outRoot]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [summary, done, ...rest] = result.stdout.trimEnd().split('\n');
    expect(rest).toEqual([]);
    const match = SUMMARY.exec(summary!);
    expect(match?.groups).toMatchObject({ out: pkgDir(), ops: '1', changed: '0', removed: '0' });
    expect(match?.groups?.added).toBe(match?.groups?.files);
    expect(done).toMatch(/^done in \d+\.\d\d s$/);
    const files = await snapshotTree(pkgDir());
    expect(files.size).toBe(Number(match?.groups?.files));
    expect([...files.keys()]).toEqual(expect.arrayContaining(['package.json', 'openapi.json', 'src/models.ts', 'src/index.ts', 'docs/CreateWidget.md']));
  });

  it('--check passes on what it just wrote', async () => {
    const result = await runGeneratorInProcess(['--spec', specRoot, '--out', outRoot, '--check']);
    expect(result).toEqual({ code: 0, stdout: `${outRoot} is up to date (1 package)\n`, stderr: '' });
  });

  it('--check lists every difference, exits 1 and writes nothing', async () => {
    await writeFile(path.join(pkgDir(), 'src', 'models.ts'), '// edited by hand\n');
    // Listed in the manifest, as if an earlier generation had written it: a generated file no longer produced.
    await writeFile(path.join(pkgDir(), 'stale.txt'), 'left over\n');
    await appendFile(path.join(pkgDir(), MANIFEST_FILE), 'stale.txt\n');
    await rm(path.join(pkgDir(), 'README.md'));
    const before = await snapshotTree(outRoot);

    const result = await runGeneratorInProcess(['--spec', specRoot, '--out', outRoot, '--check']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `${outRoot} is not what the generator writes from ${specRoot} (run npm run generate):`,
      `  changed: ${path.join(pkgDir(), MANIFEST_FILE)}`,
      `  added: ${path.join(pkgDir(), 'README.md')}`,
      `  changed: ${path.join(pkgDir(), 'src/models.ts')}`,
      `  removed: ${path.join(pkgDir(), 'stale.txt')}`,
    ]);
    expect(await snapshotTree(outRoot)).toEqual(before);
  });

  it('regenerating repairs the folder and counts what it changed', async () => {
    const result = await runGeneratorInProcess(['--spec', specRoot, '--out', outRoot]);
    expect(result.code).toBe(0);
    const match = SUMMARY.exec(result.stdout.split('\n')[0]!);
    expect(match?.groups).toMatchObject({ added: '1', changed: '2', removed: '1' });
    const check = await runGeneratorInProcess(['--spec', specRoot, '--out', outRoot, '--check']);
    expect(check.code).toBe(0);
  });

  it('runs as a real process: node --import tsx generator/cli.ts', async () => {
    const result = await runGenerator(['--spec', specRoot, '--out', outRoot, '--check']);
    expect(result).toEqual({ code: 0, stdout: `${outRoot} is up to date (1 package)\n`, stderr: '' });
  });

  it('a spec change shows up in the summary and in the files', async () => {
    const operationFile = path.join(specRoot, 'cs-2015-12-15', 'CreateWidget.yaml');
    const original = await readFile(operationFile, 'utf8');
    await writeFile(operationFile, original.replace('summary: Create a widget.', 'summary: Create a new widget.'));
    try {
      const result = await runGeneratorInProcess(['--spec', specRoot, '--out', outRoot]);
      expect(result.code).toBe(0);
      const groups = SUMMARY.exec(result.stdout.split('\n')[0]!)?.groups;
      expect(groups).toMatchObject({ added: '0', removed: '0' });
      expect(Number(groups?.changed)).toBeGreaterThan(0);
      expect((await snapshotTree(pkgDir())).get('docs/CreateWidget.md')?.toString()).toContain('Create a new widget.');
    } finally {
      await writeFile(operationFile, original);
    }
  });

  it('--help prints the usage and exits 0', async () => {
    const result = await runGeneratorInProcess(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run generate/);
  });

  it('refuses unknown options and a missing spec path with an error, exit 1', async () => {
    const unknown = await runGeneratorInProcess(['--nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^error: .*--nope/);
    const missing = await runGeneratorInProcess(['--spec', path.join(tmp, 'absent'), '--out', outRoot]);
    expect(missing).toEqual({ code: 1, stdout: '', stderr: `error: ${path.join(tmp, 'absent')}: spec path does not exist\n` });
  });

});
