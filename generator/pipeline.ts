import { stat } from 'node:fs/promises';
import { emitIndex } from './emit/package-files.ts';
import { EMITTERS } from './emit/index.ts';
import { formatFile } from './emit/format.ts';
import { runtimeFiles } from './emit/runtime-files.ts';
import { transpileSources } from './emit/transpile.ts';
import { writtenDeclarations } from './emit/ts-source.ts';
import type { GeneratedFile } from './emit/types.ts';
import { normalize } from './ir/normalize.ts';
import type { GenerationInput, JsonValue } from './ir/types.ts';
import { loadSpecFiles, loadSpecFolder } from './load/index.ts';

export interface GeneratedPackage {
  /** Folder name under the output root: `<product>-<version>`. */
  packageName: string;
  operationCount: number;
  /** Files sorted by path. */
  files: GeneratedFile[];
}

/** One product-version folder (or one bundled spec file) → every file of its package, formatted. */
export async function generatePackage(specPath: string): Promise<GeneratedPackage> {
  const merged = (await stat(specPath)).isDirectory() ? await loadSpecFolder(specPath) : await loadSpecFiles([specPath]);
  const service = normalize(merged.document, merged);
  const input: GenerationInput = { service, bundled: merged.document as JsonValue };
  const emitted = [...EMITTERS.flatMap((emit) => emit(input)), ...runtimeFiles()];
  emitted.push(emitIndex(emitted));
  emitted.push(...writtenDeclarations(emitted));
  const formatted = await Promise.all(emitted.map(formatFile));
  const files = [...formatted, ...(await transpileSources(formatted))].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { packageName: service.packageName, operationCount: service.operations.length, files };
}
