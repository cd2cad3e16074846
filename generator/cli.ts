import { parseArgs } from 'node:util';
import { readdir, stat } from 'node:fs/promises';
import { constants } from 'node:os';
import path from 'node:path';
import { SpecError } from './load/spec-error.ts';
import type { PackageOverrides } from './ir/package-info.ts';
import type { GeneratedPackage } from './pipeline.ts';
import { diffFolder, EarlyStaging, InterruptedError, recoverInterruptedWrite, writePackagesAtomically } from './write.ts';
import { lockOutput } from './output-lock.ts';
import { assertSeparateRoots } from './separate-roots.ts';
import { listSpecFiles, OVERLAY_FOLDER } from './load/list-spec-files.ts';
import { entryKind } from './load/spec-entries.ts';
import { assertReadableSize } from './load/document-limits.ts';
import { inputFingerprint, isUpToDate, recordStamp } from './stamp.ts';

const USAGE = `Usage: npm run generate [-- --spec DIR --out DIR --check --package-name NAME --package-version X.Y.Z]

  --spec DIR   spec root: one folder per product-version (default: spec)
               (a product-version folder or a single bundled OpenAPI file works too)
  --out DIR    output root: one package folder per product-version (default: generated)
  --check      write nothing; exit 1 listing every file that differs from what would be generated
  --package-name NAME      npm name of the package, e.g. @acme/cs (one product-version only;
                           default: x-acs-package.name of the product file, else <product>-<version>)
  --package-version X.Y.Z  its version (default: x-acs-package.version, else 0.1.0)`;

