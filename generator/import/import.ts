/**
 * The pure core of the importer: api-docs metadata in, OpenAPI 3.1 files (name → YAML text) out.
 */
import type { ApiDocs } from './api-docs.ts';
import { convertComponents, planComponents } from './convert-components.ts';
import { convertOperation } from './convert-operation.ts';
import { convertProduct, productFolder } from './convert-product.ts';
import { ImportError, pointer } from './errors.ts';
import type { JsonObject, JsonValue } from './json.ts';
import { renderOwnedFile } from './owned-file.ts';

export interface ImportOptions {
  /** Actions to import; all of them when undefined. */
  ops?: string[];
  /** Carry Alibaba's titles and descriptions (for local use only: never commit them). */
  withDescriptions?: boolean;
  /** File name used in error messages. */
  file?: string;
}

export interface ImportResult {
  /** `<product lower>-<version>`. */
  folder: string;
  /** Imported actions, sorted. */
  operations: string[];
  /** File name → OpenAPI document, in write order. */
  documents: Map<string, JsonObject>;
}

/** Picks the requested actions; an unknown name is an error naming its would-be pointer. */
export function selectOperations(docs: ApiDocs, ops: string[] | undefined, file: string): string[] {
  const all = Object.keys(docs.apis);
  if (ops === undefined) return [...all].sort();
  const unique = [...new Set(ops)];
  for (const name of unique) {
    if (!Object.hasOwn(docs.apis, name)) throw new ImportError(file, pointer('apis', name), `unknown operation ${JSON.stringify(name)}`);
  }
  return unique.sort();
}

export function importApiDocs(docs: ApiDocs, options: ImportOptions = {}): ImportResult {
  const file = options.file ?? '<api-docs>';
  const withDescriptions = options.withDescriptions ?? false;
  const fail = (ptr: string, detail: string): never => {
    throw new ImportError(file, ptr, detail);
  };
  const operations = selectOperations(docs, options.ops, file);
  const plan = planComponents(docs);
  const documents = new Map<string, JsonObject>();
  documents.set('product.yaml', convertProduct(docs));
  const allSchemas = convertComponents(docs, plan, withDescriptions, fail);
  const operationDocuments = new Map<string, JsonObject>();
  const routes = new Map<string, string>();
  for (const action of operations) {
    const api = docs.apis[action]!;
    const route = `${api.methods[0]?.toLowerCase()} ${api.path}`;
    const other = routes.get(route);
    if (other !== undefined) fail(pointer('apis', action, 'path'), `${route} is already used by ${other}`);
    routes.set(route, action);
    operationDocuments.set(`${action}.yaml`, convertOperation(action, docs.apis[action]!, { plan, withDescriptions, fail }));
  }
  const used = reachableSchemas([...operationDocuments.values()], allSchemas);
  const schemas = Object.fromEntries(Object.entries(allSchemas).filter(([name]) => used.has(name)));
  if (Object.keys(schemas).length > 0) documents.set('components.yaml', { components: { schemas } });
  for (const [name, document] of operationDocuments) documents.set(name, document);
  return { folder: productFolder(docs), operations, documents };
}

const refsIn = (value: JsonValue | undefined): string[] =>
  [...JSON.stringify(value ?? null).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);

/** Component schemas the operations reach, directly or through other components: the only ones worth emitting. */
export function reachableSchemas(operations: JsonObject[], schemas: JsonObject): Set<string> {
  const used = new Set<string>();
  const queue = operations.flatMap((document) => refsIn(document));
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (used.has(name) || !Object.hasOwn(schemas, name)) continue;
    used.add(name);
    queue.push(...refsIn(schemas[name]));
  }
  return used;
}

export function renderDocuments(documents: Map<string, JsonObject>): Map<string, string> {
  return new Map([...documents].map(([name, doc]) => [name, renderOwnedFile(doc)]));
}
