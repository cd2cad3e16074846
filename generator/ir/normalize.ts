import type { OpenAPIV3_1 } from 'openapi-types';
import { escapePointerToken, isRecord } from '../load/pointer.ts';
import { declaredParameters, effectiveParameters, resolveRef } from '../load/operation-parameters.ts';
import { specErrorAt, type Locator } from '../load/spec-error.ts';
import { firstSentence, readDoc } from './doc.ts';
import { readPackageInfo, type PackageOverrides } from './package-info.ts';
import { actionWordCasing, toMethodName, toPascalCase } from './naming.ts';
import { TypeRegistry } from './schema-to-shape.ts';
import { readPagination, readWaiters } from './lifecycle.ts';
import type { HttpMethod, JsonValue, Operation, Parameter, RegionEndpoint, RequestExample, ResponseIR, Service } from './types.ts';

type Node = Record<string, unknown>;

const METHODS: readonly HttpMethod[] = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'HEAD'];
const IDEMPOTENT_BY_DEFAULT = new Set<HttpMethod>(['GET', 'HEAD', 'PUT', 'DELETE']);

function operationIdsOf(openapi: OpenAPIV3_1.Document): string[] {
  return Object.values(openapi.paths ?? {}).flatMap((item) =>
    METHODS.map((m) => (item as Record<string, { operationId?: string } | undefined>)[m.toLowerCase()]?.operationId).filter((id): id is string => id !== undefined),
  );
}

/** OpenAPI (bundled, validated) → IR. Nothing past this point knows about OpenAPI. */
export function normalize(document: Node, locator: Locator, packageOverrides: PackageOverrides = {}): Service {
  // The loader has validated the document against OpenAPI 3.1, so its standard parts can be read as typed.
  const openapi = document as unknown as OpenAPIV3_1.Document;
  const registry = new TypeRegistry(document, locator, actionWordCasing(operationIdsOf(openapi)));
  const product = String(document['x-acs-product']);
  const version = String(document['x-acs-version']);
  const info = openapi.info;

  // Components first, in name order, so that names of shared types never depend on operation order.
  const schemas = openapi.components?.schemas ?? {};
  for (const name of Object.keys(schemas).sort()) registry.componentShape(name);

  const operations = collectOperations(document, registry, locator).sort((a, b) => (a.action < b.action ? -1 : 1));
  const errorRef = operations.flatMap((op) => op.errors).find((e) => e.shape?.kind === 'ref')?.shape;
  const endpointTemplate = typeof document['x-acs-endpoint'] === 'string' ? document['x-acs-endpoint'] : `${product.toLowerCase()}.{region}.aliyuncs.com`;
  const defaultRegion = document['x-acs-default-region'];
  const folderName = `${product.toLowerCase()}-${version}`;
  const npmPackage = readPackageInfo(document, locator, folderName, packageOverrides);

  return {
    product,
    version,
    folderName,
    packageName: npmPackage.name,
    package: npmPackage.info,
    clientName: `${toPascalCase(product.toLowerCase())}Client`,
    title: typeof info.title === 'string' ? info.title : product,
    description: typeof info.description === 'string' ? info.description.trim() : '',
    style: document['x-acs-style'] === 'RPC' ? 'RPC' : 'ROA',
    endpointTemplate,
    regions: readRegions(document['x-acs-endpoints']),
    ...(typeof defaultRegion === 'string' ? { defaultRegion } : {}),
    operations,
    types: registry.namedTypes(),
    ...(errorRef?.kind === 'ref' ? { errorType: errorRef.name } : {}),
    waiters: readWaiters(document, operations),
  };
}

function readRegions(endpoints: unknown): RegionEndpoint[] {
  if (!isRecord(endpoints)) return [];
  return Object.entries(endpoints)
    .map(([regionId, host]) => ({ regionId, host: String(host) }))
    .sort((a, b) => (a.regionId < b.regionId ? -1 : 1));
}

function collectOperations(document: Node, registry: TypeRegistry, locator: Locator): Operation[] {
  const operations: Operation[] = [];
  const paths = isRecord(document.paths) ? document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const method of METHODS) {
      const operation = item[method.toLowerCase()];
      if (!isRecord(operation)) continue;
      const pointer = `/paths/${escapePointerToken(path)}/${method.toLowerCase()}`;
      operations.push(toOperation(document, registry, locator, { path, method, item, operation, pointer }));
    }
  }
  return operations;
}

interface OperationSource {
  path: string;
  method: HttpMethod;
  item: Node;
  operation: Node;
  pointer: string;
}