export async function main(argv: string[]): Promise<number> {
  const started = performance.now();
  const { values } = parseArgs({
    args: argv,
    options: {
      spec: { type: 'string', default: 'spec' },
      out: { type: 'string', default: 'generated' },
      check: { type: 'boolean', default: false },
      'package-name': { type: 'string' },
      'package-version': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const sources = await findSpecSources(values.spec);
  const overrides = packageOverrides(values['package-name'], values['package-version']);
  if (overrides.name !== undefined && sources.length > 1) {
    throw new SpecError(`--package-name names one package, but ${sources.length} product-version folders were found`, values.spec, undefined);
  }
  await assertSeparateRoots(values.spec, values.out);
  if (values.check) return generate(values.spec, values.out, sources, overrides, true, started);
  const lock = await lockOutput(values.out);
  try {
    for (const line of await recoverInterruptedWrite(values.out)) console.log(`${values.out}: ${line}`);
    return await generate(values.spec, values.out, sources, overrides, false, started);
  } finally {
    await lock.release();
  }
}

/** Generates every package (or, with `check`, compares them with what is on disk). */
async function generate(
  specRoot: string,
  outRoot: string,
  sources: string[],
  overrides: PackageOverrides,
  check: boolean,
  started: number,
): Promise<number> {
  const fingerprints = await Promise.all(sources.map((source) => inputFingerprint(source, JSON.stringify(overrides))));
  if (!check && (await allUpToDate(outRoot, fingerprints))) {
    console.log(`${outRoot} is up to date (nothing changed since the last generation; ${elapsed(started)} s)`);
    return 0;
  }
  // Loaded only when there is work to do: the parsers, ts-morph and prettier are most of a no-op run's cost.
  const { generatePackage } = await import('./pipeline.ts');
  const packages: GeneratedPackage[] = [];
  // A new package folder's sources are written while esbuild bundles them (write.ts).
  const early = check ? undefined : new EarlyStaging(outRoot);
  try {
    for (const source of sources) packages.push(await generatePackage(source, overrides, (name, files) => early?.stage(name, files)));
    assertDistinctPackages(packages, sources);
  } catch (error) {
    await early?.discard();
    throw error;
  }

  const changes = await Promise.all(packages.map(async (pkg) => ({ pkg, changes: await diffFolder(path.join(outRoot, pkg.packageName), pkg.files) })));
  if (check) {
    const stale = changes.flatMap(({ pkg, changes }) => changes.map((c) => `${c.change}: ${path.join(outRoot, pkg.packageName, c.path)}`));
    if (stale.length > 0) {
      console.error(`${outRoot} is not what the generator writes from ${specRoot} (run npm run generate):`);
      for (const line of stale) console.error(`  ${line}`);
      return 1;
    }
    console.log(`${outRoot} is up to date (${packages.length} package${packages.length === 1 ? '' : 's'})`);
    return 0;
  }
  // The output folder is locked: what was compared above is what gets written.
  const toWrite = changes.filter((c) => c.changes.length > 0).map((c) => ({ ...c.pkg, changes: c.changes }));
  await writePackagesAtomically(outRoot, toWrite, early);
  packages.forEach((pkg, i) => recordStamp(outRoot, fingerprints[i]!, pkg));
  const seconds = elapsed(started);
  for (const { pkg, changes: diff } of changes) {
    const count = (kind: string): number => diff.filter((c) => c.change === kind).length;
    console.log(
      `${path.join(outRoot, pkg.packageName)}: ${pkg.operationCount} operation${pkg.operationCount === 1 ? '' : 's'}, ${pkg.files.length} files` +
        (diff.length === 0 ? ', unchanged' : ` (${count('added')} added, ${count('changed')} changed, ${count('removed')} removed)`),
    );
  }
  console.log(`done in ${seconds} s`);
  return 0;
}

function packageOverrides(name: string | undefined, version: string | undefined): PackageOverrides {
  return { ...(name !== undefined ? { name } : {}), ...(version !== undefined ? { version } : {}) };
}

function elapsed(started: number): string {
  return ((performance.now() - started) / 1000).toFixed(2);
}

async function allUpToDate(outRoot: string, fingerprints: string[]): Promise<boolean> {
  for (const fingerprint of fingerprints) if (!(await isUpToDate(outRoot, fingerprint))) return false;
  return fingerprints.length > 0;
}

/** Product-version folders under the spec root, or the path itself when it is one folder or one file. */
async function findSpecSources(specRoot: string): Promise<string[]> {
  const info = await stat(specRoot).catch(() => undefined);
  if (!info) throw new SpecError('spec path does not exist', specRoot, undefined);
  if (!info.isDirectory()) {
    assertReadableSize(info, specRoot); // before anything reads it: a FIFO would block the read forever
    return [specRoot];
  }
  const entries = await readdir(specRoot, { withFileTypes: true });
  const folders: string[] = [];
  for (const entry of entries) {
    // A product-version folder's overlays/ subfolder is never another product-version folder.
    if (entry.name.startsWith('.') || entry.name === OVERLAY_FOLDER) continue;
    if ((await entryKind(specRoot, entry)) === 'directory') folders.push(path.join(specRoot, entry.name));
  }
  folders.sort();
  const withSpecs: string[] = [];
  for (const folder of folders) if ((await listSpecFiles(folder)).length > 0) withSpecs.push(folder);
  if (withSpecs.length > 0) return withSpecs;
  if ((await listSpecFiles(specRoot)).length > 0) return [specRoot];
  throw new SpecError('no product-version folder with spec files found', specRoot, undefined);
}

function assertDistinctPackages(packages: GeneratedPackage[], sources: string[]): void {
  const seen = new Map<string, string>();
  packages.forEach((pkg, i) => {
    const other = seen.get(pkg.packageName);
    if (other) throw new SpecError(`package "${pkg.packageName}" is also produced by ${other}`, sources[i], '/x-acs-product');
    seen.set(pkg.packageName, sources[i]!);
  });
}

/** One line for the user: no stack traces for bad input, exit 1. */
function report(error: unknown): number {
  if (error instanceof SpecError) {
    console.error(`error: ${error.message}`);
  } else if (error instanceof InterruptedError) {
    console.error(`error: ${error.message}; the output is whole (a run interrupted mid-write is finished by the next one)`);
    return 128 + (constants.signals[error.signal] ?? 1);
  } else if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`error: ${error.message}\n${USAGE}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`error: generation failed: ${message.split('\n')[0]}`);
    if (process.env.DEBUG) console.error(error);
  }
  return 1;
}

/** The whole command as a function: its exit code, any failure reported as above. */
export function runCli(argv: string[]): Promise<number> {
  return main(argv).catch(report);
}

/** Set (before importing this module) by code that calls `runCli` itself, e.g. tests running the CLI in-process. */
export const LIBRARY_MODE_FLAG = '__CS_GENERATOR_CLI_LIBRARY_MODE__';

if ((globalThis as Record<string, unknown>)[LIBRARY_MODE_FLAG] !== true) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
