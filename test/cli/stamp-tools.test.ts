/**
 * The no-op check trusts its stamp only while every tool that shapes the output is the same version: each package
 * the generator imports (statically or with import()) must be in the stamp's tool fingerprint, esbuild included.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { TOOL_PACKAGES } from '../../generator/stamp.ts';

const generatorDir = path.resolve(import.meta.dirname, '..', '..', 'generator');

/** Bare module specifiers (not relative, not node:) of value imports in a source file. */
function packagesImportedBy(source: string): string[] {
  const specifiers = [
    ...[...source.matchAll(/^import (?!type )[^;]*? from '([^']+)'/gm)].map((m) => m[1]!),
    ...[...source.matchAll(/\bimport\('([^']+)'\)/g)].map((m) => m[1]!),
  ];
  return specifiers
    .filter((s) => !s.startsWith('.') && !s.startsWith('node:'))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!));
}

it('fingerprints every package the generator imports', async () => {
  const entries = await readdir(generatorDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && /\.(ts|mjs)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
  const imported = new Set<string>();
  for (const file of files) for (const name of packagesImportedBy(await readFile(file, 'utf8'))) imported.add(name);
  expect(imported.has('esbuild')).toBe(true);
  expect([...imported].filter((name) => !TOOL_PACKAGES.includes(name)).sort()).toEqual([]);
});
