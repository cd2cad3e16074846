import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../cache.ts';
import { generatorBuildDir, PROJECT_ROOT } from '../paths.ts';
import { rememberFacts, type ModuleFacts } from '../ts-scan.ts';
import type { GeneratedFile } from './types.ts';

/** Set by generator/bin.mjs: the folder of the generator's build, where `prepareRuntime` left its result. */
export const PREPARED_RUNTIME_FILE = 'runtime.json';

/**
 * A folder of hand-written TypeScript that goes into every package as it is: the client runtime (`src/runtime/`,
 * formatted by prettier on the way) and the mock server's (`src/mock/`, copied verbatim), with their declarations.
 */
export interface HandWrittenFolder {
  /** Folder of the generator holding the sources. */
  source: string;
  /** Folder of the package: `runtime` → `src/runtime/*.ts`, `dist/runtime/*.d.ts`. */
  target: string;
  /** Whether the sources go through prettier (else they are written as they are). */
  formatted: boolean;
}

export const RUNTIME_FOLDER: HandWrittenFolder = { source: path.join(PROJECT_ROOT, 'generator', 'runtime'), target: 'runtime', formatted: true };
export const MOCK_FOLDER: HandWrittenFolder = { source: path.join(PROJECT_ROOT, 'generator', 'mock'), target: 'mock', formatted: false };

/** A hand-written folder as it goes into every package: its sources (formatted where asked) and their declarations. */
export interface PreparedFolder {
  /** sha256 of each source file by name: the preparation is used only while they are unchanged. */
  sources: Record<string, string>;
  files: GeneratedFile[];
  /** What the names check reads from each source (ts-scan.ts), by path. */
  facts: Record<string, ModuleFacts>;
}

/** The preparations of the build, by target folder. */
export type PreparedRuntime = Record<string, PreparedFolder>;

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

/**
 * The sources of a hand-written folder (the runtime, copied into `src/runtime/` of every package; the mock) and, when
 * the build prepared them for these sources, their declarations. They belong to the generator, not to the spec: the
 * launcher prepares them once per build of the generator (prepare-runtime.ts), and a generation takes them from
 * there. Without a current preparation (e.g. the generator run from its TypeScript sources), the sources are marked
 * for formatting and their declarations are derived with the rest of dist/.
 */
export function handWrittenFiles(folder: HandWrittenFolder): GeneratedFile[] {
  const sources = handWrittenSources(folder.source);
  const prepared = readPrepared()?.[folder.target];
  if (prepared && sameSources(prepared, sources)) {
    for (const file of prepared.files) {
      const facts = prepared.facts[file.path];
      if (facts) rememberFacts(file.contents, facts);
    }
    return prepared.files;
  }
  return sources.map(({ name, contents }) => ({ path: `src/${folder.target}/${name}`, contents, ...(folder.formatted ? { unformatted: true as const } : {}) }));
}

let preparedByBuild: { folder: string; prepared: PreparedRuntime | undefined } | undefined;

function readPrepared(): PreparedRuntime | undefined {
  const folder = generatorBuildDir();
  if (folder === undefined) return undefined;
  if (preparedByBuild?.folder === folder) return preparedByBuild.prepared;
  let prepared: PreparedRuntime | undefined;
  try {
    prepared = JSON.parse(readFileSync(path.join(folder, PREPARED_RUNTIME_FILE), 'utf8')) as PreparedRuntime;
  } catch {
    prepared = undefined;
  }
  preparedByBuild = { folder, prepared };
  return prepared;
}

function sameSources(prepared: PreparedFolder, sources: { name: string; contents: string }[]): boolean {
  const names = Object.keys(prepared.sources);
  return names.length === sources.length && sources.every((s) => prepared.sources[s.name] === sha256(s.contents));
}
