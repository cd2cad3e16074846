/**
 * Response shapes read from the official SDK's model classes, for the operations whose api-docs metadata (every
 * vintage) gives no response schema. The official SDK (`@alicloud/cs20151215`) is generated from Alibaba's newer
 * internal metadata; each model class states its fields' wire names (`static names()`) and types (`static types()`).
 * Those facts are snapshotted into a committed JSON file (`npm run import:sdk-shapes`, extract-sdk-shapes.ts), which
 * the importer reads beside the api-docs files: nothing depends on the SDK package at import or generation time.
 *
 * File format (`<product>-<version>.sdk-response-shapes.json`):
 * `{ "kind": "sdk-response-shapes", "source": "<package>@<version>", "info": { product, version },
 *    "responses": { "<Action>": <api-docs schema of the success body> } }`
 */
import type { AliSchema, ApiDocs } from './api-docs.ts';
import { ImportError, pointer } from './errors.ts';
import { hasResponseSchema } from './merge-vintages.ts';
import { isRecord } from '../load/pointer.ts';

export const SHAPES_KIND = 'sdk-response-shapes';

export interface ResponseShapes {
  kind: typeof SHAPES_KIND;
  /** `<npm package>@<version>` the shapes were read from. */
  source: string;
  info: { product: string; version: string };
  responses: Record<string, AliSchema>;
}

/** What a model class's `static types()` gives for one field. */
type ModelType = string | ModelClass | { type: 'array'; itemType: ModelType } | { type: 'map'; keyType: string; valueType: ModelType };

export interface ModelClass {
  name: string;
  names(): Record<string, string>;
  types(): Record<string, ModelType>;
}

const isModelClass = (value: unknown): value is ModelClass =>
  typeof value === 'function' && typeof (value as Partial<ModelClass>).names === 'function' && typeof (value as Partial<ModelClass>).types === 'function';

const SCALARS: Record<string, AliSchema> = {
  string: { type: 'string' },
  number: { type: 'number' },
  integer: { type: 'integer' },
  boolean: { type: 'boolean' },
  any: {},
};

/** Lower case without `_`: `data_disk` and `DataDisk` name the same component. */
const componentKey = (name: string): string => name.replaceAll('_', '').toLowerCase();

/**
 * Converts one model type into an api-docs schema. A class shared across operations (e.g. `Tag`) whose name matches
 * a metadata component becomes a `$ref` to it; every other class is written inline (a class seen again inside itself
 * becomes an open schema rather than recursing).
 */
export function modelSchema(type: ModelType, components: ReadonlyMap<string, string>, seen: ReadonlySet<ModelClass> = new Set()): AliSchema {
  if (typeof type === 'string') {
    const scalar = Object.hasOwn(SCALARS, type) ? SCALARS[type] : undefined;
    if (scalar === undefined) throw new Error(`unsupported model type ${JSON.stringify(type)}`);
    return { ...scalar };
  }
  if (isModelClass(type)) {
    const component = components.get(componentKey(type.name));
    if (component !== undefined) return { $ref: `#/components/schemas/${component}` };
    if (seen.has(type)) return {};
    const inner = new Set(seen).add(type);
    const names = type.names();
    const types = type.types();
    const properties: Record<string, AliSchema> = {};
    for (const [field, wireName] of Object.entries(names)) {
      const fieldType = types[field];
      if (fieldType !== undefined) properties[wireName] = modelSchema(fieldType, components, inner);
    }
    return { type: 'object', properties };
  }
  if (type.type === 'array') return { type: 'array', items: modelSchema(type.itemType, components, seen) };
  if (type.type === 'map') return { type: 'object', additionalProperties: modelSchema(type.valueType, components, seen) };
  throw new Error(`unsupported model type ${JSON.stringify(type)}`);
}

/**
 * The success body of every `<Action>Response` class in `models` (name matched case-insensitively: the SDK spells
 * some `…V1response`). Classes without a `body` field, or whose body has no fields, are left out: they add nothing to
 * the metadata's bare success status.
 */
export function responseShapesOf(models: Record<string, unknown>, actions: readonly string[], components: readonly string[]): Record<string, AliSchema> {
  const byLowerName = new Map(Object.entries(models).map(([name, value]) => [name.toLowerCase(), value]));
  const componentNames = new Map(components.map((name) => [componentKey(name), name]));
  const responses: Record<string, AliSchema> = {};
  for (const action of [...actions].sort()) {
    const model = byLowerName.get(`${action}Response`.toLowerCase());
    if (!isModelClass(model)) continue;
    const body = model.types()['body'];
    if (body === undefined) continue;
    const schema = modelSchema(body, componentNames);
    // A body class without fields says no more than the metadata's bare success status.
    if (schema.type === 'object' && Object.keys(schema.properties ?? {}).length === 0) continue;
    responses[action] = schema;
  }
  return responses;
}

/** True when a parsed metadata file is a response-shapes snapshot rather than api-docs. */
export const isResponseShapes = (raw: unknown): boolean => isRecord(raw) && raw['kind'] === SHAPES_KIND;

/** Checks a parsed snapshot's outline; throws ImportError naming the file and a JSON Pointer. */
export function checkResponseShapes(raw: unknown, file: string): ResponseShapes {
  const fail = (ptr: string, detail: string): never => {
    throw new ImportError(file, ptr, detail);
  };
  if (!isRecord(raw) || raw['kind'] !== SHAPES_KIND) return fail('/kind', `expected "${SHAPES_KIND}"`);
  if (typeof raw['source'] !== 'string' || raw['source'] === '') fail('/source', 'expected a non-empty string');
  const info = raw['info'];
  if (!isRecord(info)) return fail('/info', 'expected { product, version }');
  for (const key of ['product', 'version'] as const) if (typeof info[key] !== 'string') fail(pointer('info', key), 'expected a string');
  const responses = raw['responses'];
  if (!isRecord(responses)) return fail('/responses', 'expected an object of action → schema');
  for (const [action, schema] of Object.entries(responses)) {
    if (!isRecord(schema)) fail(pointer('responses', action), 'expected a schema object');
  }
  return raw as unknown as ResponseShapes;
}

/**
 * Gives every operation of `docs` that has no success response schema the snapshot's shape, if it has one.
 * Returns the merged metadata and the actions filled (sorted); never replaces a schema the metadata has.
 */
export function fillResponses(docs: ApiDocs, shapes: ResponseShapes, file: string): { docs: ApiDocs; filled: string[] } {
  const { product, version } = shapes.info;
  if (product !== docs.info.product || version !== docs.info.version) {
    throw new ImportError(file, '/info', `describes ${product} ${version}, while the metadata describes ${docs.info.product} ${docs.info.version}`);
  }
  const filled: string[] = [];
  const apis = Object.fromEntries(
    Object.entries(docs.apis).map(([action, api]) => {
      const hasSchema = hasResponseSchema(api);
      const shape = Object.hasOwn(shapes.responses, action) ? shapes.responses[action] : undefined;
      if (hasSchema || shape === undefined) return [action, api];
      filled.push(action);
      const status = Object.keys(api.responses ?? {}).find((s) => /^2/.test(s)) ?? '200';
      return [action, { ...api, responses: { ...api.responses, [status]: { schema: shape } } }];
    }),
  );
  return { docs: { ...docs, apis }, filled: filled.sort() };
}
