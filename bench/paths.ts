import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const GENERATED_PACKAGE = 'cs-2015-12-15';
export const OFFICIAL_PACKAGE = '@alicloud/cs20151215';

/**
 * The generated package's ES module entry for Node (its dist/index.js), as `import` resolves it (`require` would pick
 * the CommonJS build, which bundlers cannot tree-shake). By name when the workspace is linked into node_modules;
 * otherwise straight from generated/, so that the benchmark runs before `npm install` has linked it.
 */
export function generatedEntry(): string {
  try {
    return fileURLToPath(import.meta.resolve(GENERATED_PACKAGE));
  } catch {
    const entry = path.join(repoRoot, 'generated', GENERATED_PACKAGE, 'dist', 'index.js');
    if (!existsSync(entry)) throw new Error(`${GENERATED_PACKAGE} is neither linked nor generated (${entry}); run npm run generate`);
    return entry;
  }
}

export function generatedOpenApi(): string {
  return path.join(repoRoot, 'generated', GENERATED_PACKAGE, 'openapi.json');
}

/**
 * What `npm run <script>` runs, as arguments for `process.execPath` (only `node FILE …` and `tsx FILE …` scripts
 * are understood), so that the benchmark times exactly what a user runs, minus npm's own start-up.
 */
export function npmScriptCommand(script: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const command = manifest.scripts?.[script];
  if (command === undefined) throw new Error(`package.json has no "${script}" script`);
  const [runner, ...args] = command.trim().split(/\s+/);
  const resolved = args.map((arg) => (/^[\w./-]+\.(ts|mts|js|mjs|cjs)$/.test(arg) ? path.join(repoRoot, arg) : arg));
  if (runner === 'node') return resolved;
  if (runner === 'tsx') return ['--import', 'tsx', ...resolved];
  throw new Error(`cannot run the "${script}" script (${command}) without npm`);
}
