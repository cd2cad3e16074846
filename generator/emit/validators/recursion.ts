/**
 * Nesting limit of the generated validators. A recursive request type (a tree of nodes) would otherwise let a
 * deeply nested value overflow the stack with a RangeError; past the limit the value gets one `depth` issue.
 * Only check functions of types on a reference cycle carry the guard, so other packages pay nothing for it.
 */
import type { NamedType, Shape } from '../../ir/types.ts';
import type { CheckContext, CheckFunction } from './context.ts';

/** Deepest JSON Pointer (in reference tokens) a validator descends to. */
export const MAX_VALIDATION_DEPTH = 1000;

/** Names of the named types that can reach themselves through references. */
export function typesOnCycles(types: readonly NamedType[]): Set<string> {
  const edges = new Map(types.map((type) => [type.name, directReferences(type)]));
  const onCycle = new Set<string>();
  for (const start of edges.keys()) {
    const seen = new Set<string>();
    const stack = [...(edges.get(start) ?? [])];
    while (stack.length > 0) {
      const name = stack.pop() as string;
      if (name === start) {
        onCycle.add(start);
        break;
      }
      if (seen.has(name)) continue;
      seen.add(name);
      stack.push(...(edges.get(name) ?? []));
    }
  }
  return onCycle;
}

/** The check function with a first statement that stops at the nesting limit. */
export function withDepthGuard(fn: CheckFunction, ctx: CheckContext): CheckFunction {
  ctx.use('report');
  const guard = [
    `if (depth >= ${MAX_VALIDATION_DEPTH}) {`,
    `report(run, depth, 'depth', 'is nested more than ${MAX_VALIDATION_DEPTH} levels deep');`,
    'return;',
    '}',
  ];
  return { ...fn, body: [...guard, ...fn.body] };
}

function directReferences(type: NamedType): string[] {
  const found: string[] = [];
  const visit = (shape: Shape): void => {
    switch (shape.kind) {
      case 'ref':
        found.push(shape.name);
        return;
      case 'array':
        return visit(shape.items);
      case 'map':
        return visit(shape.values);
      case 'union':
        return shape.variants.forEach(visit);
      default:
        return;
    }
  };
  if (type.kind === 'alias') visit(type.shape);
  if (type.kind === 'object') {
    type.fields.forEach((field) => visit(field.shape));
    if (type.additional) visit(type.additional);
    for (const rule of type.rules) {
      if (rule.kind !== 'conditional') continue;
      for (const assertion of [rule.then, rule.else]) assertion?.constraints.forEach((constraint) => visit(constraint.shape));
    }
  }
  return found;
}
