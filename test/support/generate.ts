/**
 * Runs the generator for tests: as a child process exactly like `npm run generate` (exit code, stdout, stderr),
 * or in-process into a temporary folder (faster, for tests that only need the files).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, promisify } from 'node:util';
import { generatePackage, type GeneratedPackage } from '../../generator/pipeline.ts';
import { writePackagesAtomically } from '../../generator/write.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cliPath = path.join(repoRoot, 'generator', 'cli.ts');

export interface RunResult {
  /** Exit code (null when killed by a signal). */
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Working directory of the child (default: the repository root); relative paths in `args` resolve from it. */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the child after this many milliseconds (default 60 000). */
  timeoutMs?: number;
}

/** `node --import tsx generator/cli.ts ...args`, as a user runs `npm run generate -- ...args`. */
export function runGenerator(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const env = { ...process.env, ...opts.env };
  delete env.DEBUG;
  delete env.NODE_OPTIONS;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', cliPath, ...args],
      { cwd: opts.cwd ?? repoRoot, env, timeout: opts.timeoutMs ?? 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/**
 * `npm run generate -- ...args` exactly as users run it: the launcher (generator/bin.mjs), which generates from its
 * build. Resolves with its stdout; rejects when it fails.
 */
export async function runLauncher(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(repoRoot, 'generator', 'bin.mjs'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
  });
  return stdout;
}

let inProcessQueue: Promise<unknown> = Promise.resolve();

/**
 * The same command as `runGenerator`, run in this process (about a second faster per run): `runCli` from
 * generator/cli.ts with console output captured. Runs are serialised, since the console is global.
 * `code` is what the process exit code would be.
 */
export function runGeneratorInProcess(args: string[]): Promise<RunResult> {
  const run = inProcessQueue.then(async () => {
    (globalThis as Record<string, unknown>).__CS_GENERATOR_CLI_LIBRARY_MODE__ = true;
    const { runCli } = await import('../../generator/cli.ts');
    const stdout: string[] = [];
    const stderr: string[] = [];
    const { log, error } = console;
    console.log = (...parts: unknown[]) => void stdout.push(format(...parts) + '\n');
    console.error = (...parts: unknown[]) => void stderr.push(format(...parts) + '\n');
    try {
      const code = await runCli(args);
      return { code, stdout: stdout.join(''), stderr: stderr.join('') };
    } finally {
      console.log = log;
      console.error = error;
    }
  });
  inProcessQueue = run.catch(() => undefined);
  return run;
}

/** A fresh empty folder under the OS temp folder. */
export function makeTempDir(prefix = 'acs-gen-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export interface TempGeneration {
  /** Output root (holds the package folder). */
  outDir: string;
  /** The package folder: `<outDir>/<packageName>`. */
  packageDir: string;
  pkg: GeneratedPackage;
}

/**
 * Generates the package of one product-version folder (or one bundled file) in-process and writes it with the
 * real writer into a new temp folder. Throws what the generator throws (a SpecError for bad input).
 */
export async function generateToTemp(specPath: string, outDir?: string): Promise<TempGeneration> {
  const pkg = await generatePackage(specPath);
  const out = outDir ?? (await makeTempDir());
  await writePackagesAtomically(out, [pkg]);
  return { outDir: out, packageDir: path.join(out, pkg.packageName), pkg };
}

/** Writes `files` (relative path → text) under `dir`, creating folders. Returns `dir`. */
export async function writeTree(dir: string, files: Record<string, string>): Promise<string> {
  for (const [relative, text] of Object.entries(files)) {
    const target = path.join(dir, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  return dir;
}

/** Every file under `dir` (relative POSIX path → bytes), for byte-for-byte comparisons. */
export async function snapshotTree(dir: string): Promise<Map<string, Buffer>> {
  const result = new Map<string, Buffer>();
  const visit = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(dir, relative), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await visit(child);
      else result.set(child, await readFile(path.join(dir, child)));
    }
  };
  await visit('');
  return new Map([...result.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const tscPath = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');

/**
 * Type-checks the `src/` of generated packages with one `tsc --strict --noEmit` run, using each package's own
 * compiler options (its tsconfig.json) plus Node's types from this repository. Returns tsc's exit code and output.
 */
export async function typecheckPackages(packageDirs: string[]): Promise<RunResult> {
  const first = packageDirs[0];
  if (first === undefined) throw new Error('typecheckPackages: no package given');
  const own = JSON.parse(await readFile(path.join(first, 'tsconfig.json'), 'utf8')) as { compilerOptions?: Record<string, unknown> };
  const configDir = await makeTempDir('tsc-check-');
  const config = {
    compilerOptions: {
      ...own.compilerOptions,
      strict: true,
      noEmit: true,
      rootDir: undefined,
      outDir: undefined,
      types: ['node'],
      typeRoots: [path.join(repoRoot, 'node_modules', '@types')],
    },
    include: packageDirs.map((dir) => path.join(dir, 'src', '**', '*.ts')),
  };
  const configPath = path.join(configDir, 'tsconfig.json');
  await writeFile(configPath, JSON.stringify(config, null, 2));
  try {
    return await new Promise((resolve) => {
      execFile(process.execPath, [tscPath, '--strict', '--noEmit', '-p', configPath], { maxBuffer: 16 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      });
    });
  } finally {
    await removeDir(configDir);
  }
}
