import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GeneratedFile } from './emit/types.ts';

export interface PackageToWrite {
  packageName: string;
  files: GeneratedFile[];
}

export interface FileChange {
  path: string;
  change: 'added' | 'changed' | 'removed';
}

/** What writing `files` into `folder` would change, by path (POSIX, relative to the folder). */
export async function diffFolder(folder: string, files: GeneratedFile[]): Promise<FileChange[]> {
  const existing = await readTree(folder);
  const changes: FileChange[] = [];
  const wanted = new Set(files.map((f) => f.path));
  for (const file of files) {
    const current = existing.get(file.path);
    if (current === undefined) changes.push({ path: file.path, change: 'added' });
    else if (current !== file.contents) changes.push({ path: file.path, change: 'changed' });
  }
  for (const file of existing.keys()) if (!wanted.has(file)) changes.push({ path: file, change: 'removed' });
  return changes.sort((a, b) => (a.path < b.path ? -1 : 1));
}

async function readTree(folder: string, prefix = ''): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  let entries;
  try {
    entries = await readdir(path.join(folder, prefix), { withFileTypes: true });
  } catch {
    return result;
  }
  await Promise.all(
    entries.map(async (entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules') return;
        for (const [key, value] of await readTree(folder, relative)) result.set(key, value);
      } else {
        result.set(relative, await readFile(path.join(folder, relative), 'utf8'));
      }
    }),
  );
  return result;
}

/**
 * Replaces each package folder under `outRoot` as a whole: every package is first written to a staging folder
 * beside it, and only when all are complete is each swapped in by rename. A failure before the swap leaves the
 * output untouched; files the generator no longer produces disappear with the old folder.
 */
export async function writePackagesAtomically(outRoot: string, packages: PackageToWrite[]): Promise<void> {
  await mkdir(outRoot, { recursive: true });
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const staged: { staging: string; target: string }[] = [];
  try {
    for (const pkg of packages) {
      const staging = path.join(outRoot, `.${pkg.packageName}.staging-${tag}`);
      // Listed before writing, so that a package failing half-way is cleaned up too.
      staged.push({ staging, target: path.join(outRoot, pkg.packageName) });
      await writeFiles(staging, pkg.files);
    }
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.staging, { recursive: true, force: true })));
    throw error;
  }
  for (const { staging, target } of staged) {
    const old = `${target}.old-${tag}`;
    const hadOld = await rename(target, old).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    await rename(staging, target);
    if (hadOld) await rm(old, { recursive: true, force: true });
  }
}

async function writeFiles(folder: string, files: GeneratedFile[]): Promise<void> {
  const folders = new Set(files.map((f) => path.dirname(path.join(folder, f.path))));
  for (const dir of [...folders].sort()) await mkdir(dir, { recursive: true });
  await Promise.all(files.map((f) => writeFile(path.join(folder, f.path), f.contents)));
}
