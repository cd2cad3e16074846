import type { Field, JsonValue, NamedType, Operation, Parameter, RequestExample, Service, Shape } from '../ir/types.ts';
import { fitsShape, formatSample } from './mock-samples.ts';

/** Objects and arrays nested deeper than this are left empty (a required field of a recursive type). */
const MAX_DEPTH = 6;

/**
 * The operation the package README and the base client's doc comment show in their examples: the first one the spec
 * gives a sample request for (the operations its authors care most about), else the first.
 */
export function featuredOperation(service: Service): Operation | undefined {
  return service.operations.find((op) => op.requestExamples.length > 0) ?? service.operations[0];
}

/**
 * The request examples an operation's page shows: the spec's own, or, when it has none, one request with only what
 * is required (`requiredRequestSample`), titled as such.
 */
export function docsRequestExamples(op: Operation, examples: ExampleIndex): RequestExample[] {
  if (op.requestExamples.length > 0) return op.requestExamples;
  return [{ title: 'required parameters only', value: requiredRequestSample(op, examples) }];
}

/**
 * Examples the spec gives for fields and parameters, found by name with case, `_` and `-` ignored, so that an
 * operation's `clusterId` is shown with the example written for another's `ClusterId`. Examples of the operation
 * itself (its parameters, and the types its body and response use) come first. Secrets give none.
 */
export class ExampleIndex {
  static readonly #built = new WeakMap<Service, ExampleIndex>();

  /** The index of a service, built once per generation (the docs pages and the waiter docs both read it). */
  static of(service: Service): ExampleIndex {
    let index = ExampleIndex.#built.get(service);
    if (index === undefined) ExampleIndex.#built.set(service, (index = new ExampleIndex(service)));
    return index;
  }

  /** By name key: each example with its owner, an operation's action (its parameters) or a type's name. */
  readonly #byName = new Map<string, { example: JsonValue; owner: string }[]>();
  readonly #localOwners = new Map<string, ReadonlySet<string>>();
  readonly types: ReadonlyMap<string, NamedType>;

  constructor(service: Service) {
    this.types = new Map(service.types.map((t) => [t.name, t]));
    for (const op of service.operations) for (const p of op.parameters) this.#add(p.wireName, p.doc, op.action);
    for (const type of service.types) if (type.kind === 'object') for (const f of type.fields) this.#add(f.wireName, f.doc, type.name);
  }

  /** The first example given under this name that the shape allows: one of `op` first, then any in spec order. */
  find(name: string, shape: Shape, op: Operation): JsonValue | undefined {
    const sources = this.#byName.get(nameKey(name)) ?? [];
    const local = this.#ownersOf(op);
    const pick = (list: typeof sources): JsonValue | undefined => list.find((source) => allows(shape, source.example))?.example;
    return pick(sources.filter((source) => local.has(source.owner))) ?? pick(sources);
  }

  #add(name: string, doc: { sensitive: boolean; examples: readonly JsonValue[] }, owner: string): void {
    if (doc.sensitive || doc.examples.length === 0) return;
    const key = nameKey(name);
    this.#byName.set(key, [...(this.#byName.get(key) ?? []), ...doc.examples.map((example) => ({ example, owner }))]);
  }

  /** The operation's action and the names of the types its body and success response lead to. */
  #ownersOf(op: Operation): ReadonlySet<string> {
    const known = this.#localOwners.get(op.action);
    if (known) return known;
    const owners = new Set<string>([op.action]);
    const visit = (shape: Shape): void => {
      if (shape.kind === 'array') visit(shape.items);
      else if (shape.kind === 'map') visit(shape.values);
      else if (shape.kind === 'union') shape.variants.forEach(visit);
      else if (shape.kind === 'ref' && !owners.has(shape.name)) {
        owners.add(shape.name);
        const type = this.types.get(shape.name);
        if (type?.kind === 'object') type.fields.forEach((f) => visit(f.shape));
        if (type?.kind === 'alias') visit(type.shape);
      }
    };
    if (op.body) visit(op.body.shape);
    if (op.success.shape) visit(op.success.shape);
    this.#localOwners.set(op.action, owners);
    return owners;
  }
}

function nameKey(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, '');
}

/**
 * A request with every required parameter and body field and nothing else. A value is the field's own example, else
 * one given for the same name (in this operation first, then anywhere), else the first of its value list, a value of
 * its format, its lower bound, or a placeholder `example-<name>` (always for secrets).
 */
export function requiredRequestSample(op: Operation, examples: ExampleIndex): { [key: string]: JsonValue } {
  const request: { [key: string]: JsonValue } = {};
  for (const p of op.parameters) if (p.required) request[p.wireName] = parameterSample(op, p, examples);
  if (op.body?.required) request.body = valueOf(op.body.shape, { name: 'body', sensitive: false, examples: [] }, { op, examples }, 0);
  return request;
}

