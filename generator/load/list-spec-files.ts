import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { assertSpecFileKind, entryKind } from './spec-entries.ts';

const SPEC_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** The subfolder of a product-version folder that holds overlay files (never read as partial OpenAPI documents). */
export const OVERLAY_FOLDER = 'overlays';

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

/**
 * Lists the YAML/JSON files of `<folder>/overlays/` in the order they apply (by name); none when there is no such
 * folder. Every one is listed, so that a misnamed file is reported rather than silently skipped; links are followed
 * and anything else named like one is refused, as for spec files.
 */
export async function listOverlayFiles(folder: string): Promise<string[]> {
  const overlays = path.join(folder, OVERLAY_FOLDER);
  const entries = await readdir(overlays, { withFileTypes: true }).catch(() => []);
  const named = entries.filter((e) => SPEC_EXTENSIONS.has(path.extname(e.name).toLowerCase()) && !e.name.startsWith('.'));
  for (const entry of named) await assertSpecFileKind(overlays, entry, await entryKind(overlays, entry));
  return named.map((e) => path.join(overlays, e.name)).sort(compareCodeUnits);
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
