import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../cache.ts';
import { formatFile } from './format.ts';
import { PREPARED_RUNTIME_FILE, runtimeSources, type PreparedRuntime } from './runtime-files.ts';
import { declarationsOf } from './transpile.ts';

/**
 * Run by generator/bin.mjs when it builds the generator: formats the runtime and derives its declarations once,
 * as the build compiles the generator once, so that no generation loads prettier or TypeScript for them.
 */
export async function prepareRuntime(buildDir: string): Promise<void> {
  const sources = runtimeSources();
  const files = await Promise.all(sources.map(({ name, contents }) => formatFile({ path: `src/runtime/${name}`, contents, unformatted: true })));
  const declarations = files.map((f) => ({ path: `dist/runtime/${f.path.slice('src/runtime/'.length, -'.ts'.length)}.d.ts`, contents: declarationsOf(f) }));
  const prepared: PreparedRuntime = {
    sources: Object.fromEntries(sources.map((s) => [s.name, sha256(s.contents)])),
    files: [...files, ...declarations],
  };
  writeFileSync(path.join(buildDir, PREPARED_RUNTIME_FILE), JSON.stringify(prepared));
}
