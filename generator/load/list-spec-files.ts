import { readdir } from 'node:fs/promises';
import path from 'node:path';

const SPEC_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Lists the spec files of a product-version folder, sorted by name so that the merge is order-independent. */
export async function listSpecFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && SPEC_EXTENSIONS.has(path.extname(e.name).toLowerCase()) && !e.name.startsWith('.'))
    .map((e) => path.join(folder, e.name))
    .sort(compareCodeUnits);
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
