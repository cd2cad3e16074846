import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const GENERATED_PACKAGE = 'cs-2015-12-15';
export const OFFICIAL_PACKAGE = '@alicloud/cs20151215';

/**
 * The generated package's entry (its dist/index.js). By name when the workspace is linked into node_modules;
 * otherwise straight from generated/, so that the benchmark runs before `npm install` has linked it.
 */
export function generatedEntry(): string {
  try {
    return createRequire(path.join(repoRoot, 'package.json')).resolve(GENERATED_PACKAGE);
  } catch {
    const entry = path.join(repoRoot, 'generated', GENERATED_PACKAGE, 'dist', 'index.js');
    if (!existsSync(entry)) throw new Error(`${GENERATED_PACKAGE} is neither linked nor generated (${entry}); run npm run generate`);
    return entry;
  }
}

export function generatedOpenApi(): string {
  return path.join(repoRoot, 'generated', GENERATED_PACKAGE, 'openapi.json');
}