/** A value for one parameter of `op`, chosen as `requiredRequestSample` chooses them. */
export function parameterSample(op: Operation, param: Parameter, examples: ExampleIndex): JsonValue {
  return valueOf(param.shape, { name: param.wireName, sensitive: param.doc.sensitive, examples: param.doc.examples }, { op, examples }, 0);
}

interface Named {
  name: string;
  sensitive: boolean;
  examples: readonly JsonValue[];
}

/** Where values are looked up: the operation sampled and the spec's examples. */
interface Lookup {
  op: Operation;
  examples: ExampleIndex;
}

function valueOf(shape: Shape, field: Named, lookup: Lookup, depth: number): JsonValue {
  if (!field.sensitive) {
    const given = field.examples.find((example) => allows(shape, example)) ?? lookup.examples.find(field.name, shape, lookup.op);
    if (given !== undefined) return given;
  }
  switch (shape.kind) {
    case 'string':
      return shape.const ?? (shape.enum && !shape.enum.open ? shape.enum.values[0] : undefined) ?? stringValue(shape.format, shape.maxLength, field.name);
    case 'integer':
    case 'number':
      return shape.const ?? shape.enum?.[0] ?? numberValue(shape.minimum, shape.exclusiveMinimum, shape.maximum);
    case 'boolean':
      return shape.const ?? true;
    case 'null':
      return null;
    case 'unknown':
    case 'map':
      return {};
    case 'array': {
      if (depth >= MAX_DEPTH) return [];
      const item = valueOf(shape.items, { ...field, examples: [] }, lookup, depth + 1);
      return Array.from({ length: Math.max(1, shape.minItems ?? 0) }, () => item);
    }
    case 'union':
      return shape.variants[0] ? valueOf(shape.variants[0], field, lookup, depth + 1) : null;
    case 'ref':
      return namedValue(shape.name, field, lookup, depth);
  }
}

function namedValue(name: string, field: Named, lookup: Lookup, depth: number): JsonValue {
  const type = lookup.examples.types.get(name);
  if (type === undefined) return {};
  if (type.kind === 'enum') return type.values[0] ?? '';
  if (type.kind === 'alias') return valueOf(type.shape, { ...field, examples: [...field.examples, ...type.doc.examples] }, lookup, depth + 1);
  const object: { [key: string]: JsonValue } = {};
  if (depth >= MAX_DEPTH) return object;
  for (const f of type.fields.filter((f: Field) => f.required)) {
    object[f.wireName] = valueOf(f.shape, { name: f.wireName, sensitive: f.doc.sensitive, examples: f.doc.examples }, lookup, depth + 1);
  }
  return object;
}

function stringValue(format: string | undefined, maxLength: number | undefined, name: string): string {
  const value = formatSample(format) ?? `example-${name}`;
  return maxLength !== undefined ? [...value].slice(0, maxLength).join('') : value;
}

function numberValue(minimum: number | undefined, exclusiveMinimum: number | undefined, maximum: number | undefined): number {
  const low = minimum ?? (exclusiveMinimum !== undefined ? Math.floor(exclusiveMinimum) + 1 : 1);
  return maximum !== undefined && low > maximum ? maximum : low;
}

/**
 * Whether a scalar shape allows an example: its JSON type (`fitsShape`), and its constant, closed value list, length,
 * pattern and bounds. An example written for another field of the same name, or a loose imported one, may break them.
 */
function allows(shape: Shape, example: JsonValue): boolean {
  if (!fitsShape(shape, example)) return false;
  if (shape.kind === 'string' && typeof example === 'string') {
    const length = [...example].length;
    return (
      (shape.const === undefined || example === shape.const) &&
      (shape.enum === undefined || shape.enum.open || shape.enum.values.includes(example)) &&
      length >= (shape.minLength ?? 0) &&
      length <= (shape.maxLength ?? Infinity) &&
      (shape.pattern === undefined || new RegExp(shape.pattern, 'u').test(example))
    );
  }
  if ((shape.kind === 'integer' || shape.kind === 'number') && typeof example === 'number') {
    return (
      (shape.const === undefined || example === shape.const) &&
      (shape.enum === undefined || shape.enum.includes(example)) &&
      example >= (shape.minimum ?? -Infinity) &&
      example <= (shape.maximum ?? Infinity) &&
      (shape.exclusiveMinimum === undefined || example > shape.exclusiveMinimum) &&
      (shape.exclusiveMaximum === undefined || example < shape.exclusiveMaximum) &&
      (shape.multipleOf === undefined || Number.isInteger(example / shape.multipleOf))
    );
  }
  return true;
}
