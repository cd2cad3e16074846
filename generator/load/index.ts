import path from 'node:path';
import { bundleRefs } from './bundle-refs.ts';
import { mergeSpecFiles, type MergedSpec } from './merge.ts';
import { compareCodeUnits, listOverlayFiles, listSpecFiles } from './list-spec-files.ts';
import { applyOverlayFiles } from './overlay-files.ts';
import { readSpecFile } from './read-spec-files.ts';
import { SpecError } from './spec-error.ts';
import { checkSpecRules } from './check-rules.ts';
import { validateOpenApi } from './validate-openapi.ts';

export { SpecError } from './spec-error.ts';
export type { MergedSpec } from './merge.ts';

/**
 * Loads one product-version folder: reads every spec file, merges them into one document, makes `$ref`s internal,
 * applies the overlays of its `overlays/` folder, validates against OpenAPI 3.1 and our own rules.
 * Throws a one-line SpecError on any problem.
 */
export async function loadSpecFolder(folder: string): Promise<MergedSpec> {
  const paths = await listSpecFiles(folder);
  if (paths.length === 0) throw new SpecError('no .yaml, .yml or .json spec files in folder', folder, undefined);
  return loadSpecFiles(paths, await listOverlayFiles(folder));
}

/**
 * Loads an explicit list of spec files (one bundled file, e.g. a generated package's openapi.json, is enough).
 * Files merge in path order whatever order they are given in, so the document and any conflict report are the same.
 */
export async function loadSpecFiles(paths: string[], overlayPaths: readonly string[] = []): Promise<MergedSpec> {
  const files = await Promise.all([...paths].sort(compareCodeUnits).map(readSpecFile));
  const siblingFiles = new Set(paths.map((p) => path.basename(p)));
  const bundled = mergeSpecFiles(files);
  bundleRefs(bundled.document, siblingFiles, bundled);
  const merged = await applyOverlayFiles(bundled, overlayPaths, siblingFiles);
  await validateOpenApi(merged.document, merged);
  checkSpecRules(merged.document, merged);
  return merged;
}
