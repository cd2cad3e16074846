import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffFolder, MANIFEST_FILE, withManifest, writePackagesAtomically } from '../../generator/write.ts';
import { makeTempDir, removeDir, snapshotTree, writeTree } from '../support/generate.ts';

let tmp: string;
let counter = 0;
beforeAll(async () => {
  tmp = await makeTempDir('writer-');
});
afterAll(async () => {
  await removeDir(tmp);
});

async function freshRoot(files: Record<string, string> = {}): Promise<string> {
  const root = path.join(tmp, `out-${counter++}`);
  await mkdir(root, { recursive: true });
  return writeTree(root, files);
}

/** The manifest a generation of these paths leaves in its package folder. */
const manifestOf = (...paths: string[]): string => withManifest(paths.map((p) => ({ path: p, contents: '' }))).find((f) => f.path === MANIFEST_FILE)!.contents;

/** The files of one package folder in a snapshot, the manifest aside. */
const without = (files: Record<string, string>, ...names: string[]): Record<string, string> =>
  Object.fromEntries(Object.entries(files).filter(([name]) => !names.some((n) => name.endsWith(n))));

const text = (snapshot: Map<string, Buffer>): Record<string, string> => Object.fromEntries([...snapshot].map(([k, v]) => [k, v.toString('utf8')]));

describe('diffFolder', () => {
  it('lists added, changed and removed files sorted by path; files it did not write (node_modules) are not its business', async () => {
    const root = await freshRoot({
      'pkg/same.txt': 'same',
      'pkg/changed.txt': 'old',
      'pkg/stale/gone.txt': 'x',
      'pkg/node_modules/dep/index.js': 'ignored',
      'pkg/mine.txt': 'not generated',
      [`pkg/${MANIFEST_FILE}`]: manifestOf('same.txt', 'changed.txt', 'stale/gone.txt'),
    });
    const changes = await diffFolder(path.join(root, 'pkg'), [
      { path: 'same.txt', contents: 'same' },
      { path: 'changed.txt', contents: 'new' },
      { path: 'docs/new.md', contents: '# new' },
    ]);
    expect(changes).toEqual([
      { path: MANIFEST_FILE, change: 'changed' },
      { path: 'changed.txt', change: 'changed' },
      { path: 'docs/new.md', change: 'added' },
      { path: 'stale/gone.txt', change: 'removed' },
    ]);
  });

  it('treats a missing folder as empty', async () => {
    expect(await diffFolder(path.join(tmp, 'does-not-exist'), [{ path: 'a', contents: '' }])).toEqual([
      { path: MANIFEST_FILE, change: 'added' },
      { path: 'a', change: 'added' },
    ]);
  });
});

describe('writePackagesAtomically', () => {
  it('replaces what it wrote: stale generated files (and their emptied folders) disappear, other files stay, no staging is left', async () => {
    const root = await freshRoot({
      'pkg/old.txt': 'old',
      'pkg/keep/also-old.txt': 'old',
      'pkg/node_modules/dep/index.js': 'dependency',
      'pkg/NOTES.md': 'mine',
      [`pkg/${MANIFEST_FILE}`]: manifestOf('old.txt', 'keep/also-old.txt'),
      'other/untouched.txt': 'mine',
    });
    await writePackagesAtomically(root, [{ packageName: 'pkg', files: [{ path: 'src/a.ts', contents: 'export {};\n' }, { path: 'README.md', contents: '# r\n' }] }]);
    expect(text(await snapshotTree(root))).toEqual({
      'other/untouched.txt': 'mine',
      'pkg/NOTES.md': 'mine',
      'pkg/README.md': '# r\n',
      [`pkg/${MANIFEST_FILE}`]: manifestOf('README.md', 'src/a.ts'),
      'pkg/node_modules/dep/index.js': 'dependency',
      'pkg/src/a.ts': 'export {};\n',
    });
    expect((await readdir(root)).sort()).toEqual(['other', 'pkg']);
    expect((await readdir(path.join(root, 'pkg'))).sort()).toEqual([MANIFEST_FILE, 'NOTES.md', 'README.md', 'node_modules', 'src']);
  });

  it('creates the output root and writes several packages', async () => {
    const root = path.join(tmp, `new-root-${counter++}`, 'nested');
    await writePackagesAtomically(root, [
      { packageName: 'a-1', files: [{ path: 'x.txt', contents: 'a' }] },
      { packageName: 'b-2', files: [{ path: 'y/z.txt', contents: 'b' }] },
    ]);
    expect(without(text(await snapshotTree(root)), MANIFEST_FILE)).toEqual({ 'a-1/x.txt': 'a', 'b-2/y/z.txt': 'b' });
  });

  it('leaves the output untouched when writing fails before the swap', async () => {
    const root = await freshRoot({ 'good/file.txt': 'previous', 'bad/file.txt': 'previous too' });
    const before = await snapshotTree(root);
    // `x` is both a file and a folder: the second package cannot be staged, so neither package may be swapped.
    const attempt = writePackagesAtomically(root, [
      { packageName: 'good', files: [{ path: 'file.txt', contents: 'next' }] },
      { packageName: 'bad', files: [{ path: 'x', contents: 'file' }, { path: 'x/y', contents: 'inside a file' }] },
    ]);
    await expect(attempt).rejects.toThrow();
    expect(await snapshotTree(root)).toEqual(before);
    expect((await readdir(root)).sort()).toEqual(['bad', 'good']);
  });

  it('writes bytes exactly (UTF-8, no newline conversion)', async () => {
    const root = await freshRoot();
    const contents = 'line\r\nnon-ASCII 名前 ñ \u2028 end';
    await writePackagesAtomically(root, [{ packageName: 'p', files: [{ path: 'f.txt', contents }] }]);
    expect(await readFile(path.join(root, 'p', 'f.txt'), 'utf8')).toBe(contents);
  });

  it('overwrites a folder that a previous run left in place of a file', async () => {
    const root = await freshRoot();
    await mkdir(path.join(root, 'p', 'f.txt'), { recursive: true });
    await writeFile(path.join(root, 'p', 'f.txt', 'inner'), 'x');
    await writePackagesAtomically(root, [{ packageName: 'p', files: [{ path: 'f.txt', contents: 'file now' }] }]);
    expect(without(text(await snapshotTree(root)), MANIFEST_FILE)).toEqual({ 'p/f.txt': 'file now' });
  });
});

describe('symbolic links inside a package folder', () => {
  it('are never written through: the write is refused before anything changes', async () => {
    const root = await freshRoot({ 'elsewhere/keep.txt': 'outside', 'pkg/README.md': 'old' });
    const { symlink } = await import('node:fs/promises');
    await symlink(path.join(root, 'elsewhere'), path.join(root, 'pkg', 'src'));
    const before = await snapshotTree(path.join(root, 'elsewhere'));
    const attempt = writePackagesAtomically(root, [{ packageName: 'pkg', files: [{ path: 'src/a.ts', contents: 'export {};\n' }, { path: 'README.md', contents: 'new' }] }]);
    await expect(attempt).rejects.toThrow(/pkg\/src: is a symbolic link/);
    expect(await snapshotTree(path.join(root, 'elsewhere'))).toEqual(before);
    expect(await readFile(path.join(root, 'pkg', 'README.md'), 'utf8')).toBe('old');
    expect((await readdir(root)).sort()).toEqual(['elsewhere', 'pkg']);
  });
});
