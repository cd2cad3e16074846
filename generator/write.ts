import { lstat, mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GeneratedFile } from './emit/types.ts';
import { faultPoint } from './fault-injection.ts';
import { SpecError } from './load/spec-error.ts';

export interface PackageToWrite {
  packageName: string;
  files: GeneratedFile[];
  /** What `diffFolder` found for these files, when the caller has it already (it is not read again). */
  changes?: FileChange[];
}

export interface FileChange {
  path: string;
  change: 'added' | 'changed' | 'removed';
}

/**
 * The list of files the generator wrote into a package folder. Regeneration replaces or removes only these: anything
 * else in the folder (node_modules/, a user's notes) is never touched.
 */
export const MANIFEST_FILE = '.generated-files';

const MANIFEST_HEADER = '# Written by the CS SDK generator: regeneration replaces or removes exactly these files.\n';

/** `files` plus the manifest that lists them (idempotent: a manifest already present is recomputed). */
export function withManifest(files: GeneratedFile[]): GeneratedFile[] {
  const own = files.filter((f) => f.path !== MANIFEST_FILE);
  const listed = [...own.map((f) => f.path), MANIFEST_FILE].sort(comparePaths);
  const manifest = { path: MANIFEST_FILE, contents: MANIFEST_HEADER + listed.map((p) => `${p}\n`).join('') };
  return [...own, manifest].sort((a, b) => comparePaths(a.path, b.path));
}

/** The files a previous generation wrote into `folder` (empty when it left no manifest). */
async function previouslyWritten(folder: string): Promise<string[]> {
  const text = await readFile(path.join(folder, MANIFEST_FILE), 'utf8').catch(() => '');
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#') && isSafeRelativePath(line));
}

/** A manifest line is only trusted when it names a file inside the folder. */
function isSafeRelativePath(relative: string): boolean {
  return !path.isAbsolute(relative) && !relative.split('/').some((part) => part === '..' || part === '.' || part === '');
}

/**
 * What writing `files` into `folder` would change, by path (POSIX, relative to the folder). Only files the generator
 * writes count: files it wrote before and no longer produces are `removed`; anything else in the folder is not ours.
 */
export async function diffFolder(folder: string, files: GeneratedFile[]): Promise<FileChange[]> {
  const wanted = withManifest(files);
  const wantedPaths = new Set(wanted.map((f) => f.path));
  // A package folder that does not exist yet: everything is added (no file to read).
  if (!(await exists(folder))) return wanted.map((f) => ({ path: f.path, change: 'added' as const }));
  const changes: FileChange[] = [];
  // Read one after the other: a few hundred small files read synchronously cost a fraction of as many promises.
  for (const file of wanted) {
    const current = readIfFile(path.join(folder, file.path));
    if (current === undefined) changes.push({ path: file.path, change: 'added' });
    else if (current !== file.contents) changes.push({ path: file.path, change: 'changed' });
  }
  for (const old of await previouslyWritten(folder)) {
    if (!wantedPaths.has(old) && (await isFile(path.join(folder, old)))) changes.push({ path: old, change: 'removed' });
  }
  return changes.sort((a, b) => comparePaths(a.path, b.path));
}

function readIfFile(target: string): string | undefined {
  try {
    return readFileSync(target, 'utf8');
  } catch {
    return undefined;
  }
}

async function isFile(target: string): Promise<boolean> {
  return stat(target).then(
    (info) => info.isFile(),
    () => false,
  );
}

/**
 * The generator's own work folder inside the output root. Its package folders are two levels down
 * (`.cs-generator/staging-<tag>/<package>/package.json`), so a workspace glob such as `generated/*` never sees them.
 */
export const WORK_DIR = '.cs-generator';
const JOURNAL = 'journal.json';

interface Journal {
  /** Staging folder (relative to the work folder) holding `<package>/<file>` for every file to move in. */
  staging: string;
  packages: { packageName: string; moveIn: string[]; remove: string[] }[];
}

