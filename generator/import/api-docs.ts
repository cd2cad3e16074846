/**
 * The subset of Alibaba's "api-docs" metadata format the importer reads, and a parser that checks
 * the shape before any conversion starts (so bad input fails fast with a JSON Pointer).
 */
import { readFileSync } from 'node:fs';
import { ImportError, pointer } from './errors.ts';

/** A schema as written in api-docs: JSON Schema-like, with strings where numbers belong. */
export interface AliSchema {
  $ref?: string;
  type?: string;
  format?: string;
  title?: string;
  description?: string;
  /** Property-level: this property is required in its parent object (or the parameter is required). */
  required?: boolean;
  /** Documentation-only flag; never affects validation. */
  docRequired?: boolean;
  deprecated?: boolean;
  enum?: unknown[];
  enumValueTitles?: Record<string, unknown>;
  default?: unknown;
  example?: unknown;
  maximum?: unknown;
  minimum?: unknown;
  exclusiveMaximum?: unknown;
  exclusiveMinimum?: unknown;
  multipleOf?: unknown;
  maxLength?: unknown;
  minLength?: unknown;
  pattern?: unknown;
  maxItems?: unknown;
  minItems?: unknown;
  uniqueItems?: unknown;
  items?: AliSchema;
  properties?: Record<string, AliSchema>;
  additionalProperties?: AliSchema | boolean;
  [other: string]: unknown;
}

export type AliParameterLocation = 'path' | 'query' | 'header' | 'body' | 'formData';

export interface AliParameter {
  name: string;
  in: AliParameterLocation;
  style?: string;
  schema: AliSchema;
}

export interface AliResponse {
  schema?: AliSchema;
}

export interface AliApi {
  path: string;
  methods: string[];
  title?: string;
  summary?: string;
  description?: string;
  deprecated?: boolean;
  parameters: AliParameter[];
  responses?: Record<string, AliResponse>;
  [other: string]: unknown;
}

export interface AliEndpoint {
  regionId: string;
  endpoint: string;
}

export interface ApiDocs {
  info: { product: string; version: string; style: string };
  components: { schemas: Record<string, AliSchema> };
  apis: Record<string, AliApi>;
  endpoints: AliEndpoint[];
}

