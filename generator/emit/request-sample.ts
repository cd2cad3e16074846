import type { Field, JsonValue, NamedType, Operation, RequestExample, Service, Shape } from '../ir/types.ts';
import { fitsShape } from './mock-samples.ts';

/** Objects nested deeper than this are left empty (a required field of a recursive type). */
const MAX_DEPTH = 6;

/** Values for formats a validator checks, where the spec gives no example. */
const FORMAT_VALUES: Readonly<Record<string, string>> = {
  'date-time': '2026-01-02T03:04:05Z',
  date: '2026-01-02',
  email: 'ops@example.com',
  uri: 'https://example.com/',
  uuid: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  ipv4: '192.0.2.10',
  ipv6: '2001:db8::10',
  byte: 'ZXhhbXBsZQ==',
};

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
 * operation's `clusterId` is shown with the example written for another's `ClusterId`. Secrets give none.
 */
export class ExampleIndex {
  readonly #byName = new Map<string, JsonValue[]>();
  readonly types: ReadonlyMap<string, NamedType>;

  constructor(service: Service) {
    this.types = new Map(service.types.map((t) => [t.name, t]));
    for (const op of service.operations) for (const p of op.parameters) this.#add(p.wireName, p.doc.sensitive, p.doc.examples);
    for (const type of service.types) if (type.kind === 'object') for (const f of type.fields) this.#add(f.wireName, f.doc.sensitive, f.doc.examples);
  }

  /** The first example given under this name (in spec order) that the shape allows. */
  find(name: string, shape: Shape): JsonValue | undefined {
    return this.#byName.get(nameKey(name))?.find((example) => allows(shape, example));
  }

  #add(name: string, sensitive: boolean, examples: readonly JsonValue[]): void {
    if (sensitive || examples.length === 0) return;
    const key = nameKey(name);
    this.#byName.set(key, [...(this.#byName.get(key) ?? []), ...examples]);
  }
}

function nameKey(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, '');
}

/**
 * A request with every required parameter and body field and nothing else. A value is the field's own example, else
 * one given for the same name elsewhere, else the first of its value list, a value of its format, its lower bound, or
 * a placeholder `example-<name>` (always for secrets).
 */
export function requiredRequestSample(op: Operation, examples: ExampleIndex): { [key: string]: JsonValue } {
  const request: { [key: string]: JsonValue } = {};
  for (const p of op.parameters) {
    if (p.required) request[p.wireName] = valueOf(p.shape, { name: p.wireName, sensitive: p.doc.sensitive, examples: p.doc.examples }, examples, 0);
  }
  if (op.body?.required) request.body = valueOf(op.body.shape, { name: 'body', sensitive: false, examples: [] }, examples, 0);
  return request;
}

interface Named {
  name: string;
  sensitive: boolean;
  examples: readonly JsonValue[];
}

function valueOf(shape: Shape, field: Named, examples: ExampleIndex, depth: number): JsonValue {
  if (!field.sensitive) {
    const given = field.examples.find((example) => allows(shape, example)) ?? examples.find(field.name, shape);
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
      const item = valueOf(shape.items, { ...field, examples: [] }, examples, depth + 1);
      return Array.from({ length: Math.max(1, shape.minItems ?? 0) }, () => item);
    }
    case 'union':
      return shape.variants[0] ? valueOf(shape.variants[0], field, examples, depth) : null;
    case 'ref':
      return namedValue(shape.name, field, examples, depth);
  }
}

function namedValue(name: string, field: Named, examples: ExampleIndex, depth: number): JsonValue {
  const type = examples.types.get(name);
  if (type === undefined) return {};
  if (type.kind === 'enum') return type.values[0] ?? '';
  if (type.kind === 'alias') return valueOf(type.shape, { ...field, examples: [...field.examples, ...type.doc.examples] }, examples, depth);
  const object: { [key: string]: JsonValue } = {};
  if (depth >= MAX_DEPTH) return object;
  for (const f of type.fields.filter((f: Field) => f.required)) {
    object[f.wireName] = valueOf(f.shape, { name: f.wireName, sensitive: f.doc.sensitive, examples: f.doc.examples }, examples, depth + 1);
  }
  return object;
}

function stringValue(format: string | undefined, maxLength: number | undefined, name: string): string {
  const value = (format !== undefined ? FORMAT_VALUES[format] : undefined) ?? `example-${name}`;
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