/**
 * Writes every package into `outRoot`, replacing only files the generator wrote, with crash safety:
 * 1. every new or changed file is written to a staging folder (a failure here leaves the output untouched);
 * 2. a journal naming every move and removal is committed by an atomic rename;
 * 3. each staged file is renamed over its target (an atomic replacement per file), stale generated files are removed;
 * 4. the journal and staging folder are deleted.
 * A run killed after step 2 leaves every file whole (old or new) and the next run (recoverInterruptedWrite) redoes
 * step 3 from the journal; killed before, it leaves only a staging folder, which the next run deletes.
 * Ctrl-C (SIGINT, SIGTERM, SIGHUP) before the commit cancels cleanly; after it, the swap finishes first.
 * The caller holds the output lock (output-lock.ts).
 */
export async function writePackagesAtomically(outRoot: string, packages: PackageToWrite[], early?: EarlyStaging): Promise<void> {
  const work = path.join(outRoot, WORK_DIR);
  const tag = early?.tag ?? stagingTag();
  const staging = `staging-${tag}`;
  const interruption = watchInterruptions();
  try {
    await mkdir(work, { recursive: true });
    const journal: Journal = { staging, packages: [] };
    try {
      await early?.settled();
      for (const pkg of packages) {
        const target = path.join(outRoot, pkg.packageName);
        const files = withManifest(pkg.files);
        const changes = pkg.changes ?? (await diffFolder(target, files));
        const changed = new Set(changes.filter((c) => c.change !== 'removed').map((c) => c.path));
        const moveIn = files.filter((f) => changed.has(f.path));
        await writeFiles(
          path.join(work, staging, pkg.packageName),
          moveIn.filter((f) => !early?.holds(pkg.packageName, f)),
        );
        const remove = changes.filter((c) => c.change === 'removed').map((c) => c.path);
        await assertNoLinkedFolders(target, [...moveIn.map((f) => f.path), ...remove]);
        journal.packages.push({ packageName: pkg.packageName, moveIn: moveIn.map((f) => f.path), remove });
      }
      await faultPoint('staged');
      interruption.throwIfInterrupted();
      await commitJournal(work, journal);
    } catch (error) {
      await rm(work, { recursive: true, force: true });
      throw error;
    }
    await faultPoint('journaled');
    await applyJournal(outRoot, journal);
    await rm(work, { recursive: true, force: true });
  } finally {
    interruption.stop();
  }
  interruption.throwIfInterrupted();
}

function stagingTag(): string {
  return `${process.pid}-${Date.now().toString(36)}`;
}

/**
 * Step 1 begun while the package is still being generated: the sources and documents of a package whose folder does
 * not exist yet (every file is new) are written to the staging folder while esbuild, in its own process, bundles
 * them. `writePackagesAtomically` then writes only the rest. Like any staging folder, it is deleted when the run
 * fails before the commit (`discard`), or by the next run when this one is killed.
 */
export class EarlyStaging {
  readonly tag = stagingTag();
  private readonly staged = new Map<string, Map<string, string>>();
  private readonly pending: Promise<void>[] = [];
  private used = false;

  constructor(private readonly outRoot: string) {}

  stage(packageName: string, files: readonly GeneratedFile[]): void {
    const target = path.join(this.outRoot, packageName);
    const folder = path.join(this.outRoot, WORK_DIR, `staging-${this.tag}`, packageName);
    const writing = (async () => {
      if (await exists(target)) return;
      this.used = true;
      await writeFiles(folder, files);
      this.staged.set(packageName, new Map(files.map((f) => [f.path, f.contents])));
    })();
    // A failure is reported where the writing is awaited (settled), not as an unhandled rejection meanwhile.
    writing.catch(() => undefined);
    this.pending.push(writing);
  }

