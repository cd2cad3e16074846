import { escapePointerToken, getAtPointer, isRecord } from './pointer.ts';
import { specErrorAt, type Locator } from './spec-error.ts';

const COMPOSITION = ['allOf', 'anyOf', 'oneOf'] as const;

/**
 * Refuses a schema that includes itself through `allOf`/`anyOf`/`oneOf` and `$ref`s alone (A = allOf[B], B =
 * allOf[A]): it describes no value, and expanding it never ends. Recursion through a property or array item
 * (a tree of nodes) is fine and is not followed here.
 */
export function assertNoCompositionCycles(document: Record<string, unknown>, locator: Locator): void {
  const schemas = isRecord(document.components) && isRecord(document.components.schemas) ? document.components.schemas : {};
  const done = new Set<string>();
  const visiting: string[] = [];
  const visit = (pointer: string): void => {
    if (done.has(pointer)) return;
    visiting.push(pointer);
    for (const { target, at } of includedSchemas(getAtPointer(document, pointer), pointer)) {
      const cycleStart = visiting.indexOf(target);
      if (cycleStart !== -1) {
        const names = [...visiting.slice(cycleStart), target].map((p) => p.slice(p.lastIndexOf('/') + 1));
        throw specErrorAt(locator, at, `schema includes itself through allOf/anyOf/oneOf: ${names.join(' → ')} (recursion must go through a property or array item)`);
      }
      visit(target);
    }
    visiting.pop();
    done.add(pointer);
  };
  for (const name of Object.keys(schemas).sort()) visit(`/components/schemas/${escapePointerToken(name)}`);
}

/** The schemas a schema is made of (its `$ref`, and its composition members, inline members looked through). */
function includedSchemas(schema: unknown, pointer: string): { target: string; at: string }[] {
  if (!isRecord(schema)) return [];
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#')) return [{ target: schema.$ref.slice(1), at: `${pointer}/$ref` }];
  const included: { target: string; at: string }[] = [];
  for (const key of COMPOSITION) {
    const members = schema[key];
    if (Array.isArray(members)) members.forEach((member, index) => included.push(...includedSchemas(member, `${pointer}/${key}/${index}`)));
  }
  return included;
}
