import type { Shape } from '../../ir/types.ts';
import { toPascalCase } from '../../ir/naming.ts';
import { isFunction, sharedHandlerDeclaration, specDeclaration } from './spec-layout.ts';
import type { SpecDeclaration } from './context.ts';
import { formatCheck } from './formats.ts';

/** Numeric keywords named with their bound in a shared handler's name, in this order. */
const BOUNDS = ['minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems', 'multipleOf'] as const;
/** Other keywords, named by a word alone. */
const MARKERS = { pattern: 'Pattern', enum: 'OneOf', const: 'Const', uniqueItems: 'Unique' } as const;

/**
 * The name a field handler gets when several fields share it: what it checks, then `Field`
 * (`integerInt32Field`, `stringMinLength1Field`, `stringArrayMaxItems10Field`); formats that are not checked are left out.
 */
export function handlerName(shape: Shape): string {
  return `${shapeWords(shape)}Field`;
}

function shapeWords(shape: Shape): string {
  const record = shape as unknown as Record<string, unknown>;
  let words: string = shape.kind;
  if (shape.kind === 'ref') words = toPascalCase(shape.name).replace(/^./, (c) => c.toLowerCase());
  if (shape.kind === 'array') words = `${shape.items.kind === 'ref' || shape.items.kind === 'array' ? 'item' : shape.items.kind}Array`;
  if (shape.kind === 'map') words = `${shape.values.kind === 'ref' || shape.values.kind === 'array' ? 'value' : shape.values.kind}Map`;
  // Only a format that is checked says something about the handler (`int64` and `password` are not).
  const formatKind = shape.kind === 'string' ? 'string' : 'number';
  if (typeof record.format === 'string' && formatCheck(record.format, formatKind) !== undefined) words += toPascalCase(record.format);
  for (const bound of BOUNDS) {
    const value = record[bound];
    if (typeof value !== 'number') continue;
    words += toPascalCase(bound) + (Number.isSafeInteger(value) && value >= 0 ? String(value) : '');
  }
  for (const [keyword, word] of Object.entries(MARKERS)) if (record[keyword] !== undefined && record[keyword] !== false) words += word;
  return words;
}

/**
 * The module's `objectSpec(...)` constants laid out, with every field handler written for two or more fields
 * declared once as a named constant (before them) and named where it was written. `names`: each handler's name
 * (`handlerName`); `reserved`: the module's other top-level names. Two different handlers with one name, or a
 * name already taken, are told apart by a number.
 */
export function layOutSpecs(
  specs: readonly SpecDeclaration[],
  names: ReadonlyMap<string, string>,
  reserved: ReadonlySet<string>,
): { shared: string[]; specs: string[] } {
  const uses = new Map<string, number>();
  for (const handler of specs.flatMap((spec) => spec.handlers ?? [])) {
    if (isFunction(handler)) uses.set(handler, (uses.get(handler) ?? 0) + 1);
  }
  const sharedNames = new Map<string, string>();
  const taken = new Set<string>(reserved);
  for (const [handler, count] of uses) {
    if (count < 2) continue;
    const base = names.get(handler) ?? 'sharedField';
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    taken.add(name);
    sharedNames.set(handler, name);
  }
  return {
    shared: [...sharedNames].map(([handler, name]) => sharedHandlerDeclaration(name, handler)),
    specs: specs.map((spec) =>
      specDeclaration(spec.head, spec.args, spec.handlers?.map((handler) => sharedNames.get(handler) ?? handler), spec.declared),
    ),
  };
}
