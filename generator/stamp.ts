import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { cacheEnabled, readCache, sha256, writeCache } from './cache.ts';
import { listOverlayFiles, listSpecFiles } from './load/list-spec-files.ts';
import { PROJECT_ROOT } from './paths.ts';

/**
 * Generation stamps: "these inputs produced exactly these files". When the inputs (spec and overlay files,
 * generator sources, templates, runtime, formatter versions) and the files on disk both match the stamp, regeneration
 * is a no-op and none of the heavy machinery is even loaded.
 */
export const TOOL_PACKAGES: readonly string[] = ['prettier', 'ts-morph', 'esbuild', 'yaml', 'handlebars', '@seriousme/openapi-schema-validator', 'jsonpath-rfc9535'];

let toolFingerprint: Promise<string> | undefined;

/** `options` is what else shapes the output: the generator's options, serialized. */
export async function inputFingerprint(specSource: string, options = ''): Promise<string> {
  toolFingerprint ??= fingerprintTools();
  const folder = await isFolder(specSource);
  const specFiles = folder ? [...(await listSpecFiles(specSource)), ...(await listOverlayFiles(specSource))] : [specSource];
  const root = folder ? specSource : path.dirname(specSource);
  const specs = await Promise.all(specFiles.map(async (file) => `${path.relative(root, file)}:${sha256(await readFile(file, 'utf8'))}`));
  return sha256(await toolFingerprint, options, ...specs);
}

async function isFolder(target: string): Promise<boolean> {
  return readdir(target).then(
    () => true,
    () => false,
  );
}

async function fingerprintTools(): Promise<string> {
  const sources = [...(await filesUnder(path.join(PROJECT_ROOT, 'generator'))), ...(await filesUnder(path.join(PROJECT_ROOT, 'templates')))];
  const contents = await Promise.all(sources.map(async (file) => `${path.relative(PROJECT_ROOT, file)}:${sha256(await readFile(file, 'utf8'))}`));
  const versions = await Promise.all(
    TOOL_PACKAGES.map(async (name) => {
      const manifest = await readFile(path.join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8').catch(() => '{}');
      return `${name}@${(JSON.parse(manifest) as { version?: string }).version ?? '?'}`;
    }),
  );
  return sha256(...contents, ...versions);
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Stamps are keyed by output root and input fingerprint: the package folder name is only known after loading. */
function stampKey(outRoot: string, fingerprint: string): string {
  return sha256(path.resolve(outRoot), fingerprint);
}

/** The hash of every file currently in a package folder (node_modules aside), or undefined when it is unreadable. */
async function hashTree(folder: string): Promise<Record<string, string> | undefined> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (!entries) return undefined;
  const files = entries.filter((e) => e.isFile()).map((e) => path.relative(folder, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  const relevant = files.filter((f) => !f.startsWith('node_modules/')).sort();
  const hashes = await Promise.all(relevant.map(async (f) => [f, sha256(await readFile(path.join(folder, f), 'utf8'))] as const));
  return Object.fromEntries(hashes);
}

/** True when the last generation from these exact inputs wrote the files that are on disk now. */
export async function isUpToDate(outRoot: string, fingerprint: string): Promise<boolean> {
  if (!cacheEnabled()) return false;
  const stamp = readCache('stamps', stampKey(outRoot, fingerprint));
  if (!stamp) return false;
  const recorded = JSON.parse(stamp) as { packageName: string; files: Record<string, string> };
  const current = await hashTree(path.join(outRoot, recorded.packageName));
  return current !== undefined && JSON.stringify(current) === JSON.stringify(recorded.files);
}

export function recordStamp(outRoot: string, fingerprint: string, pkg: { packageName: string; files: { path: string; contents: string }[] }): void {
  const sorted = [...pkg.files].sort((a, b) => (a.path < b.path ? -1 : 1));
  const files = Object.fromEntries(sorted.map((f) => [f.path, sha256(f.contents)]));
  writeCache('stamps', stampKey(outRoot, fingerprint), JSON.stringify({ packageName: pkg.packageName, files }));
}
