import type { Dirent } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { toDisplayPath } from './read-spec-files.ts';
import { SpecError } from './spec-error.ts';
import { assertReadableSize } from './document-limits.ts';

export type EntryKind = 'file' | 'directory' | 'other';

/**
 * What a folder entry is, following symbolic links (a linked spec file or product folder counts like the real one).
 * A link that points nowhere or loops is refused by name rather than skipped, so that no operation silently
 * disappears from the package.
 */
export async function entryKind(folder: string, entry: Dirent): Promise<EntryKind> {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  if (!entry.isSymbolicLink()) return 'other';
  const linkPath = path.join(folder, entry.name);
  const info = await stat(linkPath).catch((error: NodeJS.ErrnoException) => {
    const why = error.code === 'ELOOP' ? 'is a symbolic link loop' : error.code === 'ENOENT' ? 'is a symbolic link to nothing' : `is a symbolic link that cannot be followed (${error.code ?? 'error'})`;
    throw new SpecError(why, toDisplayPath(linkPath), undefined);
  });
  return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other';
}

/**
 * Refuses an entry with a spec file's name that is not a readable regular file (a folder, a FIFO that would block
 * the read, a device) or that is too large to read (document-limits.ts).
 */
export async function assertSpecFileKind(folder: string, entry: Dirent, kind: EntryKind): Promise<void> {
  const displayPath = toDisplayPath(path.join(folder, entry.name));
  if (kind === 'directory') throw new SpecError('is a folder, not a spec file', displayPath, undefined);
  if (kind === 'other') throw new SpecError('is not a regular file (a FIFO, socket or device): refusing to read it', displayPath, undefined);
  assertReadableSize(await stat(path.join(folder, entry.name)), displayPath);
}
