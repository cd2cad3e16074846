import { stat } from 'node:fs/promises';
import { assertDistinctGeneratedNames } from './check-names.ts';
import { assertDistinctFilePaths } from './check-paths.ts';
import { PLUGINS } from './emit/index.ts';
import { formatFile } from './emit/format.ts';
import { emitPackage, runPlugins } from './emit/run-plugins.ts';
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
export async function generatePackage(
  specPath: string,
  packageOverrides: PackageOverrides = {},
  /** Called with the sources and documents (not yet the bundles) once they passed the checks, e.g. to start writing them. */
  onSources?: (packageName: string, files: readonly GeneratedFile[]) => void,
): Promise<GeneratedPackage> {
  const merged = (await stat(specPath)).isDirectory() ? await loadSpecFolder(specPath) : await loadSpecFiles([specPath]);
  const service = normalize(merged.document, merged, packageOverrides);
  const input: GenerationInput = { service, bundled: merged.document as JsonValue };
  const emitted = emitPackage(
    PLUGINS.filter((plugin) => !plugin.documentsOnly),
    input,
    merged,
  );
  emitted.push(...writtenDeclarations(emitted));
  const formatted = await Promise.all(emitted.map(formatFile));
  // esbuild bundles the sources in its own process while this one writes the documentation and checks the names.
  const transpiling = transpileSources(formatted);
  let documents: GeneratedFile[];
  try {
    documents = runPlugins(
      PLUGINS.filter((plugin) => plugin.documentsOnly),
      input,
    ).flatMap((contribution) => contribution.files);
    const code = documents.find((f) => f.path.endsWith('.ts'));
    if (code) throw new Error(`${code.path}: a plugin marked documentsOnly wrote TypeScript, which would miss the build (pipeline.ts)`);
    assertDistinctGeneratedNames(emitted, service, merged);
    onSources?.(service.folderName, [...formatted, ...documents]);
  } catch (error) {
    await transpiling.catch(() => undefined);
    throw error;
  }
  const all = [...formatted, ...documents, ...(await transpiling)];
  assertDistinctFilePaths(all, service, merged);
  const files = withManifest(all);
  return { packageName: service.folderName, operationCount: service.operations.length, files };
}
