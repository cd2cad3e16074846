import { link, mkdir, open, readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * One generator at a time per output root: an exclusive lock file (created with O_EXCL) holding the owner's pid.
 * A second run waits for the first to finish rather than failing; a lock whose process is gone (a killed run) is
 * taken over.
 */
export const LOCK_FILE = '.cs-generator.lock';

const POLL_MS = 50;
/** A lock file still without a pid after this long belongs to a run killed right after creating it. */
const UNWRITTEN_LOCK_MS = 5_000;

export interface OutputLock {
  release(): Promise<void>;
}

export async function lockOutput(outRoot: string, waitMs = 10 * 60_000): Promise<OutputLock> {
  const created = await mkdir(outRoot, { recursive: true });
  const lockPath = path.join(outRoot, LOCK_FILE);
  const deadline = Date.now() + waitMs;
  for (;;) {
    const handle = await open(lockPath, 'wx').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return undefined;
      throw error;
    });
    if (handle) {
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return {
        release: async () => {
          await rm(lockPath, { force: true });
          if (created !== undefined) await removeEmptyFolders(outRoot, created);
        },
      };
    }
    const owner = await lockOwner(lockPath);
    if (owner === undefined ? await isOlderThan(lockPath, UNWRITTEN_LOCK_MS) : !isAlive(owner)) {
      await takeOverStaleLock(lockPath);
      continue;
    }
    if (Date.now() > deadline) throw new Error(`${lockPath}: another generator (pid ${owner ?? '?'}) is still writing this output`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Removes a lock left by a dead process. Whoever renames it away first owns the takeover; if what it moved turns out
 * to be a live owner's fresh lock (it was replaced between the check and the rename), it is linked back.
 */
async function takeOverStaleLock(lockPath: string): Promise<void> {
  const moved = `${lockPath}.stale-${process.pid}`;
  const renamed = await rename(lockPath, moved).then(
    () => true,
    () => false,
  );
  if (!renamed) return;
  const owner = await lockOwner(moved);
  if (owner !== undefined && isAlive(owner)) await link(moved, lockPath).catch(() => undefined);
  await rm(moved, { force: true });
}

/** The pid in the lock file; undefined while its owner is still writing it (or when it is not ours). */
async function lockOwner(lockPath: string): Promise<number | undefined> {
  const text = await readFile(lockPath, 'utf8').catch(() => '');
  const pid = Number(text.trim());
  return /^\d+\n$/.test(text) && Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function isOlderThan(file: string, ms: number): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs > ms;
}

/** A run that wrote nothing leaves no output folder behind: removes `folder` and its parents up to `top` while empty. */
async function removeEmptyFolders(folder: string, top: string): Promise<void> {
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    const removed = await rmdir(current).then(
      () => true,
      () => false,
    );
    if (!removed || current === path.resolve(top) || path.dirname(current) === current) return;
  }
}
