import { escapePointerToken, getAtPointer, isRecord } from './pointer.ts';
import { specErrorAt, type Locator } from './spec-error.ts';
import { assertNoCompositionCycles } from './composition-cycles.ts';

/**
 * Makes every `$ref` internal to the merged document and proves it resolves.
 * A reference into a sibling spec file (`components.yaml#/components/schemas/Tag`) points into the same merged
 * document, so it becomes `#/components/schemas/Tag`; a reference anywhere else is refused, since the package must
 * carry one self-contained openapi.json.
 */
export function bundleRefs(document: Record<string, unknown>, siblingFiles: ReadonlySet<string>, locator: Locator): void {
  try {
    rewriteRefs(document, siblingFiles, locator);
  } catch (error) {
    if (error instanceof PropertyNamedRef) throw specErrorAt(locator, error.pointer, error.message);
    throw error;
  }
  assertNoBareCycles(document, locator);
  assertNoCompositionCycles(document, locator);
}

function rewriteRefs(document: Record<string, unknown>, siblingFiles: ReadonlySet<string>, locator: Locator): void {
  walk(document, '', (owner, pointer) => {
    const ref = owner.$ref;
    if (typeof ref !== 'string') throw specErrorAt(locator, `${pointer}/$ref`, '$ref must be a string');
    const internal = toInternalRef(ref, siblingFiles);
    if (internal === undefined) {
      throw specErrorAt(locator, `${pointer}/$ref`, `unsupported $ref "${ref}": point into this folder's spec files (e.g. "#/components/schemas/Name")`);
    }
    if (getAtPointer(document, internal.slice(1)) === undefined) {
      throw specErrorAt(locator, `${pointer}/$ref`, `$ref "${ref}" does not resolve`);
    }
    owner.$ref = internal;
  });
}

function toInternalRef(ref: string, siblingFiles: ReadonlySet<string>): string | undefined {
  if (ref.startsWith('#')) return ref === '#' ? '#' : ref;
  const hash = ref.indexOf('#');
  const file = (hash === -1 ? ref : ref.slice(0, hash)).replace(/^\.\//, '');
  if (!siblingFiles.has(file)) return undefined;
  return hash === -1 ? '#' : ref.slice(hash);
}

/** Keywords whose values are data (never holding references). */
const DATA_KEYWORDS = new Set(['examples', 'example', 'default', 'const', 'enum']);
/** Keywords whose values map user-chosen names to schemas: there `$ref` or `enum` is a property name, not a keyword. */
const NAME_MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);

/**
 * JSON Schema allows a property called `$ref`, but the OpenAPI validator (like many tools) reads it as a reference;
 * refuse it clearly rather than fail later with a confusing message.
 */
class PropertyNamedRef extends Error {
  constructor(readonly pointer: string) {
    super('a property named "$ref" is not supported: OpenAPI tools read it as a reference');
  }
}

function walk(node: unknown, pointer: string, onRef: (owner: Record<string, unknown>, pointer: string) => void, isNameMap = false): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => walk(item, `${pointer}/${index}`, onRef));
  } else if (isRecord(node)) {
    if (!isNameMap && '$ref' in node) onRef(node, pointer);
    for (const [key, value] of Object.entries(node)) {
      if (isNameMap && key === '$ref') throw new PropertyNamedRef(`${pointer}/$ref`);
      if (!isNameMap && DATA_KEYWORDS.has(key)) continue;
      walk(value, `${pointer}/${escapePointerToken(key)}`, onRef, !isNameMap && NAME_MAP_KEYWORDS.has(key));
    }
  }
}

/** A `$ref` chain that only leads to another `$ref` and back (A → B → A) describes nothing and would loop forever. */
function assertNoBareCycles(document: Record<string, unknown>, locator: Locator): void {
  walk(document, '', (owner, pointer) => {
    const seen = new Set<string>([pointer]);
    let target: unknown = owner;
    while (isRecord(target) && typeof target.$ref === 'string') {
      const next = target.$ref.slice(1);
      if (seen.has(next)) throw specErrorAt(locator, `${pointer}/$ref`, `$ref cycle with no schema in it: ${[...seen, next].join(' → ')}`);
      seen.add(next);
      target = getAtPointer(document, next);
    }
  });
}
