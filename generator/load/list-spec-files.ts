import { readdir } from 'node:fs/promises';
import path from 'node:path';

const SPEC_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** The subfolder of a product-version folder that holds overlay files (never read as partial OpenAPI documents). */
export const OVERLAY_FOLDER = 'overlays';

/** Lists the spec files of a product-version folder, sorted by name so that the merge is order-independent. */
export async function listSpecFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && SPEC_EXTENSIONS.has(path.extname(e.name).toLowerCase()) && !e.name.startsWith('.'))
    .map((e) => path.join(folder, e.name))
    .sort(compareCodeUnits);
}

/**
 * Lists the YAML/JSON files of `<folder>/overlays/` in the order they apply (by name); none when there is no such
 * folder. Every one is listed, so that a misnamed file is reported rather than silently skipped.
 */
export async function listOverlayFiles(folder: string): Promise<string[]> {
  const overlays = path.join(folder, OVERLAY_FOLDER);
  const entries = await readdir(overlays, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && SPEC_EXTENSIONS.has(path.extname(e.name).toLowerCase()) && !e.name.startsWith('.'))
    .map((e) => path.join(overlays, e.name))
    .sort(compareCodeUnits);
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
