import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { assertSpecFileKind, entryKind } from './spec-entries.ts';

const SPEC_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/**
 * Lists the spec files of a product-version folder, sorted by name so that the merge is order-independent.
 * Symbolic links are followed; an entry named like a spec file that is not one is refused (spec-entries.ts).
 */
export async function listSpecFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const named = entries.filter((e) => SPEC_EXTENSIONS.has(path.extname(e.name).toLowerCase()) && !e.name.startsWith('.'));
  for (const entry of named) await assertSpecFileKind(folder, entry, await entryKind(folder, entry));
  return named.map((e) => path.join(folder, e.name)).sort(compareCodeUnits);
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
