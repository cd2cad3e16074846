import fc from 'fast-check';
import { resolveSchema } from '../support/sample-request.ts';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Any JSON value, with safe integers and finite numbers only (where our validators are stricter than ajv). */
export const anyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 6 }),
    fc.integer({ min: -100, max: 100 }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** Numbers that hit value lists and bounds of the spec (periods, renewals, min/max). */
const interestingIntegers = [
  0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 19, 20, 24, 36, 39, 40, 48, 60, 61, 2000, 2001, 2048, 2049, -1,
];

/**
 * Values shaped by a JSON Schema: mostly of the right type and near the bounds, with value lists, base64 and
 * patterns honoured often enough that many generated requests are valid.
 */
export class SchemaArbitraries {
  private readonly cache = new Map<unknown, fc.Arbitrary<unknown>>();

  constructor(private readonly document: Json) {}

  resolve(schema: unknown): Json {
    return resolveSchema(this.document, schema);
  }

  valueOf(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
    const cached = this.cache.get(schema);
    if (cached) return cached;
    const built = depth > 8 ? anyJson : this.build(this.resolve(schema), depth);
    this.cache.set(schema, built);
    return built;
  }

  private build(schema: Json, depth: number): fc.Arbitrary<unknown> {
    if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (Array.isArray(schema['x-extensible-enum'])) {
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...(schema['x-extensible-enum'] as string[])) },
        { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
      );
    }
    const variants = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
    if (
      Array.isArray(variants) &&
      variants.every((v) => !(isRecord(v) && Object.keys(v).length === 1 && 'required' in v))
    ) {
      return fc.oneof(...variants.map((v) => this.valueOf(v, depth + 1)));
    }
    const types = Array.isArray(schema.type)
      ? (schema.type as string[])
      : typeof schema.type === 'string'
        ? [schema.type]
        : [];
    if (types.length > 1) return fc.oneof(...types.map((type) => this.build({ ...schema, type }, depth)));
    const type = types[0] ?? (this.propertiesOf(schema).size > 0 ? 'object' : undefined);
    switch (type) {
      case 'string':
        return this.stringOf(schema);
      case 'integer':
        return this.integerOf(schema);
      case 'number':
        return fc.oneof(
          this.integerOf(schema),
          fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e4, max: 1e4 }),
        );
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array': {
        const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
        const max = typeof schema.maxItems === 'number' ? schema.maxItems : 3;
        const items = this.valueOf(schema.items, depth + 1);
        return fc.oneof(
          { weight: 6, arbitrary: fc.array(items, { minLength: min, maxLength: Math.max(min, Math.min(max, 3)) }) },
          {
            weight: 1,
            arbitrary: fc.array(items, { minLength: Math.max(0, min - 1), maxLength: Math.min(max + 1, 12) }),
          },
        );
      }
      case 'object':
        return this.objectOf(schema, depth);
      default:
        return anyJson;
    }
  }

  private stringOf(schema: Json): fc.Arbitrary<unknown> {
    const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
    const max = typeof schema.maxLength === 'number' ? schema.maxLength : 8;
    const plain = fc.oneof(
      { weight: 6, arbitrary: fc.string({ minLength: min, maxLength: max }) },
      { weight: 1, arbitrary: fc.string({ minLength: Math.max(0, min - 1), maxLength: max + 1 }) },
    );
    if (schema.format === 'byte') {
      return fc.oneof(
        { weight: 8, arbitrary: fc.uint8Array({ maxLength: 9 }).map((b) => Buffer.from(b).toString('base64')) },
        { weight: 1, arbitrary: plain },
      );
    }
    if (typeof schema.pattern === 'string') {
      return fc.oneof(
        { weight: 3, arbitrary: fc.stringMatching(new RegExp(schema.pattern, 'u')) },
        { weight: 1, arbitrary: plain },
      );
    }
    return plain;
  }

  private integerOf(schema: Json): fc.Arbitrary<unknown> {
    const min = typeof schema.minimum === 'number' ? schema.minimum : 0;
    const max = typeof schema.maximum === 'number' ? schema.maximum : 100;
    return fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min, max }) },
      { weight: 1, arbitrary: fc.constantFrom(min - 1, max + 1) },
      { weight: 2, arbitrary: fc.constantFrom(min, max, ...interestingIntegers.filter((n) => n >= min && n <= max)) },
    );
  }

  /** Properties of an object schema, including those of `allOf` members. */
  propertiesOf(schema: Json): Map<string, unknown> {
    const found = new Map<string, unknown>();
    const visit = (member: Json): void => {
      if (isRecord(member.properties))
        for (const [name, s] of Object.entries(member.properties)) if (!found.has(name)) found.set(name, s);
      if (Array.isArray(member.allOf)) for (const m of member.allOf) visit(this.resolve(m));
    };
    visit(schema);
    return found;
  }

  /**
   * Values that `if`/`then`/`else` rules of an object name for its properties (conditions and value lists),
   * so that generated requests trigger the rules and land on both sides of every list's edge.
   */
  private ruleValuesOf(schema: Json): Map<string, unknown[]> {
    const found = new Map<string, unknown[]>();
    const add = (name: string, values: unknown[]): void => {
      const numbers = values.filter((v): v is number => typeof v === 'number');
      // List values twice as often as their neighbours (which are mostly outside the list).
      found.set(name, [...(found.get(name) ?? []), ...values, ...values, ...numbers.flatMap((n) => [n - 1, n + 1])]);
    };
    const visitBranch = (branch: unknown): void => {
      const properties = isRecord(branch) && isRecord(branch.properties) ? branch.properties : {};
      for (const [name, s] of Object.entries(properties)) {
        if (!isRecord(s)) continue;
        if (Array.isArray(s.enum)) add(name, s.enum);
        if (s.const !== undefined) add(name, [s.const]);
      }
    };
    const visit = (member: Json): void => {
      for (const key of ['if', 'then', 'else']) visitBranch(member[key]);
      if (Array.isArray(member.allOf)) for (const m of member.allOf) visit(this.resolve(m));
    };
    visit(schema);
    return found;
  }

  private objectOf(schema: Json, depth: number): fc.Arbitrary<unknown> {
    const properties = this.propertiesOf(schema);
    if (properties.size === 0) return fc.dictionary(fc.string({ maxLength: 4 }), anyJson, { maxKeys: 3 });
    const hints = this.ruleValuesOf(schema);
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, s] of properties) {
      const values = hints.get(name);
      const base = this.valueOf(s, depth + 1);
      model[name] = values
        ? fc.oneof({ weight: 1, arbitrary: base }, { weight: 3, arbitrary: fc.constantFrom(...values) })
        : base;
    }
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    return fc.record(model, { requiredKeys: required.filter((r) => properties.has(r)) });
  }
}

