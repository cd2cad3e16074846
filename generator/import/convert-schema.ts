/**
 * Converts one api-docs schema to an OpenAPI 3.1 (JSON Schema 2020-12) schema.
 *
 * Request flavour closes objects (`additionalProperties: false`); response flavour leaves them open.
 * Alibaba's prose (title/description) is carried only when `withDescriptions` is set.
 */
import type { AliSchema } from './api-docs.ts';
import { compact, type JsonObject, type JsonValue } from './json.ts';
import { DEPRECATED_REASON } from './merge-vintages.ts';

export type Flavour = 'request' | 'response';

export interface SchemaContext {
  flavour: Flavour;
  withDescriptions: boolean;
  /** Component name that `#/components/schemas/<original>` maps to in this flavour. */
  refName(original: string, ptr: string): string;
  fail(ptr: string, detail: string): never;
}

const KNOWN_TYPES = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object']);
const NUMERIC_FORMATS: Record<string, string[]> = {
  integer: ['int32', 'int64'],
  number: ['float', 'double'],
};

export const COMPONENT_REF_PREFIX = '#/components/schemas/';

/** `type: any` and a missing type both mean "any value". */
export function schemaType(schema: AliSchema, ptr: string, fail: SchemaContext['fail']): string | undefined {
  const type = schema.type;
  if (type === undefined || type === 'any') return undefined;
  if (!KNOWN_TYPES.has(type)) fail(`${ptr}/type`, `unsupported type ${JSON.stringify(type)}`);
  return type;
}

/** A number given as a number or as a numeric string; undefined when it is neither. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const parsed = Number(value.trim());
  return Number.isFinite(parsed) ? parsed : undefined;
}

function parseJson(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

/**
 * Coerces a metadata value (often a string) to the schema's type: numbers for integer/number,
 * booleans for boolean, parsed JSON for array/object. Undefined when it cannot be represented.
 */
export function coerceValue(value: unknown, type: string | undefined): JsonValue | undefined {
  switch (type) {
    case 'integer': {
      const n = toNumber(value);
      return n !== undefined && Number.isSafeInteger(n) ? n : undefined;
    }
    case 'number':
      return toNumber(value);
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true') return true;
      if (value === 'false') return false;
      return undefined;
    case 'string':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      return undefined;
    case 'array': {
      const parsed = typeof value === 'string' ? parseJson(value) : (value as JsonValue);
      return Array.isArray(parsed) ? parsed : undefined;
    }
    case 'object': {
      const parsed = typeof value === 'string' ? parseJson(value) : (value as JsonValue);
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : undefined;
    }
    default:
      return value === undefined ? undefined : (value as JsonValue);
  }
}

function bound(schema: AliSchema, key: keyof AliSchema & string, ptr: string, ctx: SchemaContext): number | undefined {
  const value = schema[key];
  if (value === undefined || value === null || value === '') return undefined;
  const n = toNumber(value);
  if (n === undefined) ctx.fail(`${ptr}/${key}`, `expected a number, got ${JSON.stringify(value)}`);
  return n;
}

function enumValues(schema: AliSchema, type: string | undefined, ptr: string, ctx: SchemaContext): JsonValue[] | undefined {
  const values = schema.enum;
  if (values === undefined || values.length === 0) return undefined;
  return values.map((value, i) => {
    const coerced = coerceValue(value, type);
    if (coerced === undefined) ctx.fail(`${ptr}/enum/${i}`, `value ${JSON.stringify(value)} does not match type ${type}`);
    return coerced;
  });
}

/**
 * Values documented by `enumValueTitles` when no `enum` is given: an open string list
 * (`x-extensible-enum` is defined for strings only). The titles are prose and are dropped.
 */
function documentedValues(schema: AliSchema, type: string | undefined): string[] | undefined {
  if (type !== 'string' || (schema.enum !== undefined && schema.enum.length > 0)) return undefined;
  const keys = Object.keys(schema.enumValueTitles ?? {});
  return keys.length > 0 ? keys : undefined;
}