const LOCATIONS = new Set<string>(['path', 'query', 'header', 'body', 'formData']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads and parses a JSON metadata file; throws ImportError naming the file. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ImportError(file, '', `cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseJson(text, file);
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImportError(file, '', `not JSON (${(error as Error).message})`);
  }
}

/** Reads and checks an api-docs file; throws ImportError naming the file and a JSON Pointer. */
export function readApiDocs(file: string): ApiDocs {
  return checkApiDocs(readJsonFile(file), file);
}

export function parseApiDocs(text: string, file: string): ApiDocs {
  return checkApiDocs(parseJson(text, file), file);
}

export function checkApiDocs(raw: unknown, file: string): ApiDocs {
  const fail = (ptr: string, detail: string): never => {
    throw new ImportError(file, ptr, detail);
  };
  if (!isRecord(raw)) fail('', 'not api-docs metadata: expected a JSON object');
  const doc = raw as Record<string, unknown>;
  const info = doc['info'];
  if (!isRecord(info)) return fail('/info', 'not api-docs metadata: missing "info" object');
  for (const key of ['product', 'version', 'style'] as const) {
    if (typeof info[key] !== 'string' || info[key] === '') fail(pointer('info', key), 'expected a non-empty string');
  }
  // Product and version name the output folder.
  for (const key of ['product', 'version'] as const) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(info[key] as string)) fail(pointer('info', key), 'expected letters, digits, ".", "_" or "-"');
  }
  if (info['style'] !== 'ROA' && info['style'] !== 'RPC') fail('/info/style', 'expected "ROA" or "RPC"');
  const apis = doc['apis'];
  if (!isRecord(apis)) return fail('/apis', 'not api-docs metadata: missing "apis" object');
  const components = doc['components'] ?? { schemas: {} };
  if (!isRecord(components)) return fail('/components', 'expected an object');
  const schemas = components['schemas'] ?? {};
  if (!isRecord(schemas)) return fail('/components/schemas', 'expected an object');
  for (const [name, schema] of Object.entries(schemas)) checkSchema(schema, pointer('components', 'schemas', name), fail);
  const endpoints = doc['endpoints'] ?? [];
  if (!Array.isArray(endpoints)) return fail('/endpoints', 'expected an array');
  const regions = new Set<string>();
  endpoints.forEach((endpoint: unknown, i) => {
    if (!isRecord(endpoint) || typeof endpoint['regionId'] !== 'string' || typeof endpoint['endpoint'] !== 'string') {
      return fail(pointer('endpoints', i), 'expected { regionId, endpoint } strings');
    }
    if (regions.has(endpoint['regionId'])) fail(pointer('endpoints', i, 'regionId'), `region ${JSON.stringify(endpoint['regionId'])} is listed twice`);
    regions.add(endpoint['regionId']);
  });
  for (const [name, api] of Object.entries(apis)) checkApi(api, name, fail);
  return {
    info: info as ApiDocs['info'],
    components: { schemas: schemas as Record<string, AliSchema> },
    apis: apis as Record<string, AliApi>,
    endpoints: endpoints as AliEndpoint[],
  };
}

type Fail = (ptr: string, detail: string) => never;

function checkApi(api: unknown, name: string, fail: Fail): void {
  const base = pointer('apis', name);
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) fail(base, 'operation names must be alphanumeric identifiers');
  if (!isRecord(api)) return fail(base, 'expected an object');
  if (typeof api['path'] !== 'string' || !api['path'].startsWith('/')) fail(`${base}/path`, 'expected a path starting with "/"');
  const methods = api['methods'];
  if (!Array.isArray(methods) || methods.length === 0 || !methods.every((m) => typeof m === 'string')) {
    fail(`${base}/methods`, 'expected a non-empty array of HTTP methods');
  }
  const parameters = api['parameters'] ?? [];
  if (!Array.isArray(parameters)) return fail(`${base}/parameters`, 'expected an array');
  parameters.forEach((parameter: unknown, i) => {
    const ptr = `${base}/parameters/${i}`;
    if (!isRecord(parameter)) return fail(ptr, 'expected an object');
    if (typeof parameter['name'] !== 'string' || parameter['name'] === '') fail(`${ptr}/name`, 'expected a non-empty string');
    if (typeof parameter['in'] !== 'string' || !LOCATIONS.has(parameter['in'])) {
      fail(`${ptr}/in`, `unsupported parameter location ${JSON.stringify(parameter['in'])}`);
    }
    if (parameter['style'] !== undefined && typeof parameter['style'] !== 'string') fail(`${ptr}/style`, 'expected a string');
    checkSchema(parameter['schema'] ?? {}, `${ptr}/schema`, fail);
  });
  if (api['parameters'] === undefined) api['parameters'] = [];
  const responses = api['responses'];
  if (responses === undefined) return;
  if (!isRecord(responses)) return fail(`${base}/responses`, 'expected an object');
  for (const [status, response] of Object.entries(responses)) {
    const ptr = `${base}/responses/${status}`;
    if (!/^([1-5][0-9X]{2}|default)$/i.test(status)) fail(ptr, 'expected an HTTP status code, a range like 5XX, or "default"');
    if (!isRecord(response)) return fail(ptr, 'expected an object');
    if (response['schema'] !== undefined) checkSchema(response['schema'], `${ptr}/schema`, fail);
  }
}

function checkSchema(schema: unknown, ptr: string, fail: Fail): void {
  if (!isRecord(schema)) return fail(ptr, 'expected a schema object');
  if (schema['$ref'] !== undefined && (typeof schema['$ref'] !== 'string' || !schema['$ref'].startsWith('#/components/schemas/'))) {
    fail(`${ptr}/$ref`, 'expected a reference into #/components/schemas/');
  }
  if (schema['type'] !== undefined && typeof schema['type'] !== 'string') fail(`${ptr}/type`, 'expected a string');
  const properties = schema['properties'];
  if (properties !== undefined) {
    if (!isRecord(properties)) return fail(`${ptr}/properties`, 'expected an object');
    for (const [name, property] of Object.entries(properties)) checkSchema(property, `${ptr}/properties/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`, fail);
  }
  if (schema['items'] !== undefined) checkSchema(schema['items'], `${ptr}/items`, fail);
  const additional = schema['additionalProperties'];
  if (additional !== undefined && typeof additional !== 'boolean') checkSchema(additional, `${ptr}/additionalProperties`, fail);
  if (schema['enum'] !== undefined && !Array.isArray(schema['enum'])) fail(`${ptr}/enum`, 'expected an array');
  if (schema['enumValueTitles'] !== undefined && !isRecord(schema['enumValueTitles'])) fail(`${ptr}/enumValueTitles`, 'expected an object');
}
