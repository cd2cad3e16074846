#!/usr/bin/env node
// Runs the generator CLI from a bundle of generator/ built with esbuild (tens of milliseconds, once per change of the
// sources) instead of compiling TypeScript on every start: startup time is most of a no-op regeneration.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';

// A generation allocates many short-lived strings: a larger young generation (32 MB semi-spaces instead of 16)
// halves the time spent collecting it, for a few MB of peak memory.
v8.setFlagsFromString('--max-semi-space-size=32');

const root = fileURLToPath(new URL('..', import.meta.url));
const sourceDir = path.join(root, 'generator');
const buildRoot = path.join(root, 'node_modules', '.cache', 'cs-sdk-generator', 'build');

/** Packages whose output the build prepares (prepare-build.ts): a new version gives a new build folder too. */
const PREPARED_WITH = ['prettier', 'typescript', 'ts-morph', 'ajv', 'ajv-formats', '@seriousme/openapi-schema-validator'];

/** Names, sizes and modification times of every generator source: a change of any gives a new build folder. */
function sourcesKey() {
  const hash = createHash('sha256');
  for (const name of PREPARED_WITH) {
    try {
      hash.update(`${name}@${JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version}\0`);
    } catch {
      hash.update(`${name}@?\0`);
    }
  }
  const entries = readdirSync(sourceDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mts|mjs|js)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const file of entries) {
    const info = statSync(file);
    hash.update(`${file}\0${info.size}\0${info.mtimeMs}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

async function ensureBuild() {
  const folder = path.join(buildRoot, sourcesKey());
  const entry = path.join(folder, 'cli.js');
  try {
    statSync(entry);
    return entry;
  } catch {
    // Not built yet for these sources.
  }
  const { build } = await import('esbuild');
  const staging = `${folder}.${process.pid}.tmp`;
  await build({
    entryPoints: { cli: path.join(sourceDir, 'cli.ts'), 'prepare-build': path.join(sourceDir, 'prepare-build.ts') },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  // Part of building the generator: what depends on it alone (the runtime formatted and declared, the OpenAPI
  // schema compiled), done once here rather than in every generation.
  globalThis.__CS_GENERATOR_ROOT__ = root;
  const { prepareBuild } = await import(pathToFileURL(path.join(staging, 'prepare-build.js')).href);
  await prepareBuild(staging);
  mkdirSync(buildRoot, { recursive: true });
  try {
    renameSync(staging, folder);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another process built the same sources first
  }
  return entry;
}

globalThis.__CS_GENERATOR_ROOT__ = root;
const entry = await ensureBuild();
globalThis.__CS_GENERATOR_BUILD_DIR__ = path.dirname(entry);
await import(pathToFileURL(entry).href);
