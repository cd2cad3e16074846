/**
 * Mock routes for every operation of a generated package, straight from its own spec: method and path from
 * openapi.json, request validation by the package's generated validators, answers from the spec's response examples.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MockReply, MockRoute, ValidationResultLike } from './mock-server.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Validate = (input: unknown) => ValidationResultLike;

interface SpecOperation {
  action: string;
  method: string;
  path: string;
  example: Json | undefined;
  /** Query parameter name → JSON type of its schema: the wire carries strings, the validators expect typed values. */
  queryTypes: Record<string, string>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'];

export async function specRoutes(packageDir: string): Promise<Record<string, MockRoute>> {
  const document = JSON.parse(readFileSync(path.join(packageDir, 'openapi.json'), 'utf8')) as { [key: string]: Json };
  const validators = (await import(pathToFileURL(path.join(packageDir, 'src', 'validators.ts')).href)) as Record<string, unknown>;
  const routes: Record<string, MockRoute> = {};
  for (const op of operationsOf(document)) {
    const validate = validators[`validate${op.action}Request`];
    routes[op.action] = {
      method: op.method,
      path: op.path,
      ...(typeof validate === 'function' ? { validate: (input) => (validate as Validate)(typedQuery(input, op.queryTypes)) } : {}),
      respond: () => reply(op.example),
    };
  }
  return routes;
}

function operationsOf(document: { [key: string]: Json }): SpecOperation[] {
  const paths = (document.paths ?? {}) as { [path: string]: { [method: string]: { [key: string]: Json } } };
  return Object.entries(paths).flatMap(([template, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({
      action: String(item[m]!.operationId),
      method: m.toUpperCase(),
      path: template,
      example: successExample(document, item[m]!),
      queryTypes: queryTypesOf(item[m]!),
    })),
  );
}

function queryTypesOf(operation: { [key: string]: Json }): Record<string, string> {
  const params = (operation.parameters ?? []) as { name?: string; in?: string; schema?: { type?: string } }[];
  return Object.fromEntries(params.filter((p) => p.in === 'query' && p.name).map((p) => [p.name!, p.schema?.type ?? 'string']));
}

/** Query values as the client typed them: `force=true` is the boolean true, `page=2` the number 2. */
function typedQuery(input: unknown, types: Record<string, string>): unknown {
  if (typeof input !== 'object' || input === null) return input;
  const typed: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (const [name, type] of Object.entries(types)) {
    const raw = typed[name];
    if (typeof raw !== 'string') continue;
    if (type === 'boolean' && (raw === 'true' || raw === 'false')) typed[name] = raw === 'true';
    else if ((type === 'integer' || type === 'number') && raw.trim() !== '' && Number.isFinite(Number(raw))) typed[name] = Number(raw);
  }
  return typed;
}

function successExample(document: { [key: string]: Json }, operation: { [key: string]: Json }): Json | undefined {
  const responses = (operation.responses ?? {}) as { [status: string]: Json };
  const status = Object.keys(responses).sort().find((s) => s.startsWith('2'));
  let response = status === undefined ? undefined : responses[status];
  const ref = (response as { $ref?: string } | undefined)?.$ref;
  if (ref) response = ref.slice(2).split('/').reduce<Json | undefined>((node, key) => (node as { [k: string]: Json } | undefined)?.[key], document);
  const media = ((response as { content?: { [type: string]: { examples?: { [name: string]: { value: Json } }; example?: Json } } })?.content ?? {})['application/json'];
  return media?.example ?? Object.values(media?.examples ?? {})[0]?.value;
}

function reply(example: Json | undefined): MockReply {
  const requestId = randomBytes(16).toString('hex').toUpperCase();
  const body = typeof example === 'object' && example !== null && !Array.isArray(example) ? { ...example, request_id: requestId } : { request_id: requestId };
  return { status: 200, body, headers: { 'x-acs-request-id': requestId } };
}
