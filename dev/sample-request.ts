/**
 * Valid requests for any operation, synthesized from its schema, so that no test depends on hand-written
 * examples existing for an operation. Deterministic: the same document gives the same samples.
 *
 * A first draft is built from the schema alone (examples, value lists, defaults, bounds, formats); the operation's
 * own generated validator then names whatever cross-field rule the draft breaks, and the draft is repaired:
 * missing fields are filled in, optional fields that break a rule are dropped.
 */
import fc from 'fast-check';
import { FORMAT_SAMPLES as GENERATOR_FORMAT_SAMPLES } from '../generator/emit/mock-samples.ts';

type Json = Record<string, unknown>;
type Token = string | number;

export interface IssueLike {
  path: string;
  code: string;
}
export type ValidateLike = (value: unknown) => { ok: true } | { ok: false; issues: readonly IssueLike[] };

export interface SampleOptions {
  /** Every declared property (true) or only the required ones (false, the default). */
  full?: boolean;
}

const MAX_DEPTH = 6;
const MAX_REPAIRS = 40;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The generator's format values (the mock's answers and the docs' samples use them), and a password. */
const FORMAT_SAMPLES: Readonly<Record<string, string>> = { ...GENERATOR_FORMAT_SAMPLES, password: 'Sample-Passw0rd' };

