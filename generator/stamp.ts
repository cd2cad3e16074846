import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { cacheEnabled, readCache, sha256, writeCache } from './cache.ts';
import { listOverlayFiles, listSpecFiles } from './load/list-spec-files.ts';
import { generatorBuildDir, PROJECT_ROOT } from './paths.ts';

/**
 * Generation stamps: "these inputs produced exactly these files". When the inputs (spec and overlay files,
 * generator sources, templates, runtime, formatter versions) and the files on disk both match the stamp, regeneration
 * is a no-op and none of the heavy machinery is even loaded.
 */
export const TOOL_PACKAGES: readonly string[] = ['prettier', 'ts-morph', 'esbuild', 'js-yaml', 'yaml', 'handlebars', '@seriousme/openapi-schema-validator', 'jsonpath-rfc9535', 'ajv', 'ajv-formats'];

let toolFingerprint: Promise<string> | undefined;

/** `options` is what else shapes the output: the generator's options, serialized. */
export async function inputFingerprint(specSource: string, options = ''): Promise<string> {
  // Without the cache no stamp is read or written: nothing to fingerprint.
  if (!cacheEnabled()) return '';
  toolFingerprint ??= fingerprintTools();
  const folder = await isFolder(specSource);
  const specFiles = folder ? [...(await listSpecFiles(specSource)), ...(await listOverlayFiles(specSource))] : [specSource];
  const root = folder ? specSource : path.dirname(specSource);
  const specs = specFiles.map((file) => `${path.relative(root, file)}:${sha256(readFileSync(file, 'utf8'))}`);
  return sha256(await toolFingerprint, options, ...specs);
}

async function isFolder(target: string): Promise<boolean> {
  return readdir(target).then(
    () => true,
    () => false,
  );
}

async function fingerprintTools(): Promise<string> {
  // Run by the launcher, the build folder's name already identifies the generator's sources (generator/bin.mjs).
  const build = generatorBuildDir();
  const generator = build !== undefined ? [] : await filesUnder(path.join(PROJECT_ROOT, 'generator'));
  const sources = [...generator, ...(await filesUnder(path.join(PROJECT_ROOT, 'templates')))];
  const contents = await Promise.all(sources.map(async (file) => `${path.relative(PROJECT_ROOT, file)}:${sha256(await readFile(file, 'utf8'))}`));
  const versions = await Promise.all(
    TOOL_PACKAGES.map(async (name) => {
      const manifest = await readFile(path.join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8').catch(() => '{}');
      return `${name}@${(JSON.parse(manifest) as { version?: string }).version ?? '?'}`;
    }),
  );
  return sha256(build !== undefined ? `build:${path.basename(build)}` : '', ...contents, ...versions);
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

/**
 * The hashes of the recorded files as they are on disk now (undefined when one is missing or unreadable). Only the
 * generator's own files are read: whatever else the package folder holds (node_modules/, a user's notes) is not
 * listed, read or compared, since regeneration never touches it. The manifest is among the recorded files, so a
 * generated file left over from another generation would show as a change of the manifest.
 */
async function hashRecorded(folder: string, recorded: Record<string, string>): Promise<Record<string, string> | undefined> {
  const hashes: Record<string, string> = {};
  for (const file of Object.keys(recorded)) {
    let text: string;
    try {
      // Synchronously: for a few hundred files, much faster than one promise each.
      text = readFileSync(path.join(folder, file), 'utf8');
    } catch {
      return undefined;
    }
    hashes[file] = sha256(text);
  }
  return hashes;
}

/** True when the last generation from these exact inputs wrote the files that are on disk now. */
export async function isUpToDate(outRoot: string, fingerprint: string): Promise<boolean> {
  if (!cacheEnabled()) return false;
  const stamp = readCache('stamps', stampKey(outRoot, fingerprint));
  if (!stamp) return false;
  const recorded = JSON.parse(stamp) as { packageName: string; files: Record<string, string> };
  const current = await hashRecorded(path.join(outRoot, recorded.packageName), recorded.files);
  return current !== undefined && JSON.stringify(current) === JSON.stringify(recorded.files);
}

export function recordStamp(outRoot: string, fingerprint: string, pkg: { packageName: string; files: { path: string; contents: string }[] }): void {
  const sorted = [...pkg.files].sort((a, b) => (a.path < b.path ? -1 : 1));
  const files = Object.fromEntries(sorted.map((f) => [f.path, sha256(f.contents)]));
  writeCache('stamps', stampKey(outRoot, fingerprint), JSON.stringify({ packageName: pkg.packageName, files }));
}