/** CJK text in a value marks it as Alibaba prose rather than data. */
export function containsProse(value: JsonValue): boolean {
  return /[\u3000-\u303f\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(JSON.stringify(value));
}

function example(schema: AliSchema, type: string | undefined, allowed: JsonValue[] | undefined, ctx: SchemaContext): JsonValue[] | undefined {
  if (schema.example === undefined || schema.example === '') return undefined;
  const value = coerceValue(schema.example, type);
  if (value === undefined) return undefined;
  if (!ctx.withDescriptions && containsProse(value)) return undefined;
  if (allowed !== undefined && !allowed.some((a) => a === value)) return undefined;
  return [value];
}

function prose(schema: AliSchema, ctx: SchemaContext): [string, JsonValue | undefined][] {
  if (!ctx.withDescriptions) return [];
  return [
    ['title', typeof schema.title === 'string' && schema.title !== '' ? schema.title : undefined],
    ['description', typeof schema.description === 'string' && schema.description !== '' ? schema.description : undefined],
  ];
}

function convertRef(schema: AliSchema & { $ref: string }, ptr: string, ctx: SchemaContext): JsonObject {
  const original = schema.$ref.slice(COMPONENT_REF_PREFIX.length);
  return compact([
    ['$ref', `${COMPONENT_REF_PREFIX}${ctx.refName(original, `${ptr}/$ref`)}`],
    ...prose(schema, ctx),
    ...deprecation(schema),
  ]);
}

/** `deprecated`, and the reason the vintage merge gives for it (see merge-vintages.ts). */
export function deprecation(source: { deprecated?: unknown; [key: string]: unknown }): [string, JsonValue | undefined][] {
  const reason = source[DEPRECATED_REASON];
  return [
    ['deprecated', source.deprecated === true ? true : undefined],
    [DEPRECATED_REASON, source.deprecated === true && typeof reason === 'string' ? reason : undefined],
  ];
}

function convertProperties(schema: AliSchema, ptr: string, ctx: SchemaContext): { properties?: JsonObject; required?: string[] } {
  if (schema.properties === undefined || Object.keys(schema.properties).length === 0) return {};
  // Built from entries, so that a property named `__proto__` is an own key like any other.
  const entries = Object.entries(schema.properties);
  const properties: JsonObject = Object.fromEntries(
    entries.map(([name, property]) => [name, convertSchema(property, ctx, `${ptr}/properties/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`)]),
  );
  const required = entries.filter(([, property]) => property.required === true).map(([name]) => name);
  return { properties, ...(required.length > 0 ? { required } : {}) };
}

function convertAdditional(schema: AliSchema, hasProperties: boolean, ptr: string, ctx: SchemaContext): JsonValue | undefined {
  const additional = schema.additionalProperties;
  if (typeof additional === 'boolean') return additional;
  if (additional !== undefined) return convertSchema(additional, ctx, `${ptr}/additionalProperties`);
  // A request object with declared properties is closed. An object with no properties at all is a
  // free-form value (closing it would only accept `{}`), so it stays open.
  return ctx.flavour === 'request' && hasProperties ? false : undefined;
}

export function convertSchema(schema: AliSchema, ctx: SchemaContext, ptr: string): JsonObject {
  if (typeof schema.$ref === 'string') return convertRef(schema as AliSchema & { $ref: string }, ptr, ctx);
  const type = schemaType(schema, ptr, ctx.fail);
  const format = typeof schema.format === 'string' && schema.format !== '' ? schema.format : undefined;
  if (format !== undefined && type !== undefined && NUMERIC_FORMATS[type] && !NUMERIC_FORMATS[type].includes(format)) {
    ctx.fail(`${ptr}/format`, `format ${JSON.stringify(format)} does not fit type ${type}`);
  }
  const closedValues = enumValues(schema, type, ptr, ctx);
  const openValues = documentedValues(schema, type);
  const objectParts = type === 'object' || type === undefined ? convertProperties(schema, ptr, ctx) : {};
  const isObject = type === 'object' || objectParts.properties !== undefined;
  let defaultValue: JsonValue | undefined;
  if (schema.default !== undefined && schema.default !== '') {
    defaultValue = coerceValue(schema.default, type);
    if (defaultValue === undefined) ctx.fail(`${ptr}/default`, `default ${JSON.stringify(schema.default)} does not match type ${type}`);
  }
  return compact([
    ['type', type],
    ['format', format],
    ...prose(schema, ctx),
    ['enum', closedValues],
    ['x-extensible-enum', openValues],
    ['default', defaultValue],
    ['minimum', bound(schema, 'minimum', ptr, ctx)],
    ['exclusiveMinimum', bound(schema, 'exclusiveMinimum', ptr, ctx)],
    ['maximum', bound(schema, 'maximum', ptr, ctx)],
    ['exclusiveMaximum', bound(schema, 'exclusiveMaximum', ptr, ctx)],
    ['multipleOf', bound(schema, 'multipleOf', ptr, ctx)],
    ['minLength', bound(schema, 'minLength', ptr, ctx)],
    ['maxLength', bound(schema, 'maxLength', ptr, ctx)],
    ['pattern', typeof schema.pattern === 'string' && schema.pattern !== '' ? schema.pattern : undefined],
    ['minItems', bound(schema, 'minItems', ptr, ctx)],
    ['maxItems', bound(schema, 'maxItems', ptr, ctx)],
    ['uniqueItems', schema.uniqueItems === true || schema.uniqueItems === 'true' ? true : undefined],
    ['items', schema.items !== undefined ? convertSchema(schema.items, ctx, `${ptr}/items`) : undefined],
    ['properties', objectParts.properties],
    ['required', objectParts.required],
    ['additionalProperties', isObject ? convertAdditional(schema, objectParts.properties !== undefined, ptr, ctx) : undefined],
    ...deprecation(schema),
    ['examples', example(schema, type, closedValues, ctx)],
  ]);
}
