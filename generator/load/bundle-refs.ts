import { getAtPointer, isRecord } from './pointer.ts';
import { specErrorAt, type Locator } from './spec-error.ts';

/**
 * Makes every `$ref` internal to the merged document and proves it resolves.
 * A reference into a sibling spec file (`components.yaml#/components/schemas/Tag`) points into the same merged
 * document, so it becomes `#/components/schemas/Tag`; a reference anywhere else is refused, since the package must
 * carry one self-contained openapi.json.
 */
export function bundleRefs(document: Record<string, unknown>, siblingFiles: ReadonlySet<string>, locator: Locator): void {
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
  assertNoBareCycles(document, locator);
}

function toInternalRef(ref: string, siblingFiles: ReadonlySet<string>): string | undefined {
  if (ref.startsWith('#')) return ref === '#' ? '#' : ref;
  const hash = ref.indexOf('#');
  const file = (hash === -1 ? ref : ref.slice(0, hash)).replace(/^\.\//, '');
  if (!siblingFiles.has(file)) return undefined;
  return hash === -1 ? '#' : ref.slice(hash);
}

function walk(node: unknown, pointer: string, onRef: (owner: Record<string, unknown>, pointer: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => walk(item, `${pointer}/${index}`, onRef));
  } else if (isRecord(node)) {
    if ('$ref' in node) onRef(node, pointer);
    for (const [key, value] of Object.entries(node)) {
      if (key === 'examples' || key === 'example' || key === 'default' || key === 'const' || key === 'enum') continue;
      walk(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, onRef);
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
