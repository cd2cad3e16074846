import { getAtPointer, isRecord } from './pointer.ts';

type Node = Record<string, unknown>;

/**
 * The object a node stands for: itself, or what its `$ref` chain (internal JSON Pointers, as the loader leaves them)
 * ends at; `{}` when it ends nowhere. The one place that follows references to parameters, bodies and responses.
 */
export function resolveRef(document: Node, node: unknown): Node {
  let current = node;
  for (let hops = 0; isRecord(current) && typeof current.$ref === 'string' && hops < 32; hops++) {
    current = getAtPointer(document, current.$ref.slice(1));
  }
  return isRecord(current) ? current : {};
}

/** A parameter as declared, resolved, with the JSON Pointer of its declaration. */
export interface DeclaredParameter {
  param: Node;
  at: string;
}

/** Every parameter declared for an operation, path-item level first, then operation level, each resolved. */
export function declaredParameters(document: Node, item: Node, operation: Node, pointer: string): DeclaredParameter[] {
  const itemPointer = pointer.slice(0, pointer.lastIndexOf('/'));
  const list = (declared: unknown, at: string): DeclaredParameter[] =>
    Array.isArray(declared) ? declared.map((raw, index) => ({ param: resolveRef(document, raw), at: `${at}/${index}` })) : [];
  return [...list(item.parameters, `${itemPointer}/parameters`), ...list(operation.parameters, `${pointer}/parameters`)];
}

/** The parameters an operation takes: a later declaration of the same name and location replaces an earlier one (OpenAPI's rule). */
export function effectiveParameters(declared: readonly DeclaredParameter[]): DeclaredParameter[] {
  const byKey = new Map<string, DeclaredParameter>();
  for (const entry of declared) byKey.set(`${String(entry.param.in)}:${String(entry.param.name)}`, entry);
  return [...byKey.values()];
}
