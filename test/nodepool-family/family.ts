/**
 * The node-pool family as the tests see it: the five operations, what the spec says about each, and the bundled
 * spec (generated/cs-2015-12-15/openapi.json) the package was generated from.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const packageDir = path.join(repoRoot, 'generated', 'cs-2015-12-15');

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface FamilyOperation {
  action: string;
  methodName: string;
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  path: string;
  idempotent: boolean;
  pathParams: string[];
  queryParams: string[];
  hasBody: boolean;
}

export const FAMILY: readonly FamilyOperation[] = [
  {
    action: 'DescribeClusterNodePools',
    methodName: 'describeClusterNodePools',
    method: 'GET',
    path: '/clusters/{ClusterId}/nodepools',
    idempotent: true,
    pathParams: ['ClusterId'],
    queryParams: ['NodepoolName'],
    hasBody: false,
  },
  {
    action: 'DescribeClusterNodePoolDetail',
    methodName: 'describeClusterNodePoolDetail',
    method: 'GET',
    path: '/clusters/{ClusterId}/nodepools/{NodepoolId}',
    idempotent: true,
    pathParams: ['ClusterId', 'NodepoolId'],
    queryParams: [],
    hasBody: false,
  },
  {
    action: 'ModifyClusterNodePool',
    methodName: 'modifyClusterNodePool',
    method: 'PUT',
    path: '/clusters/{ClusterId}/nodepools/{NodepoolId}',
    idempotent: true,
    pathParams: ['ClusterId', 'NodepoolId'],
    queryParams: [],
    hasBody: true,
  },
  {
    action: 'ScaleClusterNodePool',
    methodName: 'scaleClusterNodePool',
    method: 'POST',
    path: '/clusters/{ClusterId}/nodepools/{NodepoolId}',
    idempotent: false,
    pathParams: ['ClusterId', 'NodepoolId'],
    queryParams: [],
    hasBody: true,
  },
  {
    action: 'DeleteClusterNodepool',
    methodName: 'deleteClusterNodepool',
    method: 'DELETE',
    path: '/clusters/{ClusterId}/nodepools/{NodepoolId}',
    idempotent: true,
    pathParams: ['ClusterId', 'NodepoolId'],
    queryParams: ['force'],
    hasBody: false,
  },
];

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asObject(value: unknown, where: string): JsonObject {
  if (!isObject(value)) throw new Error(`${where} is not an object`);
  return value;
}

/** The bundled OpenAPI document shipped in the generated package. */
export const bundled: JsonObject = asObject(
  JSON.parse(readFileSync(path.join(packageDir, 'openapi.json'), 'utf8')),
  'openapi.json',
);

export function operationObject(op: FamilyOperation): JsonObject {
  const item = asObject(asObject(bundled.paths, 'paths')[op.path], op.path);
  return asObject(item[op.method.toLowerCase()], `${op.method} ${op.path}`);
}

/** Follows `#/...` references inside the bundled document. */
export function deref(value: unknown): JsonObject {
  let node = value;
  for (let hops = 0; isObject(node) && typeof node.$ref === 'string'; hops += 1) {
    if (hops > 20) throw new Error('$ref cycle');
    const ref: string = node.$ref;
    node = ref
      .slice(2)
      .split('/')
      .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((at, token) => (isObject(at) ? at[token] : undefined), bundled);
  }
  return asObject(node, 'resolved schema');
}

export interface RequestExample {
  title: string;
  value: JsonObject;
}

export function requestExamples(op: FamilyOperation): RequestExample[] {
  const examples = operationObject(op)['x-acs-request-examples'];
  if (!Array.isArray(examples)) return [];
  return examples.map((example, i) => {
    const entry = asObject(example, `${op.action} example ${i}`);
    return { title: String(entry.title), value: asObject(entry.value, `${op.action} example ${i} value`) };
  });
}

function successMedia(op: FamilyOperation): JsonObject {
  const responses = asObject(operationObject(op).responses, `${op.action} responses`);
  const ok = deref(responses['200']);
  return asObject(asObject(ok.content, `${op.action} 200 content`)['application/json'], `${op.action} 200 media`);
}

/** The example body of the 200 response. */
export function responseExample(op: FamilyOperation): JsonObject {
  return asObject(successMedia(op).example, `${op.action} 200 example`);
}

/** The schema of the 200 response body (unresolved, as written). */
export function responseSchema(op: FamilyOperation): Json {
  return successMedia(op).schema ?? null;
}

/** The schema of the JSON request body, resolved; undefined when the operation takes none. */
export function requestBodySchema(op: FamilyOperation): JsonObject | undefined {
  const requestBody = operationObject(op).requestBody;
  if (requestBody === undefined) return undefined;
  const media = asObject(asObject(deref(requestBody).content, 'content')['application/json'], 'media');
  return deref(media.schema);
}

/** Names of the operation's parameters in one location, in spec order. */
export function parameterNames(op: FamilyOperation, location: 'path' | 'query' | 'header'): string[] {
  const parameters = operationObject(op).parameters;
  if (!Array.isArray(parameters)) return [];
  return parameters.map(deref).filter((p) => p.in === location).map((p) => String(p.name));
}
