import { getAtPointer, isRecord, escapePointerToken } from '../load/pointer.ts';
import { specErrorAt, type Locator } from '../load/spec-error.ts';
import { readDoc } from './doc.ts';
import { toPascalCase } from './naming.ts';
import type { Assertion, Field, FieldEquals, NamedType, ObjectType, Rule, Shape } from './types.ts';

type Schema = Record<string, unknown>;

const COMPONENT_PREFIX = '#/components/schemas/';

/**
 * Turns JSON Schemas into IR shapes, giving every object and enum a named type.
 * Components keep their (PascalCased) names; inline objects and enums are named after where they appear.
 * Two different schemas that would get the same name are an error: generated names never silently merge.
 */
export class TypeRegistry {
  private readonly types = new Map<string, NamedType>();
  private readonly nameOwners = new Map<string, string>();
  private readonly namesByPointer = new Map<string, string>();

  constructor(
    private readonly document: Schema,
    private readonly locator: Locator,
    /** Spellings of lowercase words in generated names (see toPascalCase). */
    private readonly casing: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** Named types sorted by name. */
  namedTypes(): NamedType[] {
    return [...this.types.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** Whether a shape is (or refers to) an object or map, which cannot travel in a path or header. */
  isStructured(shape: Shape): boolean {
    if (shape.kind === 'map') return true;
    if (shape.kind !== 'ref') return false;
    const type = this.types.get(shape.name);
    return type?.kind === 'object' || (type?.kind === 'alias' && this.isStructured(type.shape));
  }

  /** Shape of the component schema `name`, creating its named type. */
  componentShape(name: string): Shape {
    return this.shapeOf({ $ref: COMPONENT_PREFIX + escapePointerToken(name) }, '', name);
  }

  shapeOf(schema: unknown, pointer: string, nameHint: string): Shape {
    if (!isRecord(schema)) {
      if (schema === true || schema === undefined) return { kind: 'unknown' };
      throw specErrorAt(this.locator, pointer, 'expected a schema object');
    }
    if (typeof schema.$ref === 'string') return this.refShape(schema.$ref, pointer);
    const composed = this.composedShape(schema, pointer, nameHint);
    if (composed) return composed;

    const types = typesOf(schema);
    if (types.length > 1) {
      return {
        kind: 'union',
        variants: types.map((t) => this.typedShape({ ...schema, type: t }, t, pointer, nameHint)),
      };
    }
    return this.typedShape(schema, types[0], pointer, nameHint);
  }

  private refShape(ref: string, pointer: string): Shape {
    const target = ref.slice(1);
    if (ref.startsWith(COMPONENT_PREFIX) && !ref.slice(COMPONENT_PREFIX.length).includes('/')) {
      const rawName = ref.slice(COMPONENT_PREFIX.length).replace(/~1/g, '/').replace(/~0/g, '~');
      return this.named(target, toPascalCase(rawName, this.casing), rawName);
    }
    const resolved = getAtPointer(this.document, target);
    if (resolved === undefined) throw specErrorAt(this.locator, pointer, `$ref "${ref}" does not resolve`);
    return this.shapeOf(resolved, target, toPascalCase(target.split('/').pop() ?? 'Type', this.casing));
  }

  /** The shape of a named component, building its type once (a placeholder first, so recursion terminates). */
  private named(pointer: string, name: string, rawName: string): Shape {
    const known = this.namesByPointer.get(pointer);
    if (known) return { kind: 'ref', name: known };
    const schema = getAtPointer(this.document, pointer);
    if (!isRecord(schema)) throw specErrorAt(this.locator, pointer, `component schema "${rawName}" is not a schema object`);
    if (typeof schema.$ref === 'string') return this.refShape(schema.$ref, pointer);
    this.claimName(name, pointer);
    this.namesByPointer.set(pointer, name);
    const types = typesOf(schema);
    if (isObjectSchema(schema, types)) {
      this.buildObject(name, schema, pointer);
    } else if (isEnumSchema(schema)) {
      this.buildEnum(name, schema, pointer);
    } else {
      this.types.set(name, { kind: 'alias', name, doc: readDoc(schema), shape: this.inlineShape(schema, pointer, name), source: pointer });
    }
    return { kind: 'ref', name };
  }

  /** Converts a schema without turning it into a named type at the top (used for aliases). */
  private inlineShape(schema: Schema, pointer: string, nameHint: string): Shape {
    const types = typesOf(schema);
    return types.length > 1 ? this.shapeOf(schema, pointer, nameHint) : this.typedShape(schema, types[0], pointer, nameHint, true);
  }

  private claimName(name: string, pointer: string): void {
    const owner = this.nameOwners.get(name);
    if (owner !== undefined && owner !== pointer) {
      throw specErrorAt(this.locator, pointer, `generated type name "${name}" collides with the type from ${owner}: rename one of them`);
    }
    this.nameOwners.set(name, pointer);
  }

  private composedShape(schema: Schema, pointer: string, nameHint: string): Shape | undefined {
    for (const key of ['oneOf', 'anyOf'] as const) {
      const list = schema[key];
      if (!Array.isArray(list) || isRequiredGroups(list)) continue;
      if (list.length === 0) throw specErrorAt(this.locator, `${pointer}/${key}`, `"${key}" must not be empty`);
      return {
        kind: 'union',
        variants: list.map((member, i) => this.shapeOf(member, `${pointer}/${key}/${i}`, `${nameHint}Option${i + 1}`)),
      };
    }
    if (Array.isArray(schema.allOf) && !isObjectSchema(schema, typesOf(schema))) {
      const members = schema.allOf.filter((m) => !isRuleOnly(m));
      if (members.length === 1) return this.shapeOf(members[0], `${pointer}/allOf/${schema.allOf.indexOf(members[0])}`, nameHint);
    }
    return undefined;
  }

  private typedShape(schema: Schema, type: string | undefined, pointer: string, nameHint: string, topLevel = false): Shape {
    switch (type) {
      case 'string':
        if (!topLevel && isEnumSchema(schema)) return this.named(pointer, nameHint, nameHint);
        return stringShape(schema);
      case 'integer':
      case 'number':
        return numericShape(schema, type);
      case 'boolean':
        return typeof schema.const === 'boolean' ? { kind: 'boolean', const: schema.const } : { kind: 'boolean' };
      case 'null':
        return { kind: 'null' };
      case 'array':
        return {
          kind: 'array',
          items: this.shapeOf(schema.items, `${pointer}/items`, `${nameHint}Item`),
          ...pickNumber(schema, ['minItems', 'maxItems']),
          ...(schema.uniqueItems === true ? { uniqueItems: true } : {}),
        };
      case 'object':
        if (isObjectSchema(schema, ['object'])) return topLevel ? this.objectAsMap(schema, pointer, nameHint) : this.named(pointer, nameHint, nameHint);
        return this.objectAsMap(schema, pointer, nameHint);
      default:
        return { kind: 'unknown' };
    }
  }

  private objectAsMap(schema: Schema, pointer: string, nameHint: string): Shape {
    const values = isRecord(schema.additionalProperties)
      ? this.shapeOf(schema.additionalProperties, `${pointer}/additionalProperties`, `${nameHint}Value`)
      : ({ kind: 'unknown' } as const);
    return { kind: 'map', values };
  }

  private buildEnum(name: string, schema: Schema, pointer: string): void {
    const open = Array.isArray(schema['x-extensible-enum']);
    const values = (open ? schema['x-extensible-enum'] : schema.enum) as unknown[];
    if (!values.every((v) => typeof v === 'string')) {
      throw specErrorAt(this.locator, pointer, 'only string value lists can be named enums');
    }
    this.types.set(name, { kind: 'enum', name, doc: readDoc(schema), values: values as string[], open, source: pointer });
  }

  private buildObject(name: string, schema: Schema, pointer: string): void {
    const type: ObjectType = {
      kind: 'object',
      name,
      doc: readDoc(schema),
      fields: [],
      closed: schema.additionalProperties === false || schema.unevaluatedProperties === false,
      rules: [],
      source: pointer,
    };
    this.types.set(name, type);
    const required = new Set<string>();
    const addMembers = (member: Schema, memberPointer: string): void => {
      if (typeof member.$ref === 'string') {
        const target = getAtPointer(this.document, member.$ref.slice(1));
        if (isRecord(target)) addMembers(target, member.$ref.slice(1));
        return;
      }
      for (const name of Array.isArray(member.required) ? member.required : []) required.add(String(name));
      const properties = isRecord(member.properties) ? member.properties : {};
      for (const [wireName, propertySchema] of Object.entries(properties)) {
        if (type.fields.some((f) => f.wireName === wireName)) continue;
        const fieldPointer = `${memberPointer}/properties/${escapePointerToken(wireName)}`;
        const resolvedForDoc = isRecord(propertySchema) ? propertySchema : {};
        type.fields.push({
          wireName,
          shape: this.shapeOf(propertySchema, fieldPointer, `${name}${toPascalCase(wireName, this.casing)}`),
          required: false,
          doc: readDoc(resolvedForDoc, this.referencedSchema(resolvedForDoc)),
        });
      }
      type.rules.push(...this.rulesOf(member, memberPointer));
      (Array.isArray(member.allOf) ? member.allOf : []).forEach((m, i) => isRecord(m) && addMembers(m, `${memberPointer}/allOf/${i}`));
    };
    addMembers(schema, pointer);
    if (isRecord(schema.additionalProperties)) {
      type.additional = this.shapeOf(schema.additionalProperties, `${pointer}/additionalProperties`, `${name}Value`);
    }
    type.fields = type.fields.map((f): Field => ({ ...f, required: required.has(f.wireName) }));
  }

  /** For a `$ref` property, the schema it points to (its docs fill in what the property leaves out). */
  private referencedSchema(schema: Schema): Schema | undefined {
    if (typeof schema.$ref !== 'string') return undefined;
    const target = getAtPointer(this.document, schema.$ref.slice(1));
    return isRecord(target) ? target : undefined;
  }

  /** Cross-field rules stated on one schema: if/then/else, anyOf/oneOf of `required`, and `x-rules`. */
  private rulesOf(schema: Schema, pointer: string): Rule[] {
    const rules: Rule[] = [];
    if (isRecord(schema.if)) {
      rules.push({
        kind: 'conditional',
        when: this.conditionOf(schema.if, `${pointer}/if`),
        then: this.assertionOf(schema.then, `${pointer}/then`),
        ...(isRecord(schema.else) ? { else: this.assertionOf(schema.else, `${pointer}/else`) } : {}),
      });
    }
    for (const key of ['anyOf', 'oneOf'] as const) {
      const list = schema[key];
      if (Array.isArray(list) && isRequiredGroups(list)) {
        if (key === 'oneOf') throw specErrorAt(this.locator, `${pointer}/oneOf`, 'use "anyOf" of "required" for "at least one of" rules; exclusive "oneOf" groups are not supported');
        rules.push({ kind: 'anyRequired', groups: list.map((g) => (g as { required: string[] }).required.map(String)) });
      }
    }
    for (const rule of Array.isArray(schema['x-rules']) ? schema['x-rules'] : []) {
      const [left, right] = (rule as { lessOrEqual: [string, string] }).lessOrEqual;
      rules.push({ kind: 'lessOrEqual', left, right });
    }
    return rules;
  }

  private conditionOf(schema: Schema, pointer: string): FieldEquals[] {
    const properties = isRecord(schema.properties) ? schema.properties : {};
    const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
    const extra = Object.keys(schema).filter((k) => k !== 'properties' && k !== 'required' && k !== 'type');
    if (extra.length > 0 || Object.keys(properties).length === 0) {
      throw specErrorAt(this.locator, pointer, 'unsupported "if": use { properties: { field: { const: value } }, required: [field] }');
    }
    return Object.entries(properties).map(([field, condition]) => {
      const value = isRecord(condition) ? (condition.const ?? (Array.isArray(condition.enum) && condition.enum.length === 1 ? condition.enum[0] : undefined)) : undefined;
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        throw specErrorAt(this.locator, `${pointer}/properties/${escapePointerToken(field)}`, 'an "if" condition must compare a field with a "const" string, number or boolean');
      }
      return { field, equals: value, orAbsent: !required.has(field) };
    });
  }

  private assertionOf(schema: unknown, pointer: string): Assertion {
    if (!isRecord(schema)) return { required: [], constraints: [] };
    const properties = isRecord(schema.properties) ? schema.properties : {};
    return {
      required: Array.isArray(schema.required) ? schema.required.map(String) : [],
      constraints: Object.entries(properties).map(([field, s]) => ({
        field,
        shape: isRecord(s) ? this.inlineShape(s, `${pointer}/properties/${escapePointerToken(field)}`, toPascalCase(field, this.casing)) : { kind: 'unknown' as const },
      })),
    };
  }
}

function typesOf(schema: Schema): (string | undefined)[] {
  if (Array.isArray(schema.type)) return schema.type.length === 0 ? [undefined] : (schema.type as string[]);
  if (typeof schema.type === 'string') return [schema.type];
  if (isRecord(schema.properties) || schema.additionalProperties !== undefined) return ['object'];
  if (schema.items !== undefined) return ['array'];
  if (Array.isArray(schema['x-extensible-enum'])) return ['string'];
  const samples = Array.isArray(schema.enum) ? schema.enum : schema.const !== undefined ? [schema.const] : [];
  if (samples.length > 0 && samples.every((v) => typeof v === 'string')) return ['string'];
  if (samples.length > 0 && samples.every((v) => Number.isInteger(v))) return ['integer'];
  if (samples.length > 0 && samples.every((v) => typeof v === 'number')) return ['number'];
  if (samples.length > 0 && samples.every((v) => typeof v === 'boolean')) return ['boolean'];
  return [undefined];
}

function isObjectSchema(schema: Schema, types: (string | undefined)[]): boolean {
  if (types.length !== 1 || (types[0] !== 'object' && types[0] !== undefined)) return false;
  return isRecord(schema.properties) || schema.additionalProperties === false || (Array.isArray(schema.allOf) && schema.allOf.some((m) => !isRuleOnly(m)) && types[0] === 'object')
    || (types[0] === 'object' && (isRecord(schema.if) || Array.isArray(schema['x-rules'])));
}

function isEnumSchema(schema: Schema): boolean {
  return (Array.isArray(schema.enum) && schema.enum.length > 0 && schema.enum.every((v) => typeof v === 'string')) || Array.isArray(schema['x-extensible-enum']);
}

/** `[{ required: [a] }, { required: [b] }]`: an "at least one of" rule, not a union of types. */
function isRequiredGroups(list: unknown[]): boolean {
  return list.length > 0 && list.every((m) => isRecord(m) && Object.keys(m).length === 1 && Array.isArray(m.required));
}

function isRuleOnly(member: unknown): boolean {
  if (!isRecord(member)) return false;
  const keys = Object.keys(member);
  return keys.length > 0 && keys.every((k) => ['if', 'then', 'else', 'x-rules', 'required'].includes(k) || (k === 'anyOf' && isRequiredGroups(member.anyOf as unknown[])));
}

function stringShape(schema: Schema): Shape {
  return {
    kind: 'string',
    ...(typeof schema.format === 'string' ? { format: schema.format } : {}),
    ...(Array.isArray(schema.enum) ? { enum: { values: schema.enum.map(String), open: false } } : {}),
    ...(typeof schema.const === 'string' ? { const: schema.const } : {}),
    ...pickNumber(schema, ['minLength', 'maxLength']),
    ...(typeof schema.pattern === 'string' ? { pattern: schema.pattern } : {}),
  };
}

function numericShape(schema: Schema, kind: 'integer' | 'number'): Shape {
  const format = schema.format;
  const numbers = Array.isArray(schema.enum) ? schema.enum.filter((v): v is number => typeof v === 'number') : undefined;
  const base = {
    ...(numbers ? { enum: numbers } : {}),
    ...(typeof schema.const === 'number' ? { const: schema.const } : {}),
    ...pickNumber(schema, ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']),
  };
  if (kind === 'integer') return { kind, ...(format === 'int32' || format === 'int64' ? { format } : {}), ...base };
  return { kind, ...(format === 'float' || format === 'double' ? { format } : {}), ...base };
}

function pickNumber<K extends string>(schema: Schema, keys: K[]): Partial<Record<K, number>> {
  const picked: Partial<Record<K, number>> = {};
  for (const key of keys) if (typeof schema[key] === 'number') picked[key] = schema[key] as number;
  return picked;
}