/** A schema with its `$ref` chain followed (local refs into `document`); `{}` for anything that is not a schema. */
export function resolveSchema(document: Json, schema: unknown): Json {
  let current = schema;
  for (let hops = 0; isRecord(current) && typeof current.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref cycle at ${String(current.$ref)}`);
    const tokens = current.$ref
      .slice(2)
      .split('/')
      .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    current = tokens.reduce<unknown>((node, token) => (isRecord(node) ? node[token] : undefined), document);
  }
  return isRecord(current) ? current : {};
}

export class SchemaSampler {
  constructor(private readonly document: Json) {}

  resolve(schema: unknown): Json {
    return resolveSchema(this.document, schema);
  }

  /** Properties of an object schema, including those of `allOf` members. */
  propertiesOf(schema: Json): Map<string, unknown> {
    const found = new Map<string, unknown>();
    const visit = (member: Json): void => {
      if (isRecord(member.properties)) for (const [name, s] of Object.entries(member.properties)) if (!found.has(name)) found.set(name, s);
      if (Array.isArray(member.allOf)) for (const m of member.allOf) visit(this.resolve(m));
    };
    visit(schema);
    return found;
  }

  requiredOf(schema: Json): string[] {
    const found: string[] = [];
    const visit = (member: Json): void => {
      if (Array.isArray(member.required)) found.push(...(member.required as string[]));
      if (Array.isArray(member.allOf)) for (const m of member.allOf) visit(this.resolve(m));
    };
    visit(schema);
    return [...new Set(found)];
  }

  /** The schema at a JSON Pointer below `root` (properties, items, additionalProperties); undefined when unknown. */
  schemaAt(root: unknown, tokens: readonly Token[]): Json | undefined {
    let schema: Json | undefined = this.resolve(root);
    for (const token of tokens) {
      if (!schema) return undefined;
      const property = this.propertiesOf(schema).get(String(token));
      if (property !== undefined) schema = this.resolve(property);
      else if (schema.items !== undefined && /^\d+$/.test(String(token))) schema = this.resolve(schema.items);
      else if (isRecord(schema.additionalProperties)) schema = this.resolve(schema.additionalProperties);
      else return undefined;
    }
    return schema;
  }

  value(schema: unknown, options: SampleOptions = {}, depth = 0): unknown {
    const resolved = this.resolve(schema);
    if (resolved.const !== undefined) return resolved.const;
    const listed = [resolved.enum, resolved['x-extensible-enum']].find(Array.isArray) as unknown[] | undefined;
    const fromList = listed?.find((v) => v !== null);
    if (fromList !== undefined) return fromList;
    if (resolved.default !== undefined && resolved.default !== null) return resolved.default;
    const variants = (resolved.oneOf ?? resolved.anyOf) as unknown[] | undefined;
    const alternatives = Array.isArray(variants) ? variants.filter((v) => !(isRecord(v) && Object.keys(v).every((k) => k === 'required'))) : [];
    if (alternatives.length > 0 && resolved.type === undefined && this.propertiesOf(resolved).size === 0) {
      return this.value(alternatives[0], options, depth + 1);
    }
    const type = this.typeOf(resolved);
    const example = this.scalarExample(resolved, type);
    if (example !== undefined) return example;
    switch (type) {
      case 'string':
        return this.stringOf(resolved);
      case 'integer':
      case 'number':
        return this.numberOf(resolved, type);
      case 'boolean':
        return true;
      case 'null':
        return null;
      case 'array':
        return this.arrayOf(resolved, options, depth);
      case 'object':
        return this.objectOf(resolved, options, depth);
      default:
        return 'sample';
    }
  }

  private typeOf(schema: Json): string | undefined {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === 'string' ? [schema.type] : [];
    return types.find((t) => t !== 'null') ?? types[0] ?? (this.propertiesOf(schema).size > 0 ? 'object' : undefined);
  }

  private scalarExample(schema: Json, type: string | undefined): unknown {
    const examples = Array.isArray(schema.examples) ? schema.examples : schema.example !== undefined ? [schema.example] : [];
    const matches = (v: unknown): boolean =>
      (type === 'string' && typeof v === 'string') ||
      (type === 'boolean' && typeof v === 'boolean') ||
      (type === 'integer' && Number.isSafeInteger(v)) ||
      (type === 'number' && typeof v === 'number' && Number.isFinite(v));
    return examples.find(matches);
  }

  private stringOf(schema: Json): string {
    const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
    const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
    let text = (typeof schema.format === 'string' ? FORMAT_SAMPLES[schema.format] : undefined) ?? 'sample';
    if (typeof schema.pattern === 'string') {
      const pattern = new RegExp(schema.pattern, 'u');
      if (!pattern.test(text)) text = fc.sample(fc.stringMatching(pattern), { seed: 42, numRuns: 1 })[0] ?? text;
    }
    while ([...text].length < min) text += 'x';
    return [...text].slice(0, max === Infinity ? undefined : Math.max(max, min)).join('');
  }

  private numberOf(schema: Json, type: string): number {
    let n = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : 1;
    const max = typeof schema.maximum === 'number' ? schema.maximum : typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - 1 : undefined;
    if (max !== undefined && n > max) n = max;
    if (typeof schema.multipleOf === 'number' && schema.multipleOf > 0) n = Math.ceil(n / schema.multipleOf) * schema.multipleOf;
    return type === 'integer' ? Math.ceil(n) : n;
  }

  private arrayOf(schema: Json, options: SampleOptions, depth: number): unknown[] {
    const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
    const count = depth >= MAX_DEPTH ? min : Math.max(min, options.full ? 1 : 0);
    const items = this.resolve(schema.items);
    const distinct = [items.enum, items['x-extensible-enum']].find(Array.isArray) as unknown[] | undefined;
    return Array.from({ length: count }, (_, i) => (distinct && distinct.length > i ? distinct[i] : this.value(items, options, depth + 1)));
  }

  private objectOf(schema: Json, options: SampleOptions, depth: number): Json {
    const out: Json = {};
    const properties = this.propertiesOf(schema);
    const required = new Set(this.requiredOf(schema));
    for (const [name, property] of properties) {
      const wanted = required.has(name) || (options.full === true && depth < MAX_DEPTH && !this.resolve(property).deprecated);
      if (wanted) define(out, name, this.value(property, options, depth + 1));
    }
    if (properties.size === 0 && isRecord(schema.additionalProperties) && options.full === true && depth < MAX_DEPTH) {
      out.key = this.value(schema.additionalProperties, options, depth + 1);
    }
    return out;
  }

  /** Names of the first "at least one of" group of an object schema (`anyOf` of `required`). */
  firstRequiredGroup(schema: Json): string[] {
    const groups: string[][] = [];
    const visit = (member: Json): void => {
      if (Array.isArray(member.anyOf)) {
        for (const alt of member.anyOf) if (isRecord(alt) && Array.isArray(alt.required)) groups.push(alt.required as string[]);
      }
      if (Array.isArray(member.allOf)) for (const m of member.allOf) visit(this.resolve(m));
    };
    visit(schema);
    return groups[0] ?? [];
  }
}

function define(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function parsePointer(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function containerAt(root: unknown, tokens: readonly string[]): unknown {
  return tokens.reduce<unknown>((node, token) => (node !== null && typeof node === 'object' ? (node as Json)[token] : undefined), root);
}

/**
 * The request schema of an operation as the generated client sees it: path/query/header parameters by name at
 * the top level, the JSON body under `body`.
 */
export function requestSchemaOf(operation: Json): Json {
  const properties: Json = {};
  const required: string[] = [];
  for (const param of (operation.parameters as Json[] | undefined) ?? []) {
    properties[param.name as string] = param.schema ?? {};
    if (param.required === true) required.push(param.name as string);
  }
  const body = operation.requestBody as Json | undefined;
  if (body) {
    const content = body.content as Record<string, Json>;
    const media = content['application/json'] ?? Object.values(content)[0];
    properties.body = media?.schema ?? {};
    if (body.required === true) required.push('body');
  }
  return { type: 'object', properties, required };
}

/**
 * A request the operation's validator accepts: drafted from the schema, then repaired from the validator's
 * issues. Throws when the validator still objects after repairs (a schema no request can satisfy).
 */
export function sampleRequest(document: Json, operation: Json, validate: ValidateLike, options: SampleOptions = {}): Json {
  const sampler = new SchemaSampler(document);
  const schema = requestSchemaOf(operation);
  const request = sampler.value(schema, options) as Json;
  for (let round = 0; round < MAX_REPAIRS; round++) {
    const result = validate(request);
    if (result.ok) return request;
    const issue = result.issues[0]!;
    const tokens = parsePointer(issue.path);
    if (issue.code === 'any_required') {
      const target = containerAt(request, tokens) as Json;
      const objectSchema = sampler.schemaAt(schema, tokens) ?? {};
      const group = sampler.firstRequiredGroup(objectSchema);
      if (group.length === 0) break;
      for (const name of group) define(target, name, sampler.value(sampler.propertiesOf(objectSchema).get(name), options));
      continue;
    }
    const parent = containerAt(request, tokens.slice(0, -1));
    const key = tokens[tokens.length - 1];
    if (key === undefined || parent === null || typeof parent !== 'object') break;
    if (issue.code === 'required' || issue.code === 'conditional_required') {
      define(parent as Json, key, sampler.value(sampler.schemaAt(schema, tokens), options));
    } else if (Array.isArray(parent)) {
      parent.splice(Number(key), 1);
    } else {
      delete (parent as Json)[key];
    }
  }
  const final = validate(request);
  if (!final.ok) throw new Error(`cannot synthesize a valid request: ${JSON.stringify(final.issues.slice(0, 3))}`);
  return request;
}
