import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../cache.ts';
import { PROJECT_ROOT } from '../paths.ts';
import type { GeneratedFile } from './types.ts';

const RUNTIME_DIR = path.join(PROJECT_ROOT, 'generator', 'runtime');

/** Set by generator/bin.mjs: the folder of the generator's build, where `prepareRuntime` left its result. */
const BUILD_DIR_FLAG = '__CS_GENERATOR_BUILD_DIR__';
export const PREPARED_RUNTIME_FILE = 'runtime.json';

/** The hand-written runtime as it goes into every package: formatted sources and their declarations. */
export interface PreparedRuntime {
  /** sha256 of each runtime source file by name: the preparation is used only while they are unchanged. */
  sources: Record<string, string>;
  files: GeneratedFile[];
}

/** The TypeScript sources of a hand-written folder of the generator (runtime, mock), by name, as they are on disk. */
export function handWrittenSources(folder: string): { name: string; contents: string }[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort();
  } catch {
    return [];
  }
  return names.map((name) => ({ name, contents: readFileSync(path.join(folder, name), 'utf8') }));
}

/** The runtime sources, by name, as they are on disk. */
export function runtimeSources(): { name: string; contents: string }[] {
  return handWrittenSources(RUNTIME_DIR);
}

/**
 * The hand-written runtime, copied into `src/runtime/` of every package (formatted by prettier), with its
 * declarations in `dist/runtime/`. The runtime belongs to the generator, not to the spec: the launcher prepares
 * both once per build of the generator (prepare-runtime.ts), and a generation takes them from there. Without a
 * current preparation (e.g. the generator run from its TypeScript sources), the sources are marked for formatting
 * and their declarations are derived with the rest of dist/.
 */
export function runtimeFiles(): GeneratedFile[] {
  const sources = runtimeSources();
  const prepared = readPreparedRuntime();
  if (prepared && sameSources(prepared, sources)) return prepared.files;
  return sources.map(({ name, contents }) => ({ path: `src/runtime/${name}`, contents, unformatted: true }));
}

function readPreparedRuntime(): PreparedRuntime | undefined {
  const folder = (globalThis as Record<string, unknown>)[BUILD_DIR_FLAG];
  if (typeof folder !== 'string') return undefined;
  try {
    return JSON.parse(readFileSync(path.join(folder, PREPARED_RUNTIME_FILE), 'utf8')) as PreparedRuntime;
  } catch {
    return undefined;
  }
}

function sameSources(prepared: PreparedRuntime, sources: { name: string; contents: string }[]): boolean {
  const names = Object.keys(prepared.sources);
  return names.length === sources.length && sources.every((s) => prepared.sources[s.name] === sha256(s.contents));
}