/** All JSON Pointer-like paths (as token lists) of the containers inside a value, the root included. */
function containers(
  value: unknown,
  path: (string | number)[] = [],
  found: (string | number)[][] = [],
): (string | number)[][] {
  if (Array.isArray(value)) {
    found.push(path);
    value.forEach((item, i) => containers(item, [...path, i], found));
  } else if (isRecord(value)) {
    found.push(path);
    for (const [key, item] of Object.entries(value)) containers(item, [...path, key], found);
  }
  return found;
}

export interface Mutation {
  /** Which container (modulo the number of containers). */
  target: number;
  /** Which member of it (modulo its size). */
  member: number;
  kind: 'replace' | 'delete' | 'add';
  value: unknown;
  key: string;
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  target: fc.nat(),
  member: fc.nat(),
  kind: fc.constantFrom('replace', 'replace', 'delete', 'add'),
  value: anyJson,
  key: fc.constantFrom('surprise', '__proto__', 'constructor', 'a/b~c', 'period', 'key_pair', 'min_instances'),
});

/** Applies mutations to a copy: replace or delete a member of some container, or add a key. */
export function mutate(value: unknown, mutations: readonly Mutation[]): unknown {
  const root = { root: structuredClone(value) } as Json;
  for (const m of mutations) {
    const all = containers(root);
    const path = all[m.target % all.length] ?? [];
    const container = path.reduce<unknown>((node, token) => (node as Record<string | number, unknown>)[token], root);
    if (Array.isArray(container)) {
      if (container.length === 0 || m.kind === 'add') container.push(m.value);
      else if (m.kind === 'delete') container.splice(m.member % container.length, 1);
      else container[m.member % container.length] = m.value;
    } else if (isRecord(container)) {
      const keys = Object.keys(container);
      if (keys.length === 0 || m.kind === 'add')
        Object.defineProperty(container, m.key, {
          value: m.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else if (m.kind === 'delete') delete container[keys[m.member % keys.length] as string];
      else container[keys[m.member % keys.length] as string] = m.value;
    }
  }
  return root.root;
}

/**
 * For each property name in the document's schemas, the values the spec names for it: enum and const values
 * (also from `if`/`then`/`else` branches), their integer neighbours, and the neighbours of its bounds.
 */
export function specValuesByProperty(document: Json): Map<string, unknown[]> {
  const pool = new Map<string, Set<unknown>>();
  const add = (name: string, values: unknown[]): void => {
    const set = pool.get(name) ?? new Set<unknown>();
    for (const v of values) {
      set.add(v);
      if (typeof v === 'number') set.add(v - 1).add(v + 1);
    }
    pool.set(name, set);
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isRecord(node)) return;
    if (isRecord(node.properties)) {
      for (const [name, s] of Object.entries(node.properties)) {
        if (!isRecord(s)) continue;
        for (const key of ['enum', 'x-extensible-enum']) if (Array.isArray(s[key])) add(name, s[key] as unknown[]);
        if (s.const !== undefined) add(name, [s.const]);
        for (const key of ['minimum', 'maximum', 'minLength', 'maxLength'])
          if (typeof s[key] === 'number') add(name, [s[key]]);
      }
    }
    Object.values(node).forEach(visit);
  };
  visit(document.components);
  return new Map([...pool].map(([name, set]) => [name, [...set]]));
}

/** Leaves (member of an object whose name is in `names`) of a value, as [container, key] pairs. */
function namedLeaves(value: unknown, names: Map<string, unknown[]>, found: [Json, string][] = []): [Json, string][] {
  if (Array.isArray(value)) value.forEach((item) => namedLeaves(item, names, found));
  else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (names.has(key)) found.push([value, key]);
      namedLeaves(item, names, found);
    }
  }
  return found;
}

/** Sets named fields of a copy to values the spec names for fields of that name (or deletes them). */
export function withSpecValues(
  value: unknown,
  pool: Map<string, unknown[]>,
  picks: readonly [number, number, boolean][],
): unknown {
  const copy = structuredClone(value);
  for (const [leaf, pick, remove] of picks) {
    const leaves = namedLeaves(copy, pool);
    if (leaves.length === 0) break;
    const [container, key] = leaves[leaf % leaves.length] as [Json, string];
    const values = pool.get(key) ?? [];
    if (remove) delete container[key];
    else container[key] = values[pick % values.length];
  }
  return copy;
}
