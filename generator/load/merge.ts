import { escapePointerToken, isRecord } from './pointer.ts';
import { SpecError, type Locator } from './spec-error.ts';
import type { SpecFile } from './read-spec-files.ts';

/** Root keys that only one file may set. */
const SINGLE_OWNER_ROOT_KEYS = ['openapi', 'info', 'servers', 'security', 'tags', 'externalDocs', 'jsonSchemaDialect'];
const ALLOWED_ROOT_KEYS = new Set([...SINGLE_OWNER_ROOT_KEYS, 'paths', 'components', 'webhooks']);

export interface MergedSpec extends Locator {
  document: Record<string, unknown>;
  files: SpecFile[];
}

/**
 * Merges partial OpenAPI documents into one: `paths` by path and method, each `components` section by name.
 * Anything defined twice is an error naming both files: nothing a user wrote is silently dropped.
 */
export function mergeSpecFiles(files: SpecFile[]): MergedSpec {
  const document: Record<string, unknown> = {};
  const owners = new Map<string, SpecFile>();

  const claim = (pointer: string, file: SpecFile): void => {
    const previous = owners.get(pointer);
    if (previous) {
      throw new SpecError(`also defined in ${previous.displayPath}`, file.displayPath, pointer, file.lineOf(pointer));
    }
    owners.set(pointer, file);
  };

  for (const file of files) {
    for (const [key, value] of Object.entries(file.data)) {
      const pointer = '/' + escapePointerToken(key);
      if (key === 'paths' || key === 'webhooks' || key === 'components') {
        mergeTwoLevels(document, key, value, file, claim);
      } else if (SINGLE_OWNER_ROOT_KEYS.includes(key) || key.startsWith('x-')) {
        claim(pointer, file);
        setOwn(document, key, value);
      } else if (key === 'swagger') {
        throw new SpecError('Swagger 2.0 is not supported: convert the document to OpenAPI 3.1', file.displayPath, pointer, file.lineOf(pointer));
      } else if (!ALLOWED_ROOT_KEYS.has(key)) {
        throw new SpecError(`unknown OpenAPI root field "${key}"`, file.displayPath, pointer, file.lineOf(pointer));
      }
    }
  }

  return {
    document,
    files,
    locate(pointer) {
      const file = ownerOf(pointer, owners) ?? files.find((f) => 'openapi' in f.data) ?? files[0];
      return file ? { file: file.displayPath, line: file.lineOf(pointer) } : undefined;
    },
  };
}

/** `paths./p.<method>` and `components.<section>.<name>`: entries at the second level are owned by one file. */
function mergeTwoLevels(
  document: Record<string, unknown>,
  key: string,
  value: unknown,
  file: SpecFile,
  claim: (pointer: string, file: SpecFile) => void,
): void {
  const pointer = '/' + key;
  if (!isRecord(value)) {
    throw new SpecError(`"${key}" must be an object`, file.displayPath, pointer, file.lineOf(pointer));
  }
  const target = ownObject(document, key);
  for (const [first, inner] of Object.entries(value)) {
    const firstPointer = `${pointer}/${escapePointerToken(first)}`;
    if (!isRecord(inner)) {
      throw new SpecError(`must be an object`, file.displayPath, firstPointer, file.lineOf(firstPointer));
    }
    const merged = ownObject(target, first);
    for (const [second, entry] of Object.entries(inner)) {
      claim(`${firstPointer}/${escapePointerToken(second)}`, file);
      setOwn(merged, second, entry);
    }
  }
}

/**
 * Keys come from the user's files, so `__proto__` or `constructor` are ordinary names here: define own
 * properties instead of assigning, which would set a prototype or write into Object.prototype.
 */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

function ownObject(target: Record<string, unknown>, key: string): Record<string, unknown> {
  if (!Object.hasOwn(target, key)) setOwn(target, key, {});
  return target[key] as Record<string, unknown>;
}

function ownerOf(pointer: string, owners: Map<string, SpecFile>): SpecFile | undefined {
  let probe = pointer;
  while (probe !== '') {
    const owner = owners.get(probe);
    if (owner) return owner;
    probe = probe.slice(0, probe.lastIndexOf('/'));
  }
  return undefined;
}
