/**
 * Writes an import into `<spec root>/<folder>/` atomically per file: every file is first written to a temporary
 * folder beside the target, then renamed into place; only then are the files the import retires removed. Files the
 * run neither produces nor retires are never touched.
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeSpecFiles(specRoot: string, folder: string, files: Map<string, string>, removed: string[] = []): Promise<string[]> {
  const target = path.join(specRoot, folder);
  await mkdir(target, { recursive: true });
  const staging = await mkdtemp(path.join(specRoot, `.${folder}.import-`));
  try {
    for (const [name, text] of files) await writeFile(path.join(staging, name), text, 'utf8');
    for (const name of files.keys()) await rename(path.join(staging, name), path.join(target, name));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  for (const name of removed) await rm(path.join(target, name), { force: true });
  return [...files.keys()].map((name) => path.join(target, name));
}