function toOperation(document: Node, registry: TypeRegistry, locator: Locator, source: OperationSource): Operation {
  const { path, method, item, operation, pointer } = source;
  const action = String(operation.operationId);
  const description = typeof operation.description === 'string' ? operation.description.trim() : '';
  const summary = typeof operation.summary === 'string' ? operation.summary.trim() : firstSentence(description);
  const parameters = readParameters(document, registry, locator, action, item, operation, pointer);
  const body = readBody(document, registry, action, operation, pointer);
  checkNoNameClash(locator, pointer, parameters);
  const { success, errors } = readResponses(document, registry, action, operation, pointer);
  const pagination = readPagination(operation);
  return {
    action,
    methodName: toMethodName(action),
    summary,
    description,
    method,
    path,
    parameters,
    ...(body ? { body } : {}),
    requestType: `${action}Request`,
    responseType: `${action}Response`,
    success,
    errors,
    idempotent: typeof operation['x-acs-idempotent'] === 'boolean' ? operation['x-acs-idempotent'] : IDEMPOTENT_BY_DEFAULT.has(method),
    deprecated: operation.deprecated === true,
    requestExamples: readRequestExamples(operation['x-acs-request-examples'], locator, `${pointer}/x-acs-request-examples`),
    ...(pagination ? { pagination } : {}),
    source: pointer,
  };
}

function readParameters(
  document: Node,
  registry: TypeRegistry,
  locator: Locator,
  action: string,
  item: Node,
  operation: Node,
  pointer: string,
): Parameter[] {
  return effectiveParameters(declaredParameters(document, item, operation, pointer)).map(({ param, at }): Parameter => {
    const location = param.in as Parameter['location'];
    const wireName = String(param.name);
    const schema = isRecord(param.schema) ? param.schema : {};
    const shape = registry.shapeOf(schema, `${at}/schema`, `${action}${toPascalCase(wireName)}`);
    if (location !== 'query' && registry.isStructured(shape) && param['x-acs-style'] !== 'json') {
      throw specErrorAt(locator, `${at}/schema`, `${location} parameter "${wireName}" must be a string, number, boolean or array (or use x-acs-style: json)`);
    }
    return {
      wireName,
      location,
      required: location === 'path' || param.required === true,
      shape,
      style: param['x-acs-style'] === 'json' ? 'json' : location === 'query' ? 'form' : 'simple',
      explode: param.explode !== false,
      doc: readDoc(param, schema),
    };
  });
}

function checkNoNameClash(locator: Locator, pointer: string, parameters: Parameter[]): void {
  const seen = new Set<string>();
  for (const param of parameters) {
    if (param.wireName === 'body') throw specErrorAt(locator, pointer, 'a parameter named "body" would clash with the request body in the request type');
    if (seen.has(param.wireName)) throw specErrorAt(locator, pointer, `parameter "${param.wireName}" is declared in two locations; request types need distinct names`);
    seen.add(param.wireName);
  }
}

function readBody(document: Node, registry: TypeRegistry, action: string, operation: Node, pointer: string): Operation['body'] {
  if (operation.requestBody === undefined) return undefined;
  const body = resolveRef(document, operation.requestBody);
  const content = isRecord(body.content) ? body.content : {};
  const mediaType = Object.keys(content)[0];
  if (mediaType === undefined) return undefined;
  const media = isRecord(content[mediaType]) ? (content[mediaType] as Node) : {};
  const at = `${pointer}/requestBody/content/${escapePointerToken(mediaType)}/schema`;
  return {
    shape: registry.shapeOf(media.schema, at, `${action}Body`),
    required: body.required === true,
    mediaType,
    doc: readDoc(body),
  };
}

function readResponses(
  document: Node,
  registry: TypeRegistry,
  action: string,
  operation: Node,
  pointer: string,
): { success: ResponseIR; errors: ResponseIR[] } {
  const responses = isRecord(operation.responses) ? operation.responses : {};
  const statuses = Object.keys(responses).sort();
  const successStatus = statuses.find((s) => /^2(\d\d|XX)$/i.test(s));
  const toResponse = (status: string, nameHint: string): ResponseIR => {
    const response = resolveRef(document, responses[status]);
    const content = isRecord(response.content) ? response.content : {};
    const mediaType = Object.keys(content)[0];
    const media = mediaType !== undefined && isRecord(content[mediaType]) ? (content[mediaType] as Node) : undefined;
    const at = `${pointer}/responses/${escapePointerToken(status)}/content/${escapePointerToken(mediaType ?? '')}/schema`;
    return {
      status,
      ...(media?.schema !== undefined ? { shape: registry.shapeOf(media.schema, at, nameHint) } : {}),
      description: typeof response.description === 'string' ? response.description.trim() : '',
      examples: media ? readDoc(media).examples : [],
    };
  };
  const success = successStatus ? toResponse(successStatus, `${action}Response`) : { status: '200', description: '', examples: [] };
  const errors = statuses.filter((s) => s !== successStatus && !/^[123]/.test(s)).map((s) => toResponse(s, `${action}Error${toPascalCase(s)}`));
  return { success, errors };
}

function readRequestExamples(raw: unknown, locator: Locator, pointer: string): RequestExample[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw specErrorAt(locator, pointer, 'must be a list of { title, value }');
  return raw.map((entry, i) => {
    if (!isRecord(entry) || typeof entry.title !== 'string' || !isRecord(entry.value)) {
      throw specErrorAt(locator, `${pointer}/${i}`, 'each request example needs a "title" string and a "value" object');
    }
    return { title: entry.title, value: entry.value as { [key: string]: JsonValue } };
  });
}