  /** Waits for the files being written (and fails as their writing failed). */
  async settled(): Promise<void> {
    await Promise.all(this.pending);
  }

  /** Whether this exact file is staged already. */
  holds(packageName: string, file: GeneratedFile): boolean {
    return this.staged.get(packageName)?.get(file.path) === file.contents;
  }

  /** Deletes what was staged (the run failed before writing). */
  async discard(): Promise<void> {
    await Promise.allSettled(this.pending);
    if (!this.used) return;
    await rm(path.join(this.outRoot, WORK_DIR, `staging-${this.tag}`), { recursive: true, force: true });
    await rmdir(path.join(this.outRoot, WORK_DIR)).catch(() => undefined); // when nothing else is in it
  }
}

/**
 * Finishes or discards what an interrupted run left in `outRoot`: a committed journal is applied, any staging folder
 * is deleted, and the folders of the previous writer (`.<package>.staging-*`, `<package>.old-*`) are cleaned up, an
 * `.old-*` folder moving back into place when its package folder is missing. Returns what it did, for the summary.
 */
export async function recoverInterruptedWrite(outRoot: string): Promise<string[]> {
  const done: string[] = [];
  const work = path.join(outRoot, WORK_DIR);
  const journal = await readJournal(work);
  if (journal) {
    await applyJournal(outRoot, journal);
    done.push(`finished an interrupted write of ${journal.packages.map((p) => p.packageName).join(', ')}`);
  }
  if (await exists(work)) {
    await rm(work, { recursive: true, force: true });
    if (!journal) done.push('removed the staging folder of an interrupted run');
  }
  done.push(...(await recoverLegacyLeftovers(outRoot)));
  return done;
}

const LEGACY_STAGING = /^\.(.+)\.staging-\d+-[0-9a-z]+$/;
const LEGACY_OLD = /^(.+)\.old-\d+-[0-9a-z]+$/;

async function recoverLegacyLeftovers(outRoot: string): Promise<string[]> {
  const done: string[] = [];
  const entries = await readdir(outRoot, { withFileTypes: true }).catch(() => []);
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => comparePaths(a.name, b.name))) {
    const leftover = path.join(outRoot, entry.name);
    const old = LEGACY_OLD.exec(entry.name);
    if (LEGACY_STAGING.test(entry.name)) {
      await rm(leftover, { recursive: true, force: true });
      done.push(`removed ${entry.name}`);
    } else if (old) {
      const target = path.join(outRoot, old[1]!);
      if (await exists(target)) {
        await rm(leftover, { recursive: true, force: true });
        done.push(`removed ${entry.name}`);
      } else {
        await rename(leftover, target);
        done.push(`restored ${old[1]} from ${entry.name}`);
      }
    }
  }
  return done;
}

async function commitJournal(work: string, journal: Journal): Promise<void> {
  const temporary = path.join(work, `${JOURNAL}.${journal.staging}`);
  await writeFile(temporary, JSON.stringify(journal));
  await rename(temporary, path.join(work, JOURNAL));
}

