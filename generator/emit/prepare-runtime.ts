import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../cache.ts';
import { formatFile } from './format.ts';
import { handWrittenSources, MOCK_FOLDER, PREPARED_RUNTIME_FILE, RUNTIME_FOLDER, type HandWrittenFolder, type PreparedFolder, type PreparedRuntime } from './runtime-files.ts';
import { declarationsOf } from './transpile.ts';
import { scanModule } from '../ts-scan.ts';

/**
 * Run by generator/bin.mjs when it builds the generator: formats the runtime and derives the declarations of the
 * runtime and of the mock server's hand-written part once, as the build compiles the generator once, so that no
 * generation loads prettier or TypeScript for them.
 */
export async function prepareRuntime(buildDir: string): Promise<void> {
  const prepared: PreparedRuntime = {};
  for (const folder of [RUNTIME_FOLDER, MOCK_FOLDER]) prepared[folder.target] = await prepareFolder(folder);
  writeFileSync(path.join(buildDir, PREPARED_RUNTIME_FILE), JSON.stringify(prepared));
}

async function prepareFolder(folder: HandWrittenFolder): Promise<PreparedFolder> {
  const sources = handWrittenSources(folder.source);
  const prefix = `src/${folder.target}/`;
  const files = await Promise.all(
    sources.map(({ name, contents }) => formatFile({ path: `${prefix}${name}`, contents, ...(folder.formatted ? { unformatted: true as const } : {}) })),
  );
  const declarations = files.map((f) => ({ path: `dist/${folder.target}/${f.path.slice(prefix.length, -'.ts'.length)}.d.ts`, contents: declarationsOf(f) }));
  return {
    sources: Object.fromEntries(sources.map((s) => [s.name, sha256(s.contents)])),
    files: [...files, ...declarations],
    facts: Object.fromEntries(files.map((f) => [f.path, scanModule(f.contents)])),
  };
}
