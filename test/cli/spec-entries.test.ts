/**
 * What the spec folders may hold besides plain files: symbolic links are followed (a linked operation file or
 * product folder generates like a real one); anything that cannot be read as a spec file under a spec file's name
 * is refused by name in one line, never skipped and never waited on.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir, repoRoot, runGeneratorInProcess, snapshotTree } from '../support/generate.ts';

const baseProduct = path.join(repoRoot, 'test', 'fixtures', 'bad-specs', '_base', 'cs-2015-12-15');

let tmp: string;
let counter = 0;
beforeAll(async () => {
  tmp = await makeTempDir('spec-entries-');
});
afterAll(async () => {
  await removeDir(tmp);
});

/** A spec root holding a copy of the base product folder; returns [specRoot, productFolder]. */
async function specRoot(): Promise<[string, string]> {
  const root = path.join(tmp, `spec-${counter++}`);
  const product = path.join(root, 'cs-2015-12-15');
  await cp(baseProduct, product, { recursive: true });
  return [root, product];
}

/** A second operation, written outside the spec root (to be linked in). */
async function deleteWidgetFile(): Promise<string> {
  const file = path.join(tmp, `elsewhere-${counter++}`, 'DeleteWidget.yaml');
  await mkdir(path.dirname(file), { recursive: true });
  const create = await readFile(path.join(baseProduct, 'CreateWidget.yaml'), 'utf8');
  const operation = create.slice(0, create.indexOf('components:'));
  await writeFile(file, operation.replace('/regions/{RegionId}/widgets:', '/regions/{RegionId}/widgets/old:').replace('CreateWidget', 'DeleteWidget').replace('post:', 'delete:'));
  return file;
}

async function expectOneLineRefusal(args: string[], message: RegExp): Promise<void> {
  const result = await runGeneratorInProcess(args);
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n').filter((l) => l !== '');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(message);
}

describe('symbolic links', () => {
  it('a linked spec file is followed: its operation is generated', async () => {
    const [root, product] = await specRoot();
    await symlink(await deleteWidgetFile(), path.join(product, 'DeleteWidget.yaml'));
    const out = path.join(tmp, `out-${counter++}`);
    const result = await runGeneratorInProcess(['--spec', root, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/: 2 operations, /);
    expect([...(await snapshotTree(out)).keys()]).toContain('cs-2015-12-15/docs/DeleteWidget.md');
  });

  it('a linked product folder is followed', async () => {
    const [, product] = await specRoot();
    const linkedRoot = path.join(tmp, `linked-root-${counter++}`);
    await mkdir(linkedRoot);
    await symlink(product, path.join(linkedRoot, 'cs-2015-12-15'));
    const result = await runGeneratorInProcess(['--spec', linkedRoot, '--out', path.join(tmp, `out-${counter++}`)]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/: 1 operation, /);
  });

  it('a link to nothing is refused by name', async () => {
    const [root, product] = await specRoot();
    await symlink(path.join(tmp, 'missing.yaml'), path.join(product, 'Gone.yaml'));
    await expectOneLineRefusal(['--spec', root, '--out', path.join(tmp, `out-${counter++}`)], /^error: .*cs-2015-12-15\/Gone\.yaml: is a symbolic link to nothing$/);
  });

  it('a link loop is refused by name', async () => {
    const [root, product] = await specRoot();
    await symlink(path.join(product, 'Loop-b.yaml'), path.join(product, 'Loop-a.yaml'));
    await symlink(path.join(product, 'Loop-a.yaml'), path.join(product, 'Loop-b.yaml'));
    await expectOneLineRefusal(['--spec', root, '--out', path.join(tmp, `out-${counter++}`)], /^error: .*cs-2015-12-15\/Loop-a\.yaml: is a symbolic link loop$/);
  });
});

describe('entries named like spec files that are not readable files', () => {
  it('a folder is refused by name', async () => {
    const [root, product] = await specRoot();
    await mkdir(path.join(product, 'Broken.yaml'));
    await expectOneLineRefusal(['--spec', root, '--out', path.join(tmp, `out-${counter++}`)], /^error: .*cs-2015-12-15\/Broken\.yaml: is a folder, not a spec file$/);
  });

  it('a FIFO is refused by name instead of blocking the read forever', async () => {
    const [root, product] = await specRoot();
    execFileSync('mkfifo', [path.join(product, 'Pipe.yaml')]);
    await expectOneLineRefusal(['--spec', root, '--out', path.join(tmp, `out-${counter++}`)], /^error: .*cs-2015-12-15\/Pipe\.yaml: is not a regular file/);
  });
});

describe('file size', () => {
  it('a spec file over 32 MB is refused by name before it is read', async () => {
    const [root, product] = await specRoot();
    await writeFile(path.join(product, 'Huge.yaml'), `x-padding: '${'x'.repeat(33 * 1024 * 1024)}'\n`);
    await expectOneLineRefusal(['--spec', root, '--out', path.join(tmp, `out-${counter++}`)], /^error: .*cs-2015-12-15\/Huge\.yaml: is larger than 32 MB$/);
  });

  it('a single spec file given as --spec is checked the same way (a FIFO is not read)', async () => {
    const fifo = path.join(tmp, `spec-${counter++}.json`);
    execFileSync('mkfifo', [fifo]);
    await expectOneLineRefusal(['--spec', fifo, '--out', path.join(tmp, `out-${counter++}`)], /^error: .*\.json: is not a regular file/);
  });
});

describe('paths with control characters', () => {
  it('a newline in the spec path still gives one error line (escaped)', async () => {
    const root = path.join(tmp, `with\nnewline-${counter++}`);
    await cp(path.join(repoRoot, 'test', 'fixtures', 'bad-specs', 'invalid-yaml'), root, { recursive: true });
    await expectOneLineRefusal(['--spec', root, '--out', path.join(tmp, `out-${counter++}`)], /^error: .*with\\nnewline-\d+\/cs-2015-12-15\/.+\.yaml:\d+: invalid YAML/);
  });
});
