import { stat } from 'node:fs/promises';
import { assertDistinctGeneratedNames } from './check-names.ts';
import { assertDistinctFilePaths } from './check-paths.ts';
import { PLUGINS } from './emit/index.ts';
import { formatFile } from './emit/format.ts';
import { emitPackage } from './emit/run-plugins.ts';
import { transpileSources } from './emit/transpile.ts';
import { writtenDeclarations } from './emit/ts-source.ts';
import type { GeneratedFile } from './emit/types.ts';
import { normalize } from './ir/normalize.ts';
import type { PackageOverrides } from './ir/package-info.ts';
import type { GenerationInput, JsonValue } from './ir/types.ts';
import { loadSpecFiles, loadSpecFolder } from './load/index.ts';
import { withManifest } from './write.ts';

export interface GeneratedPackage {
  /** Folder name under the output root: `<product>-<version>`. */
  packageName: string;
  operationCount: number;
  /** Files sorted by path, the manifest of generated files (write.ts) among them. */
  files: GeneratedFile[];
}

/** One product-version folder (or one bundled spec file) → every file of its package, formatted. */
export async function generatePackage(specPath: string, packageOverrides: PackageOverrides = {}): Promise<GeneratedPackage> {
  const merged = (await stat(specPath)).isDirectory() ? await loadSpecFolder(specPath) : await loadSpecFiles([specPath]);
  const service = normalize(merged.document, merged, packageOverrides);
  const input: GenerationInput = { service, bundled: merged.document as JsonValue };
  const emitted = emitPackage(PLUGINS, input, merged);
  emitted.push(...writtenDeclarations(emitted));
  assertDistinctGeneratedNames(emitted, service, merged);
  const formatted = await Promise.all(emitted.map(formatFile));
  const all = [...formatted, ...(await transpileSources(formatted))];
  assertDistinctFilePaths(all, service, merged);
  const files = withManifest(all);
  return { packageName: service.folderName, operationCount: service.operations.length, files };
}