async function readJournal(work: string): Promise<Journal | undefined> {
  const text = await readFile(path.join(work, JOURNAL), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const journal = JSON.parse(text) as Journal;
  const safe =
    isSafeRelativePath(journal.staging) &&
    journal.packages.every((p) => isSafeRelativePath(p.packageName) && [...p.moveIn, ...p.remove].every(isSafeRelativePath));
  if (!safe) throw new Error(`${path.join(work, JOURNAL)} names a path outside the output folder: delete the folder ${work}`);
  return journal;
}

/** Step 3; idempotent, so that a run interrupted in the middle of it can be finished by the next one. */
async function applyJournal(outRoot: string, journal: Journal): Promise<void> {
  const work = path.join(outRoot, WORK_DIR);
  for (const pkg of journal.packages) {
    const target = path.join(outRoot, pkg.packageName);
    const staged = path.join(work, journal.staging, pkg.packageName);
    // A new package folder moves in whole, by one rename (a rerun after it finds nothing left to move).
    if (pkg.remove.length === 0 && !(await exists(target)) && (await exists(staged))) {
      await faultPoint('applying');
      await rename(staged, target);
      continue;
    }
    const half = Math.ceil(pkg.moveIn.length / 2);
    for (const [index, file] of pkg.moveIn.entries()) {
      if (index === half) await faultPoint('applying');
      await moveIn(path.join(staged, file), target, file);
    }
    for (const file of pkg.remove) await removeGenerated(target, file);
  }
}

/** Renames a staged file over its target, clearing whatever stands in the way (a folder where a file goes, or a file where a folder goes). */
async function moveIn(from: string, targetRoot: string, relative: string): Promise<void> {
  if (!(await exists(from))) return; // moved in already by the interrupted run
  const parts = relative.split('/');
  for (let depth = 1; depth < parts.length; depth++) {
    const ancestor = path.join(targetRoot, ...parts.slice(0, depth));
    const info = await stat(ancestor).catch(() => undefined);
    if (info && !info.isDirectory()) await rm(ancestor, { force: true });
  }
  const to = path.join(targetRoot, relative);
  await mkdir(path.dirname(to), { recursive: true });
  if ((await stat(to).catch(() => undefined))?.isDirectory()) await rm(to, { recursive: true, force: true });
  await rename(from, to);
}

/** Removes a file the generator no longer produces, and the folders that it leaves empty. */
async function removeGenerated(targetRoot: string, relative: string): Promise<void> {
  await rm(path.join(targetRoot, relative), { force: true });
  const parts = relative.split('/');
  for (let depth = parts.length - 1; depth >= 1; depth--) {
    const folder = path.join(targetRoot, ...parts.slice(0, depth));
    const removed = await rmdir(folder).then(
      () => true,
      () => false,
    );
    if (!removed) break; // not empty (or gone): its parents are not empty either
  }
}

/**
 * Refuses to write through a symbolic link to a folder inside a package folder (`src -> ../elsewhere`): the files
 * would land outside it. Checked before the commit, so nothing has changed when it fails.
 */
async function assertNoLinkedFolders(targetRoot: string, files: string[]): Promise<void> {
  const checked = new Set<string>();
  for (const file of files) {
    const parts = file.split('/');
    for (let depth = 1; depth < parts.length; depth++) {
      const folder = path.join(targetRoot, ...parts.slice(0, depth));
      if (checked.has(folder)) continue;
      checked.add(folder);
      const info = await lstat(folder).catch(() => undefined);
      if (info?.isSymbolicLink()) {
        throw new SpecError('is a symbolic link: the generator does not write through links inside a package folder (remove it)', folder, undefined);
      }
    }
  }
}

async function exists(target: string): Promise<boolean> {
  return stat(target).then(
    () => true,
    () => false,
  );
}

async function writeFiles(folder: string, files: readonly GeneratedFile[]): Promise<void> {
  // Folders synchronously: a promise per recursive mkdir costs more than the system calls.
  mkdirSync(folder, { recursive: true });
  const folders = new Set(files.map((f) => path.dirname(path.join(folder, f.path))));
  for (const dir of [...folders].sort()) mkdirSync(dir, { recursive: true });
  await Promise.all(files.map((f) => writeFile(path.join(folder, f.path), f.contents)));
}

/** A signal that asked the generator to stop; thrown once it is safe to stop. */
export class InterruptedError extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted by ${signal}`);
  }
}

const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Defers stop signals while the output is being written, so that a Ctrl-C never leaves it half-swapped. */
function watchInterruptions(): { throwIfInterrupted(): void; stop(): void } {
  let received: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    received ??= signal;
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  return {
    throwIfInterrupted(): void {
      if (received) throw new InterruptedError(received);
    },
    stop(): void {
      for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
    },
  };
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
