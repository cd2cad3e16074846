/**
 * Mock routes for every operation of a generated package, straight from its own spec: method and path from
 * openapi.json, request validation by the package's generated validators, answers from the spec's response examples
 * or, where an operation has none, a response synthesized from its response schema (every declared field).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MockReply, MockRoute, ValidationResultLike } from './mock-server.ts';
import { SchemaSampler } from './sample-request.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Validate = (input: unknown) => ValidationResultLike;

interface SpecOperation {
  action: string;
  method: string;
  path: string;
  /** The response body the mock answers with: the spec's example, or one synthesized from the response schema. */
  example: Json | undefined;
  /** Query parameters by name: the wire carries strings, the validators expect typed values. */
  queryTypes: Record<string, QueryParam>;
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
  const sampler = new SchemaSampler(document as Record<string, unknown>);
  const paths = (document.paths ?? {}) as { [path: string]: { [method: string]: { [key: string]: Json } } };
  return Object.entries(paths).flatMap(([template, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({
      action: String(item[m]!.operationId),
      method: m.toUpperCase(),
      path: template,
      example: successExample(document, item[m]!, sampler),
      queryTypes: queryTypesOf(item[m]!),
    })),
  );
}

interface QueryParam {
  /** JSON type of the parameter's schema (the wire carries strings). */
  type: string;
  /** How the value is written: JSON text (`x-acs-style: json`), one comma-separated value, or repeated names. */
  encoding: 'json' | 'comma' | 'repeat' | 'plain';
  itemType?: string;
}

function queryTypesOf(operation: { [key: string]: Json }): Record<string, QueryParam> {
  const params = (operation.parameters ?? []) as {
    name?: string;
    in?: string;
    style?: string;
    explode?: boolean;
    'x-acs-style'?: string;
    schema?: { type?: string; items?: { type?: string } };
  }[];
  return Object.fromEntries(
    params
      .filter((p) => p.in === 'query' && p.name)
      .map((p) => {
        const type = p.schema?.type ?? 'string';
        const encoding = p['x-acs-style'] === 'json' ? 'json' : type !== 'array' ? 'plain' : p.explode === false ? 'comma' : 'repeat';
        return [p.name!, { type, encoding, itemType: p.schema?.items?.type }];
      }),
  );
}

function scalar(raw: string, type: string | undefined): unknown {
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  if ((type === 'integer' || type === 'number') && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
  return raw;
}

/** Query values as the client typed them: `force=true` is the boolean true, `page=2` the number 2, JSON text its value. */
function typedQuery(input: unknown, params: Record<string, QueryParam>): unknown {
  if (typeof input !== 'object' || input === null) return input;
  const typed: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (const [name, param] of Object.entries(params)) {
    const raw = typed[name];
    if (raw === undefined) continue;
    const values = Array.isArray(raw) ? raw.map(String) : [String(raw)];
    if (param.encoding === 'json') {
      try {
        typed[name] = JSON.parse(values[0]!) as unknown;
      } catch {
        typed[name] = values[0];
      }
    } else if (param.encoding === 'comma') typed[name] = values[0]!.split(',').map((v) => scalar(v, param.itemType));
    else if (param.encoding === 'repeat') typed[name] = values.map((v) => scalar(v, param.itemType));
    else if (!Array.isArray(raw)) typed[name] = scalar(values[0]!, param.type);
  }
  return typed;
}

function successExample(document: { [key: string]: Json }, operation: { [key: string]: Json }, sampler: SchemaSampler): Json | undefined {
  const responses = (operation.responses ?? {}) as { [status: string]: Json };
  const status = Object.keys(responses).sort().find((s) => s.startsWith('2'));
  let response = status === undefined ? undefined : responses[status];
  const ref = (response as { $ref?: string } | undefined)?.$ref;
  if (ref) response = ref.slice(2).split('/').reduce<Json | undefined>((node, key) => (node as { [k: string]: Json } | undefined)?.[key], document);
  const media = ((response as { content?: { [type: string]: { examples?: { [name: string]: { value: Json } }; example?: Json; schema?: Json } } })?.content ?? {})['application/json'];
  const written = media?.example ?? Object.values(media?.examples ?? {})[0]?.value;
  if (written !== undefined || media?.schema === undefined) return written;
  return sampler.value(media.schema, { full: true }) as Json;
}

/** The response body as the spec describes it (an object, an array, a string, …); the request id goes in the header. */
function reply(example: Json | undefined): MockReply {
  const requestId = randomBytes(16).toString('hex').toUpperCase();
  return { status: 200, body: example ?? {}, headers: { 'x-acs-request-id': requestId } };
}
