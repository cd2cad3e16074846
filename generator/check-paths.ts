import type { GeneratedFile } from './emit/types.ts';
import type { Service } from './ir/types.ts';
import { specErrorAt, type Locator } from './load/spec-error.ts';

/**
 * Refuses a package in which two generated files would share a path, also when the paths differ only in letter case
 * (one would silently overwrite the other, at once or on a case-insensitive file system): an operation `README`
 * would replace the docs index `docs/README.md`. Reported at the operation the later path is named after.
 */
export function assertDistinctFilePaths(files: GeneratedFile[], service: Service, locator: Locator): void {
  const seen = new Map<string, string>();
  for (const file of files) {
    const key = file.path.toLowerCase();
    const other = seen.get(key);
    if (other !== undefined) {
      const operation = service.operations.find((op) => key.includes(op.action.toLowerCase()));
      const pointer = operation ? `${operation.source}/operationId` : '';
      const clash = other === file.path ? `two generated files would be written to ${file.path}` : `generated files ${other} and ${file.path} differ only in letter case`;
      throw specErrorAt(locator, pointer, `${clash}: rename it in the spec`);
    }
    seen.set(key, file.path);
  }
}
